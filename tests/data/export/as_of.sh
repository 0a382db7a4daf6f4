# --as-of / --since: the graph as the news stood; undated evidence cannot be placed in time
# and is left out unless --undated include.
. "$DATA/export/common.sh"
"$KG" export g.json -o jan.csv --as-of 2025-01-31 2>/dev/null
"$KG" export g.json -o spring.csv --since 2025-03-01 2>/dev/null
grep -q 'fr_2025-01.txt' jan.csv || fail "January evidence missing"
! grep -q 'en_2025-03.txt' jan.csv || fail "March evidence shown as of January"
! grep -q 'fr_2025-02.txt' jan.csv || fail "February evidence shown as of January"
! grep -q 'en_undated.txt' jan.csv || fail "undated evidence kept by default"
"$KG" export g.json -o jan_undated.csv --as-of 2025-01-31 --undated include 2>/dev/null
grep -q 'en_undated.txt' jan_undated.csv || fail "--undated include dropped undated evidence"
grep -q 'fr_2025-01.txt' jan_undated.csv || fail "January evidence missing with --undated include"
grep -q 'en_2025-03.txt' spring.csv || fail "March evidence missing since March"
! grep -q 'fr_2025-01.txt' spring.csv || fail "January evidence shown since March"
"$KG" export g.json -f neo4j -o jan --as-of 2025-01-31 2>/dev/null
grep -q '^alibaba,qwen,DEVELOPS,0.9,1,2025-01-15,2025-01-15,' jan/relationships.csv || fail "confidence/dates not recomputed"
! grep -q '^yao-shunyu' jan/nodes.csv || fail "an entity first reported later is shown"
echo ok
