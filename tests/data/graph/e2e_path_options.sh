# path options: --json, --max-hops, --predicate, --type, --directed, --weighted, --k, --batch.
D=$DATA/graph
$KG load "$D/seeds.jsonl" "$D/extra_en.jsonl" -o g.json 2>/dev/null
$KG path g.json Qwen H20 --json > a.json
grep -q '"found":true,"hops":5' a.json
grep -q '"path":\["Qwen","Alibaba","China",' a.json
grep -q '"direction":"backward"' a.json
# No path within the limit: exit 1 and a clear line; JSON says found false.
rc=0; $KG path g.json Qwen H20 --max-hops 2 > no.txt 2> no.err || rc=$?
[ "$rc" = 1 ]
grep -qx "kg: no path between Qwen and H20: they are connected in the graph, but not within 2 hops" no.err
# In different components: says so, with the sizes.
rc=0; $KG path g.json "Yao Shunyu" "Lux Capital" > /dev/null 2> far.err || rc=$?
[ "$rc" = 1 ]
grep -qx "kg: no path between Yao Shunyu and Lux Capital: they are in different components of the graph (Yao Shunyu's has 53 entities, Lux Capital's 2 entities; kg components lists them)" far.err
rc=0; $KG path g.json Qwen H20 --max-hops 2 --json > no.json 2>/dev/null || rc=$?
[ "$rc" = 1 ]
grep -qx '{"from":"Qwen","to":"H20","found":false}' no.json
# Predicate and type filters change the answer.
rc=0; $KG path g.json Qwen H20 --predicate develops > /dev/null 2>&1 || rc=$?
[ "$rc" = 1 ]
$KG path g.json Tencent Alibaba --predicate based_in --json | grep -q '"hops":2'
$KG path g.json Tencent Alibaba --type Country --predicate based_in --json | grep -q '"path":\["Tencent","China","Alibaba"\]'
rc=0; $KG path g.json Tencent Alibaba --predicate based_in --type Person > /dev/null 2>&1 || rc=$?
[ "$rc" = 1 ]
# Directed: only subject -> object.
$KG path g.json "Yao Shunyu" OpenAI --directed > /dev/null
rc=0; $KG path g.json OpenAI "Yao Shunyu" --directed > /dev/null 2>&1 || rc=$?
[ "$rc" = 1 ]
# k shortest paths, loop-free and in order of length.
$KG path g.json Qwen H20 --k 3 --json > k.json
/usr/bin/python3 -c '
import json; d = json.load(open("k.json")); ps = d["paths"]
assert len(ps) == 3, ps
hops = [p["hops"] for p in ps]; assert hops == sorted(hops), hops
for p in ps: assert len(set(p["path"])) == len(p["path"])
assert len({tuple(p["path"]) for p in ps}) == 3'
$KG path g.json Qwen H20 --weighted > w.txt
grep -q "Qwen -> H20" w.txt
# Batch: one JSON object per line, in input order, unknown names reported in-line.
$KG path g.json --batch "$D/pairs.tsv" > b.jsonl
[ "$(wc -l < b.jsonl)" = 5 ]
/usr/bin/python3 -c '
import json; rows = [json.loads(l) for l in open("b.jsonl")]
assert [r["from"] for r in rows] == ["Qwen", "Tencent", "Alibeba", "Grok 3", "yao shunyu"]
assert rows[1]["found"] and rows[1]["hops"] == 2 and rows[1]["path"][1] == "Yao Shunyu"
assert not rows[2]["found"] and "did you mean: Alibaba" in rows[2]["error"]
assert not rows[3]["found"]
assert rows[4]["hops"] == 1'
