# The examples users copy keep working: run each with this kg, outputs in the scratch dir.
examples=$(cd "$DATA/../../examples" && pwd)
export OUT=$PWD/out
for s in map_for_report path_query report weekly_map; do
  bash "$examples/$s.sh" >"$s.log" 2>&1 || { echo "examples/$s.sh failed:"; cat "$s.log"; exit 1; }
done
for f in ecosystem.svg ecosystem.pdf ecosystem.png companies-models.svg path.svg ego.svg report.html \
         md/report.md week1.svg week2.svg week2-layout.json; do
  [ -s "out/$f" ] || { echo "missing out/$f"; exit 1; }
done
xmllint --noout out/ecosystem.svg out/path.svg out/week2.svg
