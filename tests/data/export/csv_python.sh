# The spreadsheet CSV and the Neo4j CSV read back with Python's csv module, field for field.
. "$DATA/export/common.sh"
[ -x "$PY" ] || { echo "no /usr/bin/python3: skipped"; exit 77; }
"$KG" export g.json -o g.csv 2>/dev/null
"$KG" export g.json -f neo4j -o neo 2>/dev/null
"$PY" - <<'PYEOF'
import csv
rows = list(csv.reader(open("g.csv", newline="", encoding="utf-8")))
assert rows[0] == "subject,subject_type,predicate,object,object_type,confidence,doc,date,sentence".split(","), rows[0]
assert len(rows) == 13, len(rows)  # header + one row per evidence
assert all(len(r) == 9 for r in rows)
for r in rows:
    for cell in r:
        assert not cell[:1] in ("=", "+", "-", "@"), r
cmd = [r for r in rows if r[2] == "uses"][0]
assert cmd[0] == "'=cmd|' /C calc'!A0", cmd
assert cmd[8].startswith("'=HYPERLINK("), cmd
evil = [r for r in rows if r[2] == "competes_with" and "Evil" in r[3]][0]
assert evil[3] == 'Evil "Corp", <script>alert(1)</script>', evil
assert "\n" in evil[8], evil  # the newline survives inside quotes
fr = [r for r in rows if r[6] == "fr_2025-01.txt" and r[2] == "develops"][0]
assert fr[8] == "Alibaba a dévoilé « Qwen 2.5 », son nouveau modèle d'IA." and fr[5] == "0.9", fr
nodes = list(csv.reader(open("neo/nodes.csv", newline="", encoding="utf-8")))
rels = list(csv.reader(open("neo/relationships.csv", newline="", encoding="utf-8")))
assert len(nodes) == 15 and len(rels) == 12, (len(nodes), len(rels))
ids = {n[0] for n in nodes[1:]}
assert all(r[0] in ids and r[1] in ids for r in rels[1:])
assert {n[5] for n in nodes[1:]} >= {"Entity;Company", "Entity;Model", "Entity;Person"}
print("ok")
PYEOF
