#!/usr/bin/env bash
# kg serve on the 5M-relation synthetic graph of the graph bench (made if missing: 1M
# entities, heavy-tailed degrees, seed 42), against issue 10's targets: ready in < 2 s,
# search p99 < 20 ms, entity data p99 < 50 ms, ego map SVG p99 < 500 ms, 50 clients for
# 30 s with no error and flat memory (wrk, from Debian). See bench/serve_bench.py.
#
#   bench/serve_bench.sh                      # the 5M graph
#   SIZE=1m bench/serve_bench.sh              # the 1M graph (200k entities)
#   KG=path/to/kg GRAPH_BENCH=path/to/graph_bench ... to use existing binaries
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
SIZE=${SIZE:-5m}
if [ -z "${KG:-}" ] || [ -z "${GRAPH_BENCH:-}" ]; then
  [ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DKG_SANITIZE=OFF -DKG_BUILD_TESTS=OFF >/dev/null
  cmake --build "$BUILD" --target kg graph_bench >/dev/null
fi
KG=${KG:-$BUILD/kg}
GRAPH_BENCH=${GRAPH_BENCH:-$BUILD/bench/graph_bench}
case $SIZE in
  1m) ents=200000 triples=1000000 ;;
  5m) ents=1000000 triples=5000000 ;;
  *) echo "unknown SIZE $SIZE (1m or 5m)"; exit 2 ;;
esac
D=$ROOT/bench/data/g$SIZE
mkdir -p "$D"
[ -s "$D/triples.jsonl" ] || "$GRAPH_BENCH" gen --entities $ents --triples $triples --seed 42 --pairs 1000 "$D"
[ -s "$D/g.kgb" ] || "$KG" load "$D/triples.jsonl" -o "$D/g.kgb"
command -v wrk >/dev/null || echo "note: wrk missing (apt-get install wrk): the load test is skipped"
echo "== kg serve on $D/g.kgb (load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
/usr/bin/python3 "$ROOT/bench/serve_bench.py" "$KG" "$D/g.kgb" "$D/pairs.tsv" "$@"
