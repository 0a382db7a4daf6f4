# The acceptance flow on the bundled corpus: build, path with evidence, a path
# through a person, an SVG map with the main actors and a legend.
"$KG" build "$CORPUS/news" -o g.json
"$KG" path g.json "Yao Shunyu" OpenAI > p1.txt
cat p1.txt
grep -q "worked_at" p1.txt
grep -q "chez OpenAI" p1.txt                  # the evidence sentence is printed
"$KG" path g.json Tencent OpenAI > p2.txt
cat p2.txt
grep -q "Yao Shunyu" p2.txt
# Names users type are forgiving: case, accents, aliases.
"$KG" path g.json "yao shunyu" "openai" > /dev/null
"$KG" neighbors g.json "Etats-Unis" --depth 1 > n.txt
grep -q "United States" n.txt
# Unknown entity: exit 2 with a suggestion.
set +e
"$KG" path g.json Alibeba OpenAI 2> err.txt; code=$?
set -e
[ "$code" = 2 ]
grep -q "did you mean: Alibaba" err.txt
"$KG" render g.json -o map.svg
if command -v xmllint >/dev/null; then xmllint --noout map.svg; fi
for name in Alibaba Qwen DeepSeek Nvidia "United States" China; do
  grep -q ">$name<" map.svg || { echo "map lacks $name"; exit 1; }
done
grep -qi "legend" map.svg
grep -q "\"lang\": \"fr\"" g.json                # the language of a .txt is guessed
