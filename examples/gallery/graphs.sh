# Sourced by make_gallery.sh and bench/render_bench.sh: gallery_graphs KG DIR builds the
# gallery's graphs in DIR: seed.json (the bundled corpus), sparse.json (a first week of
# news in many pieces) and all.json (every real-news gold fact).
gallery_graphs() {
  local kg=$1 dir=$2 root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  "$kg" build "$root/corpus/news" -o "$dir/seed.json" 2>/dev/null
  "$kg" load "$root/tests/data/render/sparse.jsonl" -o "$dir/sparse.json" 2>/dev/null
  python3 "$root/examples/gallery/gold_triples.py" > "$dir/all.jsonl"
  "$kg" load "$dir/all.jsonl" -o "$dir/all.json" 2>/dev/null
}
