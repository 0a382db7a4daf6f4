# --save-layout then --keep-layout on a grown graph: known entities keep their places
# relative to each other; new ones are placed anew.
$KG load "$DATA/render/ecosystem.jsonl" -o week1.json
$KG render week1.json -o week1.svg --save-layout week1-layout.json
$KG load "$DATA/render/ecosystem.jsonl" "$DATA/render/grown.jsonl" -o week2.json
$KG render week2.json -o week2.svg --keep-layout week1-layout.json --save-layout week2-layout.json
$KG render week2.json -o again/week2.svg --keep-layout week1-layout.json
cmp week2.svg again/week2.svg
/usr/bin/python3 - week1-layout.json week2-layout.json <<'PY'
import json, sys, math
a = json.load(open(sys.argv[1]))["nodes"]; b = json.load(open(sys.argv[2]))["nodes"]
new = sorted(set(b) - set(a)); assert new, "no new entities"
ref = sorted(a)[0]
dx, dy = b[ref][0] - a[ref][0], b[ref][1] - a[ref][1]
for k in a:
    assert abs(b[k][0] - a[k][0] - dx) < 1 and abs(b[k][1] - a[k][1] - dy) < 1, (k, a[k], b[k])
for k in new:
    for o in a:
        assert math.hypot(b[k][0] - a[o][0] - dx, b[k][1] - a[o][1] - dy) > 10, (k, o)
print("kept", len(a), "placed", new)
PY
# A layout file that is not one is refused, naming it.
echo '{"nodes":3}' > bad.json
if $KG render week2.json -o x.svg --keep-layout bad.json 2>err.txt; then exit 1; fi
grep -q 'bad.json: not a layout file' err.txt
# The layout file records the engine whose look it carries: dot for week 1, still dot for
# the kept week 2 (laid out with neato around the pinned entities).
grep -q '"version":2,"unit":"pt","engine":"dot"' week1-layout.json
grep -q '"engine":"dot"' week2-layout.json
# kg report keeps last edition's overview the same way.
$KG report week1.json -o r1.html --save-layout r1-layout.json
$KG report week2.json -o r2.html --keep-layout r1-layout.json --save-layout r2-layout.json
/usr/bin/python3 - r1-layout.json r2-layout.json <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))["nodes"]; b = json.load(open(sys.argv[2]))["nodes"]
assert set(b) > set(a), "no new entities on the overview"
ref = sorted(a)[0]
dx, dy = b[ref][0] - a[ref][0], b[ref][1] - a[ref][1]
for k in a:
    assert abs(b[k][0] - a[k][0] - dx) < 1 and abs(b[k][1] - a[k][1] - dy) < 1, (k, a[k], b[k])
print("report overview: kept", len(a))
PY
$KG report week2.json -o again/r2.html --keep-layout r1-layout.json
cmp r2.html again/r2.html
if $KG report week2.json -o x.html --keep-layout bad.json 2>err.txt; then exit 1; fi
grep -q 'bad.json: not a layout file' err.txt
# A kept layout sharing no entity with the map pins nothing: the map is drawn afresh, its
# engine chosen with the recorded engine's hysteresis (dot kept past 50 entities).
/usr/bin/python3 - <<'PY' > chain.jsonl
import json
for i in range(59):
    print(json.dumps({"subject": {"name": f"Lab {i}", "type": "Organization"}, "predicate": "part_of",
                      "object": {"name": f"Lab {i + 1}", "type": "Organization"}, "confidence": 0.9,
                      "doc": "chain.txt", "sentence": f"Lab {i} is part of Lab {i + 1}.", "start": 0, "end": 20,
                      "date": "2025-07-01", "rule": "test"}))
PY
$KG load chain.jsonl -o chain.json
$KG render chain.json -o chain.svg 2>err.txt
grep -q '60 entities, 59 relations (layout sfdp)' err.txt
$KG render chain.json -o chain.svg --keep-layout week1-layout.json 2>err.txt
grep -q '60 entities, 59 relations (layout dot)' err.txt
# A kept map's edge labels are moved off the nodes they would cover, as on packed maps
# (the bundled corpus without its last article, then with it: 5 labels over nodes before).
mkdir -p news1 news2
cp "$CORPUS"/news/* news2/
cp "$CORPUS"/news/* news1/ && rm "news1/$(ls news1 | tail -1)"
$KG build news1 -o n1.json 2>/dev/null
$KG build news2 -o n2.json 2>/dev/null
$KG render n1.json -o n1.svg --save-layout n1-layout.json
$KG render n2.json -o n2.svg --keep-layout n1-layout.json
/usr/bin/python3 "$DATA/../../examples/gallery/measure.py" n2.svg --max-overlaps 0
