# Issue 12 item 4: every writer emits only what its format allows. Names, sentences and
# documents carrying every code point class (C0 controls, DEL, C1, the noncharacters
# U+FFFE/U+FFFF, astral, combining, right-to-left, a 5,000-character name, markup) go
# through every writer, and each output is parsed back by the format's own reader where
# it is installed: xmllint (GraphML, SVG, HTML), rapper (N-Triples, Turtle), Python's csv
# and json, Graphviz for DOT. Names must come back byte for byte where the format can
# carry them (JSON).
python3 - <<'PY'
import json
classes = {
    "c0": "".join(chr(c) for c in range(1, 32)),
    "del_c1": "\x7f\x80\x85\x9f",
    "nonchar": "\ufffe\uffff\ufdd0",
    "astral": "\U0001F600\U00010348",
    "combining": "e\u0301a\u0308",
    "rtl": "\u05e9\u05dc\u05d5\u05dd \u0639\u0631\u0628\u064a \u202e",
    "markup": "<script>alert('x')</script> & \"q\" \\ ]]> --> {}",
    "long": "L" * 5000,
}
names = {k: f"Ent {k} {v} end" for k, v in classes.items()}
json.dump(names, open("names.json", "w"))
with open("t.jsonl", "w") as f:
    keys = list(names)
    for i, k in enumerate(keys):
        other = names[keys[(i + 1) % len(keys)]]
        f.write(json.dumps({"subject": {"name": names[k], "type": "Company"}, "predicate": "develops",
                            "object": {"name": other, "type": "Model"}, "confidence": 0.8,
                            "doc": "doc " + classes[k][:40], "sentence": "S " + "".join(classes.values()),
                            "start": 0, "end": 10, "date": "2025-01-02"}) + "\n")
PY
"$KG" load t.jsonl -o g.json 2>/dev/null
"$KG" load t.jsonl -o g.kgb 2>/dev/null
for f in g.graphml g.nt g.ttl g.csv g.cypher; do "$KG" export g.json -o $f 2>/dev/null; done
"$KG" export g.kgb --format neo4j -o neo/ 2>/dev/null
"$KG" render g.json -o m.svg --title "T $(printf 'a\001b\037c')" 2>/dev/null
"$KG" render g.json -o m.dot 2>/dev/null
"$KG" report g.json -o r.html --top 2 2>/dev/null
"$KG" report g.kgb -o md/r.md --top 2 2>/dev/null
"$KG" extract --no-default-lexicon --lexicon "$DATA/extract/lexicon.json" "$DATA/extract/corpus.jsonl" -o x.jsonl

# No output carries a raw C0 control but tab/newline/CR (JSON, RDF and Cypher escape them and
# may carry DEL, C1 and noncharacters as they are); XML, HTML, Markdown, CSV and DOT carry
# no DEL, C1 or U+FFFE/U+FFFF either.
python3 - g.json g.nt g.ttl g.cypher x.jsonl -- g.graphml g.csv neo/nodes.csv neo/relationships.csv m.svg m.dot r.html md/*.md md/*.svg <<'PY'
import sys, re
c0 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
strict = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
bad = c0
for p in sys.argv[1:]:
    if p == "--":
        bad = strict
        continue
    t = open(p, encoding="utf-8").read()   # also: valid UTF-8
    m = bad.search(t)
    assert not m, f"{p}: raw U+{ord(m.group()):04X} at {m.start()}"
PY

# JSON: every name comes back byte for byte (the format can carry them all, escaped).
python3 - <<'PY'
import json
names = set(json.load(open("names.json")).values())
g = json.load(open("g.json"))
got = {e["name"] for e in g["entities"]}
assert names <= got, sorted(names - got)[:1]
for line in open("x.jsonl"):
    json.loads(line)
PY
"$KG" stats g.json >/dev/null && "$KG" stats g.kgb >/dev/null

# CSV: Python's reader, every row as wide as its header.
python3 - g.csv neo/nodes.csv neo/relationships.csv <<'PY'
import csv, sys
for p in sys.argv[1:]:
    rows = list(csv.reader(open(p, newline="", encoding="utf-8")))
    assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows), p
PY

if command -v xmllint >/dev/null; then
  xmllint --noout g.graphml m.svg md/*.svg
  xmllint --html --noout r.html 2>&1 | { ! grep -i "invalid char\|not a valid\|Char 0x"; }
fi
if command -v rapper >/dev/null; then
  rapper -q -i ntriples -c g.nt
  rapper -q -i turtle -c g.ttl
fi
if command -v dot >/dev/null; then
  dot -Tcanon m.dot >/dev/null
fi
