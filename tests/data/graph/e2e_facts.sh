# kg facts: the facts of one kind as a table (who works where), with evidence count, best
# sentence and every document; text, JSON lines and CSV; sorted, complete, deterministic.
D=$DATA/graph
$KG load "$D/seeds.jsonl" "$D/dated.jsonl" -o g.json 2>/dev/null
$KG facts g.json -p works_at > works.txt 2> count.txt
n=$(grep -c -- '--works_at-->' works.txt)
[ "$n" -gt 2 ]
grep -qx "$n facts" count.txt
# Sorted by subject then object within a predicate, the same every run.
grep -- '--works_at-->' works.txt | sort -c
$KG facts g.json -p works_at > again.txt 2>/dev/null
cmp works.txt again.txt
grep -q '^Yao Shunyu --works_at--> Tencent  (0\.[0-9][0-9], 1 sentence, 1 document)$' works.txt
# JSON lines and CSV hold the same facts, and every document.
$KG facts g.json -p works_at -f jsonl > works.jsonl 2>/dev/null
[ "$(wc -l < works.jsonl)" = "$n" ]
/usr/bin/python3 - <<'PY'
import csv, json, subprocess, os
rows = [json.loads(l) for l in open("works.jsonl")]
assert all(r["predicate"] == "works_at" and r["documents"] and r["best"]["sentence"] for r in rows), rows
assert [(r["subject"], r["object"]) for r in rows] == sorted((r["subject"], r["object"]) for r in rows)
out = subprocess.run([os.environ["KG"], "facts", "g.json", "-p", "works_at", "-f", "csv"], capture_output=True, text=True).stdout
table = list(csv.DictReader(out.splitlines()))
assert [(t["subject"], t["object"]) for t in table] == [(r["subject"], r["object"]) for r in rows], table
PY
# Filters: type (either end), entity (either end), document, dates (undated left out).
$KG facts g.json -t Chip -f jsonl > chips.jsonl 2>/dev/null
/usr/bin/python3 -c '
import json
rows = [json.loads(l) for l in open("chips.jsonl")]
assert rows and all("Chip" in (r["subject_type"], r["object_type"]) for r in rows), rows'
$KG facts g.json -e "Ada Labs" -f jsonl 2>/dev/null > ada.jsonl
[ "$(wc -l < ada.jsonl)" = 3 ]
$KG facts g.json -e "Ada Labs" --as-of 2025-06 -f jsonl 2>/dev/null > ada_june.jsonl
[ "$(wc -l < ada_june.jsonl)" = 1 ]  # the September fact is later, the undated one cannot be placed
$KG facts g.json -e "Ada Labs" --as-of 2025-06 --undated include -f jsonl 2>/dev/null | grep -q "Eve Robotics"
$KG facts g.json --doc jan.txt -f jsonl 2>/dev/null | grep -q '"documents":\["jan.txt"\]'
# Nothing hidden: --all-evidence prints every sentence.
$KG facts g.json --all-evidence -f jsonl 2>/dev/null > all.jsonl
/usr/bin/python3 -c '
import json
for l in open("all.jsonl"):
    r = json.loads(l); assert len(r["evidence"]) == r["evidence_count"], r'
# Errors: exit 2 and one line.
rc=0; $KG facts g.json -e Alibeba 2> err.txt > /dev/null || rc=$?
[ "$rc" = 2 ] && grep -q "did you mean: Alibaba" err.txt
rc=0; $KG facts g.json --doc nope.txt 2> err.txt > /dev/null || rc=$?
[ "$rc" = 2 ] && grep -q "no document 'nope.txt'" err.txt
rc=0; $KG facts g.json -f xml 2> err.txt > /dev/null || rc=$?
[ "$rc" = 2 ] && grep -q "unknown --format 'xml'; use text, jsonl or csv" err.txt
# Article text cannot break the CSV: formulas neutralised, quotes doubled.
$KG load "$DATA/render/hostile.jsonl" -o hostile.json 2>/dev/null
$KG facts hostile.json -f csv --all-evidence 2>/dev/null > hostile.csv
/usr/bin/python3 -c '
import csv
rows = list(csv.reader(open("hostile.csv", newline="")))
assert all(len(r) == 13 for r in rows), [len(r) for r in rows]
assert all(not c or c[0] not in "=+-@" for r in rows[1:] for c in r), rows'
