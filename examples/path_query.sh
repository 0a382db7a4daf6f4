#!/usr/bin/env bash
# How are two entities connected? The path as text with evidence, then as a map with the
# path highlighted. Usage: examples/path_query.sh ["Yao Shunyu"] [OpenAI]
set -euo pipefail
source "$(dirname "$0")/common.sh"
from=${1:-Yao Shunyu}
to=${2:-OpenAI}
"$KG" path "$GRAPH" "$from" "$to" || true     # prints each hop and one evidence sentence
"$KG" render "$GRAPH" --path "$from" "$to" -o "$OUT/path.svg"
# The neighbourhood of the first entity, two hops out:
"$KG" render "$GRAPH" "$from" -d 2 -o "$OUT/ego.svg"
echo "maps written to $OUT/path.svg and $OUT/ego.svg"
