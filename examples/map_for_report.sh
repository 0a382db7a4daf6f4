#!/usr/bin/env bash
# A map to put in a report: the most important entities, clustered by country, as SVG (for
# the web; ids prefixed so several maps can share a page) and PDF/PNG (for print/slides).
set -euo pipefail
source "$(dirname "$0")/common.sh"
"$KG" render "$GRAPH" -o "$OUT/ecosystem.svg" --title "The AI ecosystem" --max-nodes 80 --cluster-by country
"$KG" render "$GRAPH" -o "$OUT/ecosystem.pdf" --title "The AI ecosystem" --max-nodes 80 --cluster-by country
"$KG" render "$GRAPH" -o "$OUT/ecosystem.png" --title "The AI ecosystem" --max-nodes 80
# Only companies and their models, with each node linking to your own notes:
"$KG" render "$GRAPH" -o "$OUT/companies-models.svg" --type company --type model \
  --link-template 'https://wiki.example.org/entities/{id}'
echo "maps written to $OUT/"
