# A failed run leaves the previous output intact (no half-written file, no temp left).
"$KG" build "$CORPUS/news" -o g.json
cp g.json before.json
mkdir bad && printf 'caf\xe9\n' > bad/x.txt
if "$KG" build bad -o g.json 2>/dev/null; then echo "expected failure"; exit 1; fi
cmp before.json g.json
[ -z "$(ls -A | grep '\.tmp-' || true)" ]
