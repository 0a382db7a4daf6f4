# neighbors, subgraph, stats, entities, rank, components on the seed graph.
D=$DATA/graph
$KG load "$D/seeds.jsonl" "$D/extra_en.jsonl" -o g.json 2>/dev/null
$KG neighbors g.json alibaba > n.txt
grep -qx "Alibaba (Company): 4 entities within 1 hop" n.txt
grep -qx "  Alibaba --develops--> Qwen" n.txt
$KG neighbors g.json Alibaba --depth 2 --predicate develops --predicate works_at --json > n.json
/usr/bin/python3 -c '
import json; d = json.load(open("n.json"))
assert d["center"]["name"] == "Alibaba"
names = {n["name"]: n["distance"] for n in d["neighbors"]}
assert names == {"Qwen": 1, "Lin Junyang": 1, "Alibaba Group": 2}, names
assert all(r["predicate"] in ("develops", "works_at") for r in d["relations"])'
$KG subgraph g.json "Yao Shunyu" --depth 1 -o sub.json 2> sub.err
grep -q "sub.json: 4 entities, 4 relations" sub.err
$KG stats sub.json --json > st.json
grep -q '"entities":4,"relations":4' st.json
$KG stats g.json > st.txt
grep -q "^relations: *67$" st.txt
$KG entities g.json --type Model --match qw > e.txt
grep -q "^Qwen " e.txt
[ "$(wc -l < e.txt)" = 1 ]
$KG entities g.json --json | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d) == 59; assert [e["id"] for e in d] == sorted(e["id"] for e in d)'
$KG rank g.json --top 1 > r.txt
grep -qx "1. China (Country)  degree 12" r.txt
$KG rank g.json --by pagerank --type Company --top 3 --json | grep -q '"rank":1,"id":"deepseek"'
$KG rank g.json --by betweenness --type Person --top 1 | grep -q "Yao Shunyu"
$KG components g.json | head -1 | grep -qx "4 components"
$KG components g.json --communities --seed 7 --json > c1.json
$KG components g.json --communities --seed 7 --json > c2.json
cmp c1.json c2.json
