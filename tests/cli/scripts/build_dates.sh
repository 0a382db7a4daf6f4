# Time-aware facts from a dated JSONL corpus: the document's date and metadata reach the
# evidence, relations know when they were first/last reported, and --as-of/--since show the
# graph as the news stood then on path, neighbors, render and export.
"$KG" build "$DATA/build/dated_corpus.jsonl" -o g.json
grep -q '"date": "2025-01-10"' g.json
grep -q '"url": "https://news.example/jun"' g.json
grep -q '"first_seen": "2025-01-10"' g.json
# In March, only January's news is known: the June facts are not on the map.
"$KG" render g.json -o all.dot
"$KG" render g.json -o march.dot --as-of 2025-03
grep -q "Core-1" all.dot
if grep -q "Core-1" march.dot; then echo "June facts drawn --as-of 2025-03"; exit 1; fi
"$KG" render g.json -o june.dot --since 2025-06
grep -q "Core-1" june.dot
# Queries: a June relation is unknown in March.
"$KG" neighbors g.json Core-1 > n.txt
grep -q "develops" n.txt
"$KG" neighbors g.json Core-1 --as-of 2025-03 > n_march.txt || true
if grep -q "develops" n_march.txt; then echo "neighbors --as-of shows a later fact"; exit 1; fi
"$KG" export g.json -o march.csv --as-of 2025-03
if grep -q "Core-1" march.csv; then echo "export --as-of shows a later fact"; exit 1; fi
# A date that is not one is a usage error that names the option.
set +e
"$KG" render g.json -o x.svg --as-of garbage 2> err.txt; code=$?
set -e
[ "$code" = 2 ] && grep -q -- "--as-of 'garbage' is not a date" err.txt
[ ! -e x.svg ]
set +e
"$KG" render g.json -o x.svg --as-of 2025-01 --since 2025-06 2> err.txt; code=$?
set -e
[ "$code" = 2 ] && grep -q "nothing can match" err.txt
# The report too: in March the June article and its facts are not in it.
"$KG" report g.json -o all.html
"$KG" report g.json -o march.html --as-of 2025-03
grep -q "Core-1" all.html
if grep -q "Core-1" march.html; then echo "report --as-of shows a later fact"; exit 1; fi
grep -q "Ada Labs" march.html
