# Sourced by the examples: finds kg and a graph to work on.
# KG=path/to/kg overrides the binary; GRAPH=path/to/graph.json overrides the graph.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
KG=${KG:-$root/build/kg}
[ -x "$KG" ] || { echo "kg not found at $KG: build it first, or set KG=path/to/kg" >&2; exit 1; }
OUT=${OUT:-out/examples}
mkdir -p "$OUT"
if [ -z "${GRAPH:-}" ]; then
  GRAPH=$OUT/graph.json
  # The bundled articles if extraction works here, else the small triple file beside us.
  "$KG" build "$root/corpus/news" -o "$GRAPH" 2>/dev/null || "$KG" load "$here/triples.jsonl" -o "$GRAPH"
fi
