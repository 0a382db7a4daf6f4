# RDF validated by Raptor's rapper (Debian raptor2-utils); skipped when it is absent.
command -v rapper >/dev/null || { echo "rapper not installed: skipped"; exit 77; }
. "$DATA/export/common.sh"
"$KG" export g.json -o g.nt 2>/dev/null
"$KG" export g.json -o g.ttl --base-iri https://data.example.org/kg 2>/dev/null
"$KG" export g.json -f turtle -o same-base.ttl 2>/dev/null
rapper -i ntriples -c g.nt 2>&1 | tee nt.log
rapper -i turtle -c g.ttl 2>&1 | tee ttl.log
grep -q "returned [1-9][0-9]* triples" nt.log || fail "rapper read no N-Triples"
! grep -qi "error" nt.log ttl.log || fail "rapper reported errors"
# Turtle and N-Triples hold the same graph (same base): compare rapper's canonical N-Triples.
rapper -q -i ntriples -o ntriples g.nt | sort > a.nt
rapper -q -i turtle -o ntriples same-base.ttl | sort > b.nt
cmp a.nt b.nt || fail "Turtle and N-Triples differ"
grep -q '<https://kg.example/entity/alibaba> <https://kg.example/schema/develops> <https://kg.example/entity/qwen> \.' a.nt || fail "fact missing"
grep -q '^@prefix ent: <https://data.example.org/kg/entity/> .$' g.ttl || fail "--base-iri ignored"
# 12 pieces of evidence in the inputs = 12 reified statements.
n=$(grep -c '22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>' a.nt)
[ "$n" = 12 ] || fail "expected 12 evidence statements, got $n"
echo ok
