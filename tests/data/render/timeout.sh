# A layout over --timeout is stopped with advice, quickly, and leaves no output file (a
# 0.05 s limit: a Release build on a quiet machine lays out this graph with dot in under 1 s).
/usr/bin/python3 - > big.jsonl <<'PY'
import json
for i in range(4000):
    c = "Company %d" % (i % 400)
    print(json.dumps({"subject": {"name": c, "type": "Company"}, "predicate": "develops",
                      "object": {"name": "Model %d" % i, "type": "Model"}, "confidence": 0.9,
                      "doc": "d%d.txt" % (i % 50), "sentence": "%s released Model %d." % (c, i),
                      "start": 0, "end": 10}))
PY
$KG load big.jsonl -o big.json
start=$(date +%s)
set +e
$KG render big.json -o big.svg --layout dot --timeout 0.05 2>err.txt
code=$?
set -e
end=$(date +%s)
cat err.txt
[ "$code" = 1 ] || { echo "expected exit 1, got $code"; exit 1; }
grep -q 'took more than 0.05 s (--timeout)' err.txt
grep -q -- '--max-nodes' err.txt
[ $((end - start)) -lt 30 ] || { echo "timeout took $((end - start)) s"; exit 1; }
[ ! -e big.svg ] || { echo "output written despite timeout"; exit 1; }
# The advice works: fewer entities render in time.
$KG render big.json -o small.svg --max-nodes 200 --timeout 60
xmllint --noout small.svg
