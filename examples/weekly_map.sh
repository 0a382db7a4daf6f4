#!/usr/bin/env bash
# Next week's map, recognisable: entities already on last week's map stay where they
# were; only new ones are placed. Keep the layout file with the map.
set -euo pipefail
GRAPH=unused source "$(dirname "$0")/common.sh"
# Week 1 (here: the small triple file beside this script; use your own graphs).
"$KG" load "$(dirname "$0")/triples.jsonl" -o "$OUT/week1.json"
"$KG" render "$OUT/week1.json" -o "$OUT/week1.svg" --save-layout "$OUT/week1-layout.json"
# ... a week later, with a grown graph (here: the same facts plus a few new ones) ...
"$KG" load "$(dirname "$0")/triples.jsonl" "$(dirname "$0")/new_facts.jsonl" -o "$OUT/week2.json"
"$KG" render "$OUT/week2.json" -o "$OUT/week2.svg" --keep-layout "$OUT/week1-layout.json" \
  --save-layout "$OUT/week2-layout.json"
echo "compare $OUT/week1.svg and $OUT/week2.svg"
