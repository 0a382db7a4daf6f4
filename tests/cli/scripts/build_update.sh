# --update skips unchanged documents, is idempotent byte for byte, and a changed document
# replaces its old facts.
mkdir corpus
cp "$CORPUS"/news/001_*.txt corpus/
"$KG" build corpus -o g.json
"$KG" build --update corpus -o g.json 2> log.txt
grep -q "up to date" log.txt
cp g.json before.json
"$KG" build --update corpus -o g.json
cmp before.json g.json
# A full build of the same corpus gives the same file as the incremental one.
cp "$CORPUS"/news/004_*.txt corpus/
"$KG" build --update corpus -o g.json
"$KG" build corpus -o full.json
cmp g.json full.json
# Change a document: its old facts go, the new ones come.
grep -q "Tang Jie" g.json
old=$(ls corpus | grep '^001_')
printf 'Meta a fondé une nouvelle filiale.\nZhipu AI, a Chinese startup founded by Zhang Peng, launched GLM-4.\n' > "corpus/$old"

"$KG" build --update corpus -o g.json
if grep -q "Tang Jie" g.json; then echo "old facts of the changed document remain"; exit 1; fi
grep -q "Zhipu AI" g.json
# and the result equals a full build of the changed corpus
"$KG" build corpus -o full2.json
cmp g.json full2.json
