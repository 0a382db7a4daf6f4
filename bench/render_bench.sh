#!/usr/bin/env bash
# bench/render_bench.sh KG [OLD_KG] [RUNS]: seconds for `kg render` of the gallery's maps
# (examples/gallery/make_gallery.sh: the bundled corpus's overview, a sparse graph in many
# pieces, a 300-entity map of every real-news gold fact, an ego and a path map), SVG and
# PNG, the median of RUNS (default 5) wall-clock runs; with OLD_KG, the same runs of the
# old binary interleaved with the new ones, and new/old ratios. Graphs are built by KG.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
KG=$(realpath "$1")
OLD=${2:+$(realpath "$2")}
RUNS=${3:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=../examples/gallery/graphs.sh
source "$root/examples/gallery/graphs.sh"
gallery_graphs "$KG" "$tmp"

seconds() {  # seconds KG ARGS...: one run's wall time
  local t0 t1 kg=$1
  shift
  t0=$(date +%s%N)
  "$kg" render "$@" 2>/dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 ))"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-16s %10s %10s %7s\n' map new_ms old_ms ratio
while read -r name graph args; do
  for ext in svg png; do
    new=() old=()
    for _ in $(seq "$RUNS"); do
      # shellcheck disable=SC2086
      new+=("$(seconds "$KG" "$tmp/$graph.json" -o "$tmp/n.$ext" $args)")
      # shellcheck disable=SC2086
      [ -n "$OLD" ] && old+=("$(seconds "$OLD" "$tmp/$graph.json" -o "$tmp/o.$ext" $args)")
    done
    n=$(printf '%s\n' "${new[@]}" | median)
    if [ -n "$OLD" ]; then
      o=$(printf '%s\n' "${old[@]}" | median)
      printf '%-16s %10s %10s %7.2f\n' "$name.$ext" "$n" "$o" "$(echo "$n / $o" | bc -l)"
    else
      printf '%-16s %10s\n' "$name.$ext" "$n"
    fi
  done
done <<'MAPS'
ecosystem seed
sparse sparse
large all --max-nodes 300
ego seed --focus DeepSeek --depth 2
path seed --path Tencent OpenAI
MAPS
