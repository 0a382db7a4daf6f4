# An empty corpus is an error that names the input, not an empty graph.
mkdir empty
if "$KG" build empty -o g.json 2>err.txt; then echo "expected failure"; exit 1; fi
grep -q "empty" err.txt
[ ! -e g.json ]
