# Development-set score with the project's scorer, when ../shared is beside the clone.
[ -f "$SHARED/gold/score.py" ] || { echo "no ../shared: skipped"; exit 77; }
command -v python3 >/dev/null || exit 77
"$KG" extract "$CORPUS/news" > t.jsonl
python3 "$SHARED/gold/score.py" "$SHARED/gold/seeds.json" t.jsonl | tee score.txt
f1=$(tail -n 1 score.txt | sed -E 's/.*F1=([0-9.]+).*/\1/')
python3 -c "import sys; sys.exit(0 if float('$f1') >= 0.5 else 1)"
# A graph file scores the same facts as the triples it was built from.
"$KG" build "$CORPUS/news" -o g.json
python3 "$SHARED/gold/score.py" "$SHARED/gold/seeds.json" g.json | tail -n 1 > g.txt
[ "$(tail -n 1 score.txt)" = "$(cat g.txt)" ] || { cat g.txt; echo "graph and triples score differently"; exit 1; }
