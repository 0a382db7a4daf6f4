# A time slice is the graph as the news stood then, for the costs of a weighted path and
# for what a capped map keeps, not only for which relations are usable.
#   January: Alder -> Birch -> Dogwood weakly stated (0.2), Alder -> Cobalt -> Dogwood well (0.7).
#   June: Birch's route stated again by three outlets (0.95). July: Birch becomes a hub.
$KG load "$DATA/graph/dated_costs.jsonl" -o g.json 2>/dev/null
# Today the Birch route is the most confident; in January it was Cobalt's.
$KG path g.json Alder Dogwood --weighted --json | grep -q '"path":\["Alder","Birch","Dogwood"\]'
$KG path g.json Alder Dogwood --weighted --as-of 2025-01 --json > p.json
grep -q '"path":\["Alder","Cobalt","Dogwood"\]' p.json
grep -q '"confidence":0.7,' p.json
printf 'Alder\tDogwood\n' > pairs.tsv
$KG path g.json --batch pairs.tsv --weighted --as-of 2025-01 | grep -q '"path":\["Alder","Cobalt","Dogwood"\]'
# Unweighted, the slice changes nothing but which relations are usable.
$KG path g.json Alder Dogwood --as-of 2025-01 --json | grep -q '"hops":2'
# A map of January capped at one entity keeps January's most important one, not Birch,
# which only became a hub later.
$KG render g.json -o jan.dot --as-of 2025-01 --max-nodes 1 2>/dev/null
grep -qw 'alder' jan.dot
if grep -qw 'birch' jan.dot; then echo "January's map kept Birch, important only later"; exit 1; fi
$KG render g.json -o all.dot --max-nodes 1 2>/dev/null
grep -qw 'birch' all.dot
