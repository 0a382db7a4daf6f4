# kg serve over sockets: headers, methods, limits, hosts, slow clients, atomic reload
# (tests/serve/http_test.py), on the seed corpus's graph and another graph to reload to.
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
$KG build "$CORPUS/news" -o seed.json 2>/dev/null
$KG load "$DATA/graph/seeds.jsonl" "$DATA/graph/extra_en.jsonl" -o other.json 2>/dev/null
timeout 300 /usr/bin/python3 "$here/http_test.py" "$KG" seed.json other.json
