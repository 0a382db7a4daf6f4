# What the articles say and what only the built-in lexicon knows are kept apart: the lexicon
# says DeepSeek is Chinese and makes DeepSeek V3, no seed article does. Entities say where
# each attribute comes from; maps and reports leave lexicon-only knowledge out unless
# --from-lexicon mark, which draws and lists it marked.
"$KG" build "$CORPUS/news" -o g.json 2>/dev/null
"$KG" entities g.json --type Company > ents.txt 2>/dev/null
grep -q '^DeepSeek .*Company (lexicon), China (lexicon),' ents.txt
grep -q '^MiniMax .*China, ' ents.txt && ! grep -q '^MiniMax .*China (lexicon)' ents.txt  # an article says so
"$KG" entities g.json --match deepseek --json 2>/dev/null | grep -q '"type_from":"lexicon","country":"China","country_from":"lexicon"'
"$KG" neighbors g.json DeepSeek | grep -q 'DeepSeek --develops--> DeepSeek V3 (lexicon)'
"$KG" neighbors g.json DeepSeek --json | grep -q '"object":"DeepSeek V3","confidence":0.75,"source":"lexicon"'
# Maps and reports: left out by default, marked on request.
"$KG" render g.json -o plain.dot 2>/dev/null
if grep -q "DeepSeek V3" plain.dot; then echo "a lexicon-only fact drawn by default"; exit 1; fi
"$KG" render g.json -o marked.dot --from-lexicon mark 2>/dev/null
grep -q 'DeepSeek V3' marked.dot
grep -q 'develops (lexicon)' marked.dot
grep -q 'China (lexicon)' marked.dot
"$KG" report g.json -o plain.md 2>/dev/null
if grep -q "DeepSeek V3" plain.md; then echo "a lexicon-only fact in the report by default"; exit 1; fi
# As many as kg facts marks (the lexicon grows: no fixed count).
n=$("$KG" facts g.json --from-lexicon mark 2>/dev/null | grep -c ' (lexicon) ')
test "$n" -ge 1
grep -q "Background knowledge: $n facts and [0-9]* countries .* left out" plain.md
"$KG" report g.json -o marked.html --from-lexicon mark 2>/dev/null
grep -q '<td>develops (lexicon)</td><td>DeepSeek V3</td>' marked.html
rc=0; "$KG" render g.json -o x.svg --from-lexicon maybe 2> err.txt || rc=$?
[ "$rc" = 2 ] && grep -q "unknown --from-lexicon 'maybe'; use omit or mark" err.txt && [ ! -e x.svg ]
