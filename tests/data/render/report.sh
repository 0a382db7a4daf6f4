# kg report: self-contained HTML (inlined SVG, unique ids, no network resources) and
# Markdown with sibling SVG files.
$KG load "$DATA/render/ecosystem.jsonl" -o g.json
export SOURCE_DATE_EPOCH=1767225600  # the method note gives the day: two runs, the same bytes
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
# Predicates read the same in the tables as on the maps and in their legends.
grep -q '| Alibaba | based in | China |' md/report.md
grep -q '>based in</text>' md/report-overview.svg
if grep -q 'based_in' md/report.md; then echo "a predicate written two ways"; exit 1; fi
# Unknown pair entity: exit 2 with a suggestion, nothing written.
set +e
$KG report g.json -o bad.html --pair Alibeba DeepSeek 2>err.txt; code=$?
set -e
[ "$code" = 2 ] && grep -q "did you mean: Alibaba" err.txt && [ ! -e bad.html ]
# A method note: version, day, corpus, counts, what confidence means, the lexicon rule.
SOURCE_DATE_EPOCH=1767225600 $KG report g.json -o note/report.md 2>/dev/null
grep -q '^## Method' note/report.md
grep -q '^Made with kg [0-9.]* on 2026-01-01 from the graph g.json\.' note/report.md
grep -q '^Corpus: [0-9]* documents' note/report.md
grep -q '^Confidence: ' note/report.md
grep -q '^Background knowledge: ' note/report.md
grep -q '<h2 id="method">Method</h2>' $html
# Markdown is escaped where it would change the structure, not inside words and numbers.
if grep -Eq '[[:alpha:]]\\[-.()][[:alpha:]]' note/report.md; then echo "over-escaped Markdown"; grep -E '[[:alpha:]]\\[-.()]' note/report.md | head -3; exit 1; fi
