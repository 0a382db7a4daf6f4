# Ctrl-C during a long build: exit 130, the previous graph file intact, no temporary left.
command -v python3 >/dev/null || exit 77
"$KG" build "$CORPUS/news" -o g.json
cp g.json before.json
# A corpus that takes seconds to extract (about 40 MB: the seeds, many times, as JSONL).
python3 - "$CORPUS/news" <<'PY'
import json, os, sys
src = sys.argv[1]
texts = [open(os.path.join(src, f), encoding="utf-8").read() for f in sorted(os.listdir(src))]
with open("big.jsonl", "w", encoding="utf-8") as out:
    for i in range(3200):
        out.write(json.dumps({"id": "doc%05d" % i, "text": texts[i % len(texts)] + "\n(copy %d)" % i},
                             ensure_ascii=False) + "\n")
PY
"$KG" build big.jsonl -o g.json --jobs 1 2> err.txt &
pid=$!
sleep 1.5
kill -INT $pid
set +e
wait $pid; code=$?
set -e
cat err.txt
[ "$code" = 130 ] || { echo "expected exit 130 after SIGINT, got $code"; exit 1; }
grep -qi "interrupted" err.txt
cmp before.json g.json
[ -z "$(ls -A | grep -v -x -e g.json -e before.json -e big.jsonl -e err.txt || true)" ] || { ls -A; echo "temporary files left"; exit 1; }
