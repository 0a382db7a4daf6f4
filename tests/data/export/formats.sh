# Every format: written, deterministic, format guessed from the extension, hostile text inert.
. "$DATA/export/common.sh"
for f in g.graphml g.nt g.ttl g.cypher g.csv; do
  "$KG" export g.json -o "$f" 2>/dev/null
  cp "$f" "first-$f"
  "$KG" export g.json -o "$f" 2>/dev/null
  cmp "$f" "first-$f" || fail "$f differs between two runs"
done
"$KG" export g.json --format neo4j -o neo/ 2>/dev/null
"$KG" export g.json --format neo4j -o kg- 2>/dev/null
cmp neo/nodes.csv kg-nodes.csv && cmp neo/relationships.csv kg-relationships.csv || fail "neo4j prefix vs directory"
# Same graph from the inputs in another order: same bytes.
"$KG" load "$D/hostile.jsonl" "$D/en.jsonl" "$D/fr.jsonl" -o g2.json 2>/dev/null
for f in g.graphml g.nt g.ttl g.cypher g.csv; do
  "$KG" export g2.json -o "2-$f" 2>/dev/null
  cmp "$f" "2-$f" || fail "$f depends on input order"
done
# Hostile text never appears raw where it would change the structure.
! grep -q '<script>' g.graphml || fail "raw <script> in GraphML"
grep -q '&lt;script&gt;' g.graphml || fail "escaped name missing from GraphML"
grep -q "^'=cmd|' /C calc'!A0,Company,uses" g.csv || fail "formula not neutralised in CSV"
! grep -q '^=' g.csv || fail "a CSV row starts with ="
grep -q "n.name = '=cmd|\\\\' /C calc\\\\'!A0'" g.cypher || fail "Cypher quote not escaped"
# N-Triples: one statement per line, nothing else.
bad=$(grep -cvE '^<[^> ]+> <[^> ]+> (<[^> ]+>|".*"(\^\^<[^> ]+>)?) \.$' g.nt || true)
[ "$bad" = 0 ] || fail "$bad malformed N-Triples lines"
[ "$(head -1 neo/nodes.csv)" = 'id:ID,name,type,country,aliases:string[],:LABEL' ] || fail "nodes.csv header"
[ "$(head -1 neo/relationships.csv)" = ':START_ID,:END_ID,:TYPE,confidence:float,evidence_count:int,first_seen,last_seen,evidence,doc' ] ||
  fail "relationships.csv header"
grep -q '^alibaba,qwen,DEVELOPS,0.96,2,2025-01-15,2025-03-02,' neo/relationships.csv || fail "merged FR+EN fact"
# '-' writes to standard output, and nothing else goes there.
"$KG" export g.json -f nt -o - 2>/dev/null > stdout.nt
cmp stdout.nt g.nt || fail "-o - differs from the file"
# A failed export leaves the previous file untouched and no temporary behind.
cp g.graphml keep.graphml
! "$KG" export missing.json -o g.graphml 2>/dev/null || fail "export of a missing graph succeeded"
cmp g.graphml keep.graphml || fail "failed export touched the output"
[ -z "$(ls -A | grep '^\.' || true)" ] || fail "temporary file left behind"
echo ok
