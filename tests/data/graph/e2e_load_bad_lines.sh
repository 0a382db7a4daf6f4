# kg load on a bad triple line: one line naming the file and the line, exit 1, no graph
# written. The messages are the ones kg gave when each line was parsed into a JSON document
# (before the reader took the fields from the parser's events): the same text for the same
# line, and the first of a key written twice still counts. Each bad line comes after
# enough good lines for the parallel reader to cut several blocks, and is read with the
# default threads and with --jobs 1.
good='{"subject":{"name":"A","type":"Company"},"predicate":"uses","object":{"name":"B","type":"Model"},"doc":"x.txt","sentence":"A uses B."}'
python3 - "$good" <<'PY'
import sys
good = sys.argv[1]
with open("head.jsonl", "w") as f:  # 3.3 MB: four blocks of the reader
    for i in range(25000):
        f.write(good.replace('"A"', '"A%d"' % i) + "\n")
        if i % 5000 == 0:
            f.write("\n")  # blank lines count as lines
PY
before=$(($(wc -l < head.jsonl) + 1))  # the bad line's number

check() {  # check LINE MESSAGE: the line after head.jsonl fails with "bad.jsonl:N: MESSAGE"
  { cat head.jsonl; printf '%s\n' "$1"; printf '%s\n' "$good"; } > bad.jsonl
  for jobs in 0 1; do
    opt=(); [ $jobs = 1 ] && opt=(--jobs 1)
    set +e; "$KG" load bad.jsonl -o g.kgb "${opt[@]}" >out.txt 2>err.txt; rc=$?; set -e
    want="kg: bad.jsonl:$before: $2"
    if [ "$rc" != 1 ] || [ "$(cat err.txt)" != "$want" ] || [ -e g.kgb ]; then
      echo "line: $1"; echo "jobs $jobs: exit $rc, want 1 and: $want"; cat err.txt; ls g.kgb 2>/dev/null; exit 1
    fi
  done
}

check '{"subject":"A","predicate":"uses"' "malformed JSON at column 34: Missing a comma or '}' after an object member."
check '{"subject":"A","predicate":"uses","object":"B"} x' "malformed JSON at column 49: The document root must not be followed by other values."
check '{"subject":5,"predicate":"uses","object":"B",}' "malformed JSON at column 46: Missing a name for object member."
check '[{"subject":"A","predicate":"uses","object":"B"}]' "expected a JSON object"
check '{"predicate":"uses","object":"B"}' 'missing "subject"'
check '{"subject":"A","predicate":"uses"}' 'missing "object"'
check '{"subject":"A","object":"B"}' 'missing "predicate"'
check '{"subject":"A","predicate":7,"object":"B"}' 'missing "predicate"'
check '{"subject":"A","predicate":"likes","object":"B"}' 'unknown predicate "likes"'
check '{"subject":{"name":"A","type":"City"},"predicate":"uses","object":"B"}' 'unknown entity type "City"'
check '{"subject":{"name":"A","type":5},"predicate":"uses","object":"B"}' '"subject.type" is not a string'
check '{"subject":"A","predicate":"uses","object":["B"]}' '"object" must be a string or {"name", "type"}'
check '{"subject":{"nom":"A"},"predicate":"uses","object":"B"}' '"subject" must be a string or {"name", "type"}'
check '{"subject":"","predicate":"uses","object":"B"}' '"subject" has an empty name'
check '{"subject":"A","predicate":"uses","object":"B\u0000"}' '"object" name holds a NUL character'
check '{"subject":"A","predicate":"uses","object":"B","confidence":"high"}' '"confidence" is not a number'
check '{"subject":"A","predicate":"uses","object":"B","confidence":1.5}' '"confidence" outside [0, 1]'
# The first of a key written twice counts; a type or predicate is read up to a \u0000.
check '{"subject":5,"subject":"A","predicate":"uses","object":"B"}' '"subject" must be a string or {"name", "type"}'
check '{"subject":{"name":"A","type":"Cit\u0000y"},"predicate":"uses","object":"B"}' 'unknown entity type "Cit"'
check '{"subject":"A","predicate":"use\u0000s","object":"B"}' 'unknown predicate "use"'
check "$(printf '{"subject":"A\xff","predicate":"uses","object":"B"}')" "invalid UTF-8 at column 14"
check "{\"subject\":\"A\",\"predicate\":\"uses\",\"object\":\"B\",\"x\":$(printf '[%.0s' {1..129})$(printf ']%.0s' {1..129})}" \
  "malformed JSON at column 179: nesting deeper than 128 levels"

# Accepted as they were: the first subject, predicate and type of each; a type read up to
# its \u0000; evidence when the sentence is empty; start/end only as unsigned integers.
printf '%s\n' '{"subject":"A","subject":5,"predicate":"uses","predicate":"nope","object":{"name":"B","type":"Model\u0000x","type":1},"sentence":"","evidence":"A uses B.","start":-3,"end":7}' > ok.jsonl
"$KG" load ok.jsonl -o ok.json 2>/dev/null
python3 - <<'PY'
import json
g = json.load(open("ok.json"))
ents = {e["id"]: (e["name"], e["type"]) for e in g["entities"]}
assert sorted(ents.values()) == [("A", "Unknown"), ("B", "Model")], ents
[r] = g["relations"]
assert (ents[r["subject"]][0], r["predicate"], ents[r["object"]][0]) == ("A", "uses", "B"), r
[ev] = r["evidence"]
assert ev["sentence"] == "A uses B." and ev["start"] == 0 and ev["end"] == 7, ev
PY
