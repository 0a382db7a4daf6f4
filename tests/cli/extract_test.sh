# kg extract: --jobs gives identical output, -o writes atomically, the built-in data works
# from any directory, output is deterministic, every line is a triple with evidence.
"$KG" extract "$CORPUS/news" --jobs 1 > j1.jsonl
"$KG" extract "$CORPUS/news" --jobs 4 > j4.jsonl
cmp j1.jsonl j4.jsonl
"$KG" extract "$CORPUS/news" > again.jsonl
cmp j1.jsonl again.jsonl
test "$(wc -l < j1.jsonl)" -ge 20
"$KG" extract "$CORPUS/news" -o out/triples.jsonl
cmp j1.jsonl out/triples.jsonl
(cd / && "$KG" extract "$CORPUS/news/001_1848322c0c6b6944.txt") > one.jsonl
grep -q '"subject":{"name":"Tang Jie","type":"Person"},"predicate":"founded"' one.jsonl
# the sentence of each triple is the text at [start, end) of its document
/usr/bin/python3 - "$CORPUS/news" j1.jsonl <<'PY'
import json, sys, os
root, path = sys.argv[1], sys.argv[2]
n = 0
for line in open(path, encoding="utf-8"):
    t = json.loads(line)
    data = open(os.path.join(root, t["doc"]), "rb").read()
    assert data[t["start"]:t["end"]].decode("utf-8") == t["sentence"], t
    assert 0 < t["confidence"] <= 1 and t["rule"]
    n += 1
assert n > 0
PY
# a failing run leaves no partial output file
if "$KG" extract "$DATA/extract/binary.txt" -o bad.jsonl 2>/dev/null; then exit 1; fi
test ! -e bad.jsonl
