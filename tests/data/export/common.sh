# Sourced by the export e2e scripts: builds g.json from the French, English and hostile
# triple files (tests/data/export/*.jsonl) with `kg load`.
D=$DATA/export
"$KG" load "$D/fr.jsonl" "$D/en.jsonl" "$D/hostile.jsonl" -o g.json 2>/dev/null
PY=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }
