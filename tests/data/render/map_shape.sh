# Maps that read at a glance: the parts of a graph are packed into a rectangle near the
# target aspect ratio, using its area (examples/gallery/measure.py measures the SVG's
# viewBox and node boxes). Before packing, the sparse graph below (40 entities in 13
# pieces) was a column: aspect 0.88, used area 0.11; the bundled corpus's map 0.84, 0.07.
measure="/usr/bin/python3 $DATA/../../examples/gallery/measure.py"
$KG load "$DATA/render/sparse.jsonl" -o sparse.json
$KG render sparse.json -o sparse.svg
$measure sparse.svg --min-aspect 1.2 --max-aspect 2.2 --min-used 0.2
# A page held upright.
$KG render sparse.json -o page.svg --aspect 210:297
$measure page.svg --min-aspect 0.5 --max-aspect 1.0 --min-used 0.2
$KG build "$CORPUS/news" -o seed.json 2>/dev/null
$KG render seed.json -o flat.svg --cluster-by none
$measure flat.svg --min-aspect 1.1 --max-aspect 2.3 --min-used 0.1
# Grouped by country (the default for an overview showing several countries): the boxes
# and the edges between them take some room (0.089 of the area used, 0.103 without).
$KG render seed.json -o seed.svg
grep -q '<g id="seed-cluster-[0-9]*" class="cluster">' seed.svg
grep -q '<text[^>]*>United States</text>' seed.svg
$measure seed.svg --min-aspect 1.1 --max-aspect 2.3 --min-used 0.08
# Packed maps are byte-identical run to run.
$KG render seed.json -o again/seed.svg
cmp seed.svg again/seed.svg
# Labels clear of nodes and of each other (text boxes estimated by measure.py): dot's
# maps, an ego map (twopi) and force-directed layouts with every label printed (labels
# moved along their edges, then beside them, off what they would cover).
$measure sparse.svg --max-overlaps 0
$measure seed.svg --max-overlaps 0
$KG render seed.json -o ego.svg --focus DeepSeek --depth 2
$measure ego.svg --max-overlaps 0
$KG render seed.json -o sfdp.svg --layout sfdp --edge-labels
$measure sfdp.svg --max-overlaps 0
$KG render seed.json -o neato.svg --layout neato
$measure neato.svg --max-overlaps 0
