# kg load + kg path on the seed triples (French) and a few English ones.
D=$DATA/graph
$KG load "$D/seeds.jsonl" "$D/extra_en.jsonl" -o g.json 2>load.err
grep -q "entities" load.err
# Deterministic: a second load is byte-identical, and so is a .kgb reopened and saved as JSON.
$KG load "$D/seeds.jsonl" "$D/extra_en.jsonl" -o g2.json 2>/dev/null
cmp g.json g2.json
$KG load "$D/seeds.jsonl" "$D/extra_en.jsonl" -o g.kgb 2>/dev/null
$KG subgraph g.kgb China --depth 100 -o all.json 2>/dev/null
# stdin works too
cat "$D/seeds.jsonl" | $KG load - -o s.json 2>/dev/null
grep -q '"format": "kg-graph"' s.json

$KG path g.json "Yao Shunyu" OpenAI > p1.txt
grep -qx "Yao Shunyu -> OpenAI (1 hop)" p1.txt
grep -qx "  Yao Shunyu --worked_at--> OpenAI" p1.txt
grep -q '^    "Yao Shunyu travaillait auparavant .*" \[001_1848322c0c6b6944.txt\]$' p1.txt
# Through Yao Shunyu, the first step walked against its direction.
$KG path g.json Tencent OpenAI > p2.txt
grep -qx "Tencent -> OpenAI (2 hops)" p2.txt
grep -qx "  Tencent <--works_at-- Yao Shunyu" p2.txt
# Same answer from the binary format, and names resolve case/accent-insensitively.
$KG path g.kgb "yao shunyu" openai > p3.txt
cmp p1.txt p3.txt
# English sentence with markup stays verbatim (it is text, not HTML) and the JSON escapes it.
$KG path g.json Tencent Alibaba --json > p4.json
/usr/bin/python3 -c 'import json,sys; d=json.load(open("p4.json")); assert d["found"] and d["hops"]==1, d; assert "<b>&amp;" in d["edges"][0]["evidence"]["sentence"]'
