# kg eval prints the same figures as shared/gold/score.py on the same input (skipped
# when ../shared or python3 is absent, as in a user's clone).
[ -f "$SHARED/gold/score.py" ] && [ -f "$SHARED/gold/seeds.json" ] || exit 77
command -v python3 >/dev/null || exit 77
"$KG" extract "$CORPUS/news" > t.jsonl
python3 "$SHARED/gold/score.py" "$SHARED/gold/seeds.json" t.jsonl > py.txt
"$KG" eval --gold "$SHARED/gold/seeds.json" t.jsonl > kg.txt
diff <(grep -E '^(triples|entities|entity types):' py.txt) <(grep -E '^(triples|entities|entity types):' kg.txt)
diff <(grep -E '^[a-z_]+ +[0-9]+ +[0-9]+' py.txt) <(grep -E '^[a-z_]+ +[0-9]+ +[0-9]+' kg.txt)
# graph JSON input is accepted the same way
cat > g.json <<'JSON'
{"entities":[{"id":"e1","name":"Alibaba"},{"id":"e2","name":"Qwen"},{"id":"e3","name":"Nvidia"}],
 "relations":[{"subject":"e1","predicate":"develops","object":"e2"},{"subject":"e3","predicate":"uses","object":"e2"}]}
JSON
python3 "$SHARED/gold/score.py" "$SHARED/gold/seeds.json" g.json | tail -2 > py2.txt
"$KG" eval --gold "$SHARED/gold/seeds.json" g.json | tail -2 > kg2.txt
diff py2.txt kg2.txt
# the extraction quality floor on the development set (issue 9 targets 0.90)
f1=$(tail -1 py.txt | sed -E 's/.*F1=([0-9.]+).*/\1/')
awk -v f="$f1" 'BEGIN { exit !(f >= 0.85) }'
