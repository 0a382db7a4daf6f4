#!/usr/bin/env bash
# The graph bench, end to end: builds kg and graph_bench (Release), generates synthetic
# heavy-tailed graphs (deterministic seed) in bench/data/, times `kg load` (seconds, peak
# RSS), reopening .json and .kgb, 1,000 point-to-point path queries in kg (in process and
# through `kg path --batch`) against NetworkX and igraph on the same graph and pairs,
# checks that every engine finds paths of the same length, and prints a table.
#
#   bench/run_graph_bench.sh                 # the 1M-relation graph (200k entities)
#   SIZES="1m 5m" bench/run_graph_bench.sh   # and the 5M one (1M entities)
#   SIZES="1m 1m-both" ...                   # also the second degree law (graph_bench gen
#                                            # --law both:2: hubs on both ends, ~191k entities)
#   SIZES=small ...                          # 100k relations, for a quick loop
#   KG=path/to/kg GRAPH_BENCH=path/to/graph_bench ... to use existing binaries
# Environment: JSON_5M=1 also writes and reopens the 5M graph as JSON (needs several GB);
# IGRAPH_QUERIES=N runs only the first N pairs through igraph (it searches from scratch);
# PATHS_ONLY=1 times only the path queries, on the g.kgb an earlier run wrote (no kg load,
# igraph JSONL reading or reopening: their columns read "-").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
SIZES=${SIZES:-1m}
PY=/usr/bin/python3
if [ -z "${KG:-}" ] || [ -z "${GRAPH_BENCH:-}" ]; then
  [ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DKG_SANITIZE=OFF -DKG_BUILD_TESTS=OFF >/dev/null
  cmake --build "$BUILD" --target kg graph_bench >/dev/null
fi
KG=${KG:-$BUILD/kg}
GRAPH_BENCH=${GRAPH_BENCH:-$BUILD/bench/graph_bench}
$PY -c 'import networkx' 2>/dev/null || { echo "needs python3-networkx for /usr/bin/python3"; exit 1; }
$PY -c 'import igraph' 2>/dev/null || echo "note: python3-igraph missing (apt-get install -y python3-igraph); igraph column skipped"

timed() {  # timed OUTFILE CMD...: runs CMD, writes "seconds peakMB cpu_seconds" to OUTFILE
  local out=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$out.time" "$@"
  awk '{printf "%s %.0f %.2f\n", $1, $2/1024, $3+$4}' "$out.time" > "$out"
}

declare -a ROWS
for size in $SIZES; do
  law=objects
  case $size in
    small) ents=20000 triples=100000 ;;
    small-both) ents=20000 triples=100000 law=both:2 ;;
    1m) ents=200000 triples=1000000 ;;
    1m-both) ents=200000 triples=1000000 law=both:2 ;;
    5m) ents=1000000 triples=5000000 ;;
    5m-both) ents=1000000 triples=5000000 law=both:2 ;;
    *) echo "unknown size $size (small, 1m or 5m, each with -both for the second degree law)"; exit 2 ;;
  esac
  D=$ROOT/bench/data/g$size
  mkdir -p "$D"
  [ -s "$D/triples.jsonl" ] || "$GRAPH_BENCH" gen --entities $ents --triples $triples --seed 42 --pairs 1000 --law $law "$D"
  echo "== $size: $triples triples, $ents entities ($(du -h "$D/triples.jsonl" | cut -f1) of JSONL)"
  paths_only=0
  if [ "${PATHS_ONLY:-0}" = 1 ]; then
    [ -s "$D/g.kgb" ] || { echo "PATHS_ONLY=1 needs $D/g.kgb (a run without it writes it)"; exit 2; }
    paths_only=1
    load_s="-" load_mb="-" load_cpu="-"
    echo "PATHS_ONLY=1: the path queries on $D/g.kgb"
  else
    timed "$D/load_kgb.txt" "$KG" load "$D/triples.jsonl" -o "$D/g.kgb"
    read -r load_s load_mb load_cpu < "$D/load_kgb.txt"
    echo "kg load -> .kgb: ${load_s} s (${load_cpu} s CPU), ${load_mb} MB peak"
  fi
  # igraph reading the same JSONL (json per line, a graph with names and edge attributes).
  ig_load="-"
  if [ $paths_only = 0 ] && $PY -c 'import igraph' 2>/dev/null; then
    timed "$D/igraph_load.txt" "$PY" "$ROOT/bench/graph_peers.py" "$D" --load-jsonl >/dev/null
    read -r igl_s igl_mb _ < "$D/igraph_load.txt"
    echo "igraph reading the same JSONL: ${igl_s} s, ${igl_mb} MB peak"
    ig_load="$igl_s"
  fi
  json_reopen="-" kgb_reopen="-"
  if [ $paths_only = 0 ] && { [ "$size" = 1m ] || [ "${JSON_5M:-0}" = 1 ]; }; then
    timed "$D/load_json.txt" "$KG" load "$D/triples.jsonl" -o "$D/g.json"
    read -r ljs ljm _ < "$D/load_json.txt"
    echo "kg load -> .json: ${ljs} s, ${ljm} MB peak"
    line=$("$GRAPH_BENCH" reopen "$D/g.json"); echo "$line"
    json_reopen=$(echo "$line" | awk -F'\t' '{print $3" / "$4}')
  fi
  if [ $paths_only = 0 ]; then
    line=$("$GRAPH_BENCH" reopen "$D/g.kgb"); echo "$line"
    kgb_reopen=$(echo "$line" | awk -F'\t' '{print $3" / "$4" / "$7}')
  fi
  # The path queries: in process (per query), then the whole `kg path --batch` run.
  kg_line=$("$GRAPH_BENCH" paths "$D/g.kgb" "$D/pairs.tsv" "$D/kg_hops.txt"); echo "$kg_line"
  kg_us=$(echo "$kg_line" | awk -F'\t' '{print $4}' | awk '{print $1}')
  kg_cpu=$(echo "$kg_line" | awk -F'\t' '{print $6}' | awk '{print $1}')
  # (The search returns each path by index, as the peers do; its records, what `kg path`
  # prints, are timed apart: "records" per query, beside the table.)
  kg_rec=$(echo "$kg_line" | awk -F'\t' '{print $7}' | awk '{print $1}')
  timed "$D/batch.txt" "$KG" path "$D/g.kgb" --batch "$D/pairs.tsv" > "$D/kg_batch.jsonl"
  read -r batch_s batch_mb _ < "$D/batch.txt"
  echo "kg path --batch (load + 1000 queries + JSON): ${batch_s} s, ${batch_mb} MB peak"
  peers=$("$PY" "$ROOT/bench/graph_peers.py" "$D" ${IGRAPH_QUERIES:+--igraph-queries $IGRAPH_QUERIES}); echo "$peers"
  nx_us=$(echo "$peers" | awk -F'\t' '$2=="networkx"{print $4}')
  ig_us=$(echo "$peers" | awk -F'\t' '$2=="igraph"{print $4}')
  nx_cpu=$(echo "$peers" | awk -F'\t' '$2=="networkx"{print $6}')
  ig_cpu=$(echo "$peers" | awk -F'\t' '$2=="igraph"{print $6}')
  # Same path lengths everywhere (igraph may have run a prefix of the pairs).
  "$PY" - "$D" <<'PYEOF'
import json, sys
d = sys.argv[1]
kg = [int(x) for x in open(d + "/kg_hops.txt")]
batch = [json.loads(l) for l in open(d + "/kg_batch.jsonl")]
bh = [r["hops"] if r["found"] else -1 for r in batch]
nx = [int(x) for x in open(d + "/nx_hops.txt")]
assert kg == bh, "kg path --batch and in-process hops differ"
bad = sum(1 for a, b in zip(kg, nx) if a != b)
assert bad == 0, "%d pairs differ from NetworkX" % bad
try:
    ig = [int(x) for x in open(d + "/igraph_hops.txt")]
    badi = sum(1 for a, b in zip(kg, ig) if a != b)
    assert badi == 0, "%d pairs differ from igraph" % badi
except FileNotFoundError:
    ig = []
print("path lengths agree: kg = kg --batch = NetworkX (%d pairs) = igraph (%d pairs); found %d"
      % (len(nx), len(ig), sum(1 for h in kg if h >= 0)))
PYEOF
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a+0 > 0 && b != "") printf "%.0fx", b/a; else print "-" }'; }
  ROWS+=("$(printf '%-10s %9s %14s %9s %8s %16s %26s %10s %10s %10s %10s %8s %8s %9s %9s' "$size" "$triples" "$load_s ($load_cpu)" "$ig_load" "$load_mb" \
    "$json_reopen" "$kgb_reopen" "$kg_us" "${kg_rec:--}" "$nx_us" "${ig_us:--}" "$(ratio "$kg_us" "$nx_us")" "$(ratio "$kg_us" "$ig_us")" \
    "$(ratio "$kg_cpu" "$nx_cpu")" "$(ratio "$kg_cpu" "$ig_cpu")")")
done
echo
printf '%-10s %9s %14s %9s %8s %16s %26s %10s %10s %10s %10s %8s %8s %9s %9s\n' size triples "load s (cpu)" "igraph s" "load MB" \
  "reopen json s/MB" "reopen kgb s/MB/cpu" "kg us/q" "+records" "nx us/q" "igraph us/q" "vs nx" "vs ig" "cpu vs nx" "cpu vs ig"
for r in "${ROWS[@]}"; do echo "$r"; done
