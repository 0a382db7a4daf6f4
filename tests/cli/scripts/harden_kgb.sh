# Issue 12 item 3: a damaged .kgb is "damaged graph file" naming it, never a crash, in every
# command that reads graphs, kg build --update included (an unchecked evidence row crashed it).
"$KG" build --no-default-lexicon --lexicon "$DATA/extract/lexicon.json" "$DATA/extract/corpus.jsonl" -o g.kgb 2>/dev/null
size=$(stat -c %s g.kgb)
refused=0
for pos in $(seq 16 $((size / 24 + 1)) "$size"); do
  python3 - "$pos" <<'PY'
import sys
b = bytearray(open("g.kgb", "rb").read()); p = int(sys.argv[1]); b[p] ^= 0x81 if p % 2 else 0x10
open("d.kgb", "wb").write(b)
PY
  for cmd in "build --update --no-default-lexicon --lexicon $DATA/extract/lexicon.json $DATA/extract/corpus.jsonl -o d.kgb" \
             "export d.kgb --format graphml -o d.graphml" "stats d.kgb"; do
    cp d.kgb keep.kgb
    set +e; $KG $cmd >out.txt 2>err.txt; rc=$?; set -e
    if [ "$rc" != 0 ] && { [ "$rc" != 1 ] || ! grep -q "d.kgb: damaged graph file" err.txt; }; then
      echo "byte $pos, kg $cmd: exit $rc"; cat err.txt; exit 1
    fi
    [ "$rc" = 1 ] && refused=$((refused + 1))
    cp keep.kgb d.kgb
  done
done
[ "$refused" -gt 0 ]
