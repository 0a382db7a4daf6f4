#!/usr/bin/env bash
# extract_bench.sh [KG] [SIZES_MB...]: throughput and memory of `kg extract`.
#
# Builds JSONL corpora of the given sizes (default 20 and 100 MB) from the seed articles
# in corpus/news, with names varied deterministically (company, model and person names
# replaced by generated ones, so the lexicon misses many and discovery runs), then times
# `kg extract --jobs 1` on each and prints MB/s per core and peak RSS. Memory should stay
# flat as the corpus grows (documents are streamed). Use a Release build:
#   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-rel --target kg extract_bench
#   bench/extract_bench.sh build-rel/kg 20 100
# The script is the entry point (it makes the corpus). When the C++ bench program
# extract_bench (bench/extract_bench.cpp) is built beside KG (BUILD/bench/extract_bench), it
# also runs it on each corpus: the extractor in-process on one thread, CPU time and peak RSS
# from getrusage, and a checksum of the output (compare it before/after a change). Target
# (issue 3): >= 20 MB/s per core on the 100 MB corpus, peak RSS flat across sizes.
# BENCH_DIR=DIR keeps the generated corpora there (reused by later runs).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
KG=${1:-$here/build/kg}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(20 100)
work=${BENCH_DIR:-$(mktemp -d /tmp/kg_extract_bench.XXXXXX)}
mkdir -p "$work"  # BENCH_DIR may name a folder that does not exist yet
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

gen() {  # gen SIZE_MB OUT
  /usr/bin/python3 - "$here/corpus/news" "$1" "$2" <<'PY'
import json, os, random, sys
src, mb, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = [open(os.path.join(src, f), encoding="utf-8").read() for f in sorted(os.listdir(src)) if f.endswith(".txt")]
rng = random.Random(42)  # deterministic
syl = ["ka", "lo", "mi", "ren", "to", "va", "zu", "dri", "po", "sen", "qua", "nex", "vor", "li", "tan", "bel"]
def name(cap=True):
    s = "".join(rng.choice(syl) for _ in range(rng.randint(2, 3)))
    return s.capitalize() if cap else s
targets = ["Alibaba", "Tencent", "DeepSeek", "Deepseek", "OpenAI", "Qwen", "Nvidia", "Huawei",
           "MiniMax", "Zhipu AI", "Baidu", "Yao Shunyu", "Lin Junyang", "Tang Jie", "Anthropic"]
limit, size, i = mb * 1024 * 1024, 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < limit:
        text = docs[i % len(docs)]
        if i >= len(docs):  # first copies verbatim, then varied names
            for t in targets:
                if rng.random() < 0.6:
                    text = text.replace(t, name() if " " not in t else name() + " " + name())
        line = json.dumps({"id": "doc%06d" % i, "date": "2025-01-%02d" % (1 + i % 28), "lang": "fr", "text": text},
                          ensure_ascii=False)
        f.write(line + "\n")
        size += len(line.encode("utf-8")) + 1
        i += 1
PY
}

# MB/s per core = bytes / CPU seconds (user + sys) of the single-threaded run, which
# holds up on a shared machine; wall-clock MB/s is printed beside it.
inproc=$(dirname "$KG")/bench/extract_bench
echo "kg extract --jobs 1 (whole command: read, extract, write JSONL):"
printf "%-8s %10s %10s %10s %14s %12s %10s\n" "corpus" "bytes" "wall_s" "MB/s_wall" "MB/s_per_core" "peak_RSS_MB" "triples"
for mb in "${sizes[@]}"; do
  corpus=$work/corpus_${mb}MB.jsonl
  [ -f "$corpus" ] || gen "$mb" "$corpus"
  bytes=$(stat -c %s "$corpus")
  start=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o "$work/rss" "$KG" extract --jobs 1 "$corpus" > "$work/out.jsonl"
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc -l)
  read -r rss_kb usr sys < <(tail -1 "$work/rss")
  cpu=$(echo "$usr + $sys" | bc -l)
  printf "%-8s %10d %10.2f %10.1f %14.1f %12.1f %10d\n" "${mb}MB" "$bytes" "$secs" \
    "$(echo "$bytes / 1048576 / $secs" | bc -l)" "$(echo "$bytes / 1048576 / $cpu" | bc -l)" \
    "$(echo "$rss_kb / 1024" | bc -l)" "$(wc -l < "$work/out.jsonl")"
done

if [ -x "$inproc" ]; then
  echo
  echo "extract_bench (in-process, one thread):"
  lines=1,2p  # the header once
  for mb in "${sizes[@]}"; do
    "$inproc" "$work/corpus_${mb}MB.jsonl" | sed -n "$lines"
    lines=2p
  done
fi
