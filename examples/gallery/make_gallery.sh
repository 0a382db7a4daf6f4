#!/usr/bin/env bash
# Regenerates the gallery (examples/gallery/*.svg, *.png) and prints each map's shape.
#   examples/gallery/make_gallery.sh [KG]     (default: build/kg; ./dev build makes it)
# The maps: the bundled corpus's overview, a sparse first week of news in many pieces
# (tests/data/render/sparse.jsonl), a 300-entity map of every real-news gold fact, an ego
# map and a path map. measure.py prints aspect ratio and used area; timings go to stderr.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
KG=${1:-$root/build/kg}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# shellcheck source=graphs.sh
source "$here/graphs.sh"
gallery_graphs "$KG" "$tmp"

map() {  # map NAME GRAPH [OPTIONS...]: NAME.svg and NAME.png
  local name=$1 graph=$2 ext
  shift 2
  for ext in svg png; do
    local t0 t1
    t0=$(date +%s.%N)
    "$KG" render "$tmp/$graph.json" -o "$here/$name.$ext" "$@" 2>/dev/null
    t1=$(date +%s.%N)
    printf '%s.%s: %.2f s\n' "$name" "$ext" "$(echo "$t1 - $t0" | bc)" >&2
  done
  python3 "$here/measure.py" "$here/$name.svg" | sed "s|$here/||"
}

map ecosystem seed --title "The AI ecosystem in the bundled news corpus"
map sparse sparse --title "A first week of news: 14 articles"
map large all --max-nodes 300 --title "Real-news gold facts: the 300 most important entities"
map ego seed --focus DeepSeek --depth 2
map path seed --path Tencent OpenAI
