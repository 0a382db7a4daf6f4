# kg merge: evidence unioned, entities joined; A with itself is byte-identical; same facts
# as loading everything at once; input order only changes documented tie-breaks.
D=$DATA/export
fail() { echo "FAIL: $*" >&2; exit 1; }
"$KG" load "$D/fr.jsonl" -o fr.json 2>/dev/null
"$KG" load "$D/en.jsonl" "$D/hostile.jsonl" -o en.json 2>/dev/null
"$KG" load "$D/fr.jsonl" "$D/en.jsonl" "$D/hostile.jsonl" -o all.json 2>/dev/null
"$KG" merge fr.json en.json -o merged.json
"$KG" merge fr.json fr.json -o self.json 2>/dev/null
cmp fr.json self.json || fail "merging a graph with itself changed it"
"$KG" merge fr.json fr.json fr.json -o self3.json 2>/dev/null
cmp fr.json self3.json || fail "merging a graph with itself three times changed it"
# Same facts and evidence as one load (compared through the CSV export, which lists them all).
"$KG" export merged.json -o merged.csv 2>/dev/null
"$KG" export all.json -o all.csv 2>/dev/null
cmp merged.csv all.csv || fail "merge differs from loading all triples at once"
"$KG" merge en.json fr.json -o merged-ba.json 2>/dev/null
"$KG" export merged-ba.json -o merged-ba.csv 2>/dev/null
cmp merged.csv merged-ba.csv || fail "merge order changed the facts"
"$KG" merge merged.json fr.json -o again.json 2>/dev/null
"$KG" export again.json -o again.csv 2>/dev/null
cmp merged.csv again.csv || fail "merging a part again added evidence"
# .kgb in, .json out.
"$KG" load "$D/en.jsonl" -o en.kgb 2>/dev/null
"$KG" merge fr.json en.kgb -o mixed.json 2>/dev/null
echo ok
