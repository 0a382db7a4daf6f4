# Extraction quality on held-out articles never used to write the rules: heldout/ (8 FR/EN
# articles), heldout2/ (4 more, written later), heldout3/ and heldout4/ (2 more each), gold annotated by hand before running kg
# on them. Floors sit a little under the figures reached; a drop below them is a regression.
set -euo pipefail
check() {  # DIR FLOOR_P FLOOR_F1 FLOOR_ENTITY_F1
  local H="$DATA/extract/$1"
  "$KG" extract "$H" > "$1.jsonl"
  "$KG" eval --gold "$H/gold.json" "$1.jsonl" > "$1.txt"
  local P R F1 EF1
  read -r P R F1 < <(tail -1 "$1.txt" | sed -E 's/.*P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+).*/\1 \2 \3/')
  EF1=$(grep '^entities:' "$1.txt" | sed -E 's/.*F1=([0-9.]+).*/\1/')
  echo "$1: P=$P R=$R F1=$F1 entity F1=$EF1"
  awk -v p="$P" -v f="$F1" -v e="$EF1" -v fp="$2" -v ff="$3" -v fe="$4" -v d="$1" 'BEGIN {
    bad = 0
    if (p < fp) { print d ": precision " p " < floor " fp; bad = 1 }
    if (f < ff) { print d ": triple F1 " f " < floor " ff; bad = 1 }
    if (e < fe) { print d ": entity F1 " e " < floor " fe; bad = 1 }
    exit bad }' || { cat "$1.txt"; return 1; }
  # no triple comes from reader comments, disclaimers, tickers or links to other pages
  ! grep -E '"sentence":"(Comments|Commentaires|TechFan88|CryptoKing|Marc_75|Sophie L|dev_guy|wang_88|Disclaimer|Clause de non|Read also|Read more|Related|À lire aussi|Lire aussi|Vous aimerez|BTC |NVDA |ASML 642|BIDU |AMZN |SKHYNIX |Lucie M|- |1\. )' "$1.jsonl"
}
# (heldout P 0.964 since 2026-12-07: "Meta hires Scale AI's Alexandr Wang" reads Scale AI as his former
# employer, the hand gold of the time has him still leading it)
check heldout 0.96 0.86 0.94
check heldout2 0.95 0.80 0.88
check heldout3 0.95 0.75 0.86
check heldout4 0.87 0.65 0.75
