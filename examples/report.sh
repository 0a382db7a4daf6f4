#!/usr/bin/env bash
# A self-contained report: open the HTML in any browser, or send it as one file (all maps
# inlined, nothing loaded from the network). The Markdown version links sibling SVG files.
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$KG" report "$GRAPH" -o "$OUT/report.html" --title "AI industry: who builds what" -n 3 \
  --path "Yao Shunyu" OpenAI
"$KG" report "$GRAPH" -o "$OUT/md/report.md" --title "AI industry: who builds what" -n 3
echo "open $OUT/report.html (or $OUT/md/report.md)"
