# Names and sentences that try to inject markup end up as text in every output.
$KG load "$DATA/render/hostile.jsonl" -o h.json
$KG render h.json -o h.svg --title '<script>alert("t")</script> & ]]>'
xmllint --noout h.svg
for bad in '<script' '<img' '<!\[CDATA\[' '</svg><'; do
  if grep -q "$bad" h.svg; then echo "raw '$bad' in SVG"; exit 1; fi
done
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' h.svg
$KG render h.json -o h.dot
if command -v dot >/dev/null; then dot -Tsvg h.dot | xmllint --noout -; fi
$KG render h.json -o h.png
$KG render h.json -o h.pdf
$KG report h.json -o report.html --pair '<script>alert(1)</script>' 'Nowhere Land'
if grep -q '<script' report.html; then echo "script in report"; exit 1; fi
if grep -q '<img' report.html; then echo "img in report"; exit 1; fi
# Each SVG inlined is well-formed XML on its own.
/usr/bin/python3 - report.html <<'PY'
import re, sys, xml.dom.minidom
html = open(sys.argv[1], encoding="utf-8").read()
svgs = re.findall(r"<svg.*?</svg>", html, re.S)
assert len(svgs) >= 2, len(svgs)
for s in svgs:
    xml.dom.minidom.parseString(s)
PY
$KG report h.json -o md/report.md
if grep -q '<script' md/report.md; then echo "script in markdown"; exit 1; fi
for f in md/*.svg; do xmllint --noout "$f"; done
