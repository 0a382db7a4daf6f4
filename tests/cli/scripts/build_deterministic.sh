# Same input, byte-identical graph and SVG, whatever the number of threads.
# (The SVG id prefix comes from the output file name, so both maps get the same name.)
"$KG" build "$CORPUS/news" -o a.json --jobs 1
"$KG" build "$CORPUS/news" -o b.json --jobs 4
cmp a.json b.json
mkdir one two
"$KG" render a.json -o one/map.svg
"$KG" render b.json -o two/map.svg
cmp one/map.svg two/map.svg
"$KG" render a.json -o one/map.dot
"$KG" render a.json -o two/map.dot
cmp one/map.dot two/map.dot
