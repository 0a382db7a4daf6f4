# kg report: self-contained HTML (inlined SVG, unique ids, no network resources) and
# Markdown with sibling SVG files.
$KG load "$DATA/render/ecosystem.jsonl" -o g.json
$KG report g.json -o out/report.html --title 'AI ecosystem, July 2025' --top 3 --pair "Yao Shunyu" DeepSeek
html=out/report.html
grep -q '<h1>AI ecosystem, July 2025</h1>' $html
grep -q '001_alibaba_fr.txt' $html                              # the corpus
grep -q 'Alibaba a dévoilé Qwen 3' $html                         # evidence in the facts table
[ "$(grep -c '<svg' $html)" -eq 5 ]                              # overview + 3 ego + 1 path
if grep -Eq '(src|href)="(https?:)?//' $html; then echo "network resource"; exit 1; fi
if grep -Eq '<(script|link|iframe|object|embed)' $html; then echo "active content"; exit 1; fi
/usr/bin/python3 - $html <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
ids = re.findall(r' id="([^"]+)"', html)
dups = {i for i in ids if ids.count(i) > 1}
assert not dups, sorted(dups)[:5]
refs = re.findall(r'(?:href="#|url\(#)([^")]+)', html)
missing = [r for r in refs if r not in ids]
assert not missing, missing[:5]
print(len(ids), "ids, all unique")
PY
$KG report g.json -o again/report.html --title 'AI ecosystem, July 2025' --top 3 --pair "Yao Shunyu" DeepSeek
cmp again/report.html $html
$KG report g.json -o md/report.md --top 2
for f in report-overview.svg report-ego-1.svg report-ego-2.svg; do xmllint --noout "md/$f"; grep -q "]($f)" md/report.md; done
grep -q '| Alibaba | develops | Qwen |' md/report.md
# Unknown pair entity: exit 2 with a suggestion, nothing written.
set +e
$KG report g.json -o bad.html --pair Alibeba DeepSeek 2>err.txt; code=$?
set -e
[ "$code" = 2 ] && grep -q "did you mean: Alibaba" err.txt && [ ! -e bad.html ]
