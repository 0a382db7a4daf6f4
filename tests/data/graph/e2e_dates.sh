# --as-of / --since on path and neighbors: only evidence dated in range counts; --as-of
# takes a date prefix (2025-06 means up to the end of June).
#   Ada Labs --invests_in--> Bolt AI (2025-01-10) --develops--> Core-1 (2025-03-05)
#   --uses--> Dune Chip (2025-06-20);  Ada Labs --uses--> Dune Chip (2025-09-01)
D=$DATA/graph
$KG load "$D/dated.jsonl" -o g.kgb 2>/dev/null
$KG path g.kgb "Ada Labs" "Dune Chip" --json | grep -q '"hops":1'
$KG path g.kgb "Ada Labs" "Dune Chip" --as-of 2025-08-31 --json > p.json
grep -q '"hops":3,' p.json
grep -q '"path":\["Ada Labs","Bolt AI","Core-1","Dune Chip"\]' p.json
$KG path g.kgb "Ada Labs" "Dune Chip" --as-of 2025-06 --json | grep -q '"hops":3,'
rc=0; $KG path g.kgb "Ada Labs" "Dune Chip" --as-of 2025-05 > /dev/null 2>&1 || rc=$?
[ "$rc" = 1 ]
$KG path g.kgb "Ada Labs" "Dune Chip" --since 2025-02-01 --json | grep -q '"hops":1'
rc=0; $KG path g.kgb "Ada Labs" "Dune Chip" --since 2025-02-01 --as-of 2025-08-31 > /dev/null 2>&1 || rc=$?
[ "$rc" = 1 ]
# Batch mode takes the same filters.
printf 'Ada Labs\tDune Chip\n' > pairs.tsv
$KG path g.kgb --batch pairs.tsv --as-of 2025-08-31 | grep -q '"hops":3,'
# neighbors
$KG neighbors g.kgb "Ada Labs" --json --as-of 2025-06-30 > n.json
/usr/bin/python3 -c '
import json; d = json.load(open("n.json"))
assert [n["name"] for n in d["neighbors"]] == ["Bolt AI"], d["neighbors"]'
$KG neighbors g.kgb "Ada Labs" --json --since 2025-02 > n.json
/usr/bin/python3 -c '
import json; d = json.load(open("n.json"))
assert [n["name"] for n in d["neighbors"]] == ["Dune Chip"], d["neighbors"]'
$KG neighbors g.kgb "Ada Labs" --depth 3 --json --as-of 2025-05 > n.json
/usr/bin/python3 -c '
import json; d = json.load(open("n.json"))
assert {n["name"]: n["distance"] for n in d["neighbors"]} == {"Bolt AI": 1, "Core-1": 2}, d["neighbors"]
assert len(d["relations"]) == 2, d["relations"]'
$KG neighbors g.kgb "Ada Labs" --depth 3 --json --since 2025-03-01 --as-of 2025-06 > n.json
/usr/bin/python3 -c '
import json; d = json.load(open("n.json"))
assert d["neighbors"] == [], d["neighbors"]'
# subgraph keeps only the evidence in range.
$KG subgraph g.kgb "Ada Labs" --depth 3 --as-of 2025-06 -o sub.json 2>/dev/null
$KG stats sub.json --json | grep -q '"relations":3'
# A date that is not ISO is a usage error, not a silent wrong filter.
rc=0; $KG path g.kgb "Ada Labs" "Dune Chip" --as-of June > /dev/null 2> err.txt || rc=$?
[ "$rc" = 2 ] && grep -q -- "--as-of 'June' is not" err.txt
rc=0; $KG neighbors g.kgb "Ada Labs" --since 2025-13 > /dev/null 2> err.txt || rc=$?
[ "$rc" = 2 ] && grep -q -- "--since '2025-13' is not" err.txt
# Undated evidence cannot be placed in time: with --as-of/--since it is left out unless
# --undated include, on path, neighbors, subgraph, render, report and export alike.
$KG path g.kgb "Ada Labs" "Eve Robotics" --json | grep -q '"hops":1'
rc=0; $KG path g.kgb "Ada Labs" "Eve Robotics" --as-of 2025-12 > /dev/null 2>&1 || rc=$?
[ "$rc" = 1 ]
$KG path g.kgb "Ada Labs" "Eve Robotics" --as-of 2025-12 --undated include --json | grep -q '"hops":1'
if $KG neighbors g.kgb "Ada Labs" --json --as-of 2025-12 | grep -q "Eve Robotics"; then echo "neighbors kept undated"; exit 1; fi
$KG neighbors g.kgb "Ada Labs" --json --as-of 2025-12 --undated include | grep -q "Eve Robotics"
$KG subgraph g.kgb "Ada Labs" --as-of 2025-12 -o sub2.json 2>/dev/null
if grep -q "Eve Robotics" sub2.json; then echo "subgraph --as-of kept undated evidence"; exit 1; fi
$KG render g.kgb -o dec.dot --as-of 2025-12 2>/dev/null
if grep -q "Eve Robotics" dec.dot; then echo "render --as-of drew undated evidence"; exit 1; fi
$KG render g.kgb -o dec_all.dot --as-of 2025-12 --undated include 2>/dev/null
grep -q "Eve Robotics" dec_all.dot
$KG report g.kgb -o dec.md --as-of 2025-12 2>/dev/null
if grep -q "Eve Robotics" dec.md; then echo "report --as-of listed undated evidence"; exit 1; fi
grep -q "undated evidence left out" dec.md
$KG export g.kgb -o dec.csv --as-of 2025-12 2>/dev/null
if grep -q "Eve Robotics" dec.csv; then echo "export --as-of kept undated evidence"; exit 1; fi
rc=0; $KG path g.kgb "Ada Labs" "Eve Robotics" --as-of 2025-12 --undated maybe > /dev/null 2> err.txt || rc=$?
[ "$rc" = 2 ] && grep -q -- "unknown --undated 'maybe'" err.txt
# Every command that takes --as-of says the rule in its help.
$KG stats g.kgb --as-of 2025-12 --json | grep -q '"relations":4,'
$KG stats g.kgb --as-of 2025-12 --undated include --json | grep -q '"relations":5,'
if $KG entities g.kgb --as-of 2025-12 2>/dev/null | grep -q "Eve Robotics"; then echo "entities kept undated"; exit 1; fi
for c in path neighbors subgraph render report export stats entities rank components; do
  $KG $c --help | grep -q -- "--undated" || { echo "kg $c --help does not mention --undated"; exit 1; }
done
