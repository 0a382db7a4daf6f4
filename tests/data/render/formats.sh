# Every format from a small graph built with kg load; valid SVG; two runs byte-identical.
$KG load "$DATA/render/ecosystem.jsonl" -o g.json
mkdir -p run2
for ext in svg dot png pdf; do
  $KG render g.json -o "a.$ext"
  $KG render g.json -o "run2/a.$ext"
  cmp "a.$ext" "run2/a.$ext" || { echo "two runs differ: .$ext"; exit 1; }
  [ -s "a.$ext" ] || { echo "empty .$ext"; exit 1; }
done
xmllint --noout a.svg
head -c 8 a.png | od -c | grep -q 'P   N   G' || { echo "not a PNG"; exit 1; }
head -c 5 a.pdf | grep -q '%PDF' || { echo "not a PDF"; exit 1; }
grep -q '^digraph kg {' a.dot
# The map shows the entities and a legend of only the types present.
for name in Alibaba Qwen DeepSeek Nvidia 'United States' China 'Yao Shunyu'; do
  grep -q ">$name</text>" a.svg || { echo "missing $name"; exit 1; }
done
grep -q '>Legend</text>' a.svg
grep -q '>chip</text>' a.svg
if grep -q '>organization</text>' a.svg; then echo "legend lists a type not shown"; exit 1; fi
# Tooltips carry the evidence sentence and document.
grep -q 'Alibaba a dévoilé Qwen 3, son nouveau modèle de langage.” — 001_alibaba_fr.txt' a.svg
# Ids carry the per-file prefix; --id-prefix overrides it.
grep -q 'id="a-node-alibaba"' a.svg
$KG render g.json -o c.svg --id-prefix fig7-
grep -q 'id="fig7-node-alibaba"' c.svg
if grep -o ' id="[^"]*"' c.svg | grep -v ' id="fig7-' ; then echo "unprefixed id"; exit 1; fi
# The DOT we write is valid Graphviz input.
if command -v dot >/dev/null; then dot -Tsvg a.dot | xmllint --noout -; fi
# Views: ego, path (highlighted), filters, clusters, engines, links.
$KG render g.json --focus alibaba --depth 1 -o ego.svg 2>err.txt
grep -q 'Alibaba (depth 1)' ego.svg
if grep -q '>Nvidia</text>' ego.svg; then echo "ego map too wide"; exit 1; fi
$KG render g.json --path "yao shunyu" deepseek -o path.svg
grep -q 'stroke-width="3.5"' path.svg
$KG render g.json --type company --type country -o typed.svg
if grep -q '>Qwen</text>' typed.svg; then echo "--type did not filter"; exit 1; fi
$KG render g.json --predicate develops -o dev.svg
if grep -q '>based in</text>' dev.svg; then echo "--predicate did not filter"; exit 1; fi
$KG render g.json --doc 003_nvidia_en.txt -o doc.svg
grep -q '>Nvidia</text>' doc.svg
if grep -q '>Qwen</text>' doc.svg; then echo "--doc did not filter"; exit 1; fi
for c in country type community; do $KG render g.json --cluster-by $c -o "cl-$c.svg"; xmllint --noout "cl-$c.svg"; done
grep -q '>China</text>' cl-country.svg && grep -q 'id="cl-country-cluster-' cl-country.svg
for e in dot sfdp neato fdp circo; do $KG render g.json --layout $e -o "l-$e.svg" 2>"l-$e.err"; grep -q "layout $e" "l-$e.err"; done
$KG render g.json --max-nodes 4 -o top4.svg 2>notes.txt
[ "$(grep -c 'class="node"' top4.svg)" -le 5 ]  # 4 entities and the legend
$KG render g.json --link-template 'https://wiki.example/{name}' -o links.svg
grep -q 'xlink:href="https://wiki.example/Yao%20Shunyu"' links.svg
