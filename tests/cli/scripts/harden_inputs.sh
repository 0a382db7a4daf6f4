# Issue 12 items 7 and 8: inputs that hung kg, crashed it or gave a wrong success.
lex=(--no-default-lexicon --lexicon "$DATA/extract/lexicon.json")
fails() {  # fails EXIT PATTERN CMD...: exit code and a one-line message
  local want=$1 pat=$2; shift 2
  set +e; "$@" >out.txt 2>err.txt; local got=$?; set -e
  [ "$got" = "$want" ] || { echo "exit $got, want $want: $*"; cat err.txt; exit 1; }
  grep -v '^Run with --help' err.txt > msg.txt || true   # CLI11's usage hint
  [ "$(wc -l <msg.txt)" = 1 ] && grep -q -- "$pat" msg.txt || { echo "want one line /$pat/: $*"; cat err.txt; exit 1; }
}
"$KG" build "${lex[@]}" "$DATA/extract/corpus.jsonl" -o g.json 2>/dev/null
"$KG" build "${lex[@]}" "$DATA/extract/corpus.jsonl" -o g.kgb 2>/dev/null

# A FIFO as an article is refused at once (it blocked in open() forever); one inside a
# directory is skipped with a warning.
mkfifo f.txt
fails 1 "f.txt: a FIFO, not an article file" timeout 20 "$KG" build "${lex[@]}" f.txt -o x.json
mkdir corpus && cp "$DATA/extract/page.html" corpus/ && mkfifo corpus/pipe.txt
timeout 20 "$KG" extract "${lex[@]}" corpus >/dev/null 2>err.txt
grep -q "pipe.txt: a FIFO, not an article file; skipped" err.txt

# A graph from a pipe (the .kgb sniff consumed it: "malformed JSON at byte 0").
"$KG" stats <(cat g.json) | grep -q "relations: *3"
"$KG" stats <(cat g.kgb) | grep -q "relations: *3"
# Waiting on a FIFO with no writer: SIGTERM and SIGINT end it (exit 130), no hang.
mkfifo g.fifo
for sig in TERM INT; do
  "$KG" stats g.fifo 2>err.txt & pid=$!
  sleep 1
  kill -s $sig $pid
  set +e; wait $pid; rc=$?; set -e
  [ "$rc" = 130 ] || { echo "SIG$sig: exit $rc"; cat err.txt; exit 1; }
  grep -q "interrupted" err.txt
done

# A symbolic link loop in a directory is a warning, not "internal error" (exit 3).
mkdir looped && cp "$DATA/extract/page.html" looped/ && ln -s loop1.txt looped/loop2.txt && ln -s loop2.txt looped/loop1.txt
"$KG" extract "${lex[@]}" looped >/dev/null 2>err.txt
grep -q "loop1.txt: Too many levels of symbolic links; skipped" err.txt
# Unreadable directories are named (checked as an unprivileged user; root reads anything).
mkdir -p locked/sub && cp "$DATA/extract/page.html" locked/ && cp "$DATA/extract/page.html" locked/sub/b.html
chmod 000 locked/sub && chmod 755 locked
as_user=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv >/dev/null && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
if [ "$(id -u)" != 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  chmod o+rx . 2>/dev/null || true
  if "${as_user[@]}" test -r locked/page.html; then
    "${as_user[@]}" "$KG" extract "${lex[@]}" locked >/dev/null 2>err.txt
    grep -q "locked/sub: cannot read directory: Permission denied; skipped" err.txt
    fails 1 "locked/sub: cannot read directory: Permission denied" "${as_user[@]}" "$KG" extract "${lex[@]}" locked/sub
  fi
fi
chmod 755 locked/sub

# Numbers that wrapped or were accepted: usage errors naming the option.
fails 2 "max-nodes" "$KG" render g.json -o m.svg --max-nodes -3
fails 2 "max-nodes" "$KG" render g.json -o m.svg --max-nodes 18446744073709551616
fails 2 "timeout" "$KG" render g.json -o m.svg --timeout nan
fails 2 "top" "$KG" rank g.json --top -1
fails 2 "jobs" "$KG" extract "${lex[@]}" --jobs -2 "$DATA/extract/page.html"

# kg eval: empty input is an error; a .kgb graph is scored like its JSON form.
python3 -c 'import json; json.dump({"entities":[{"id":"norvex","name":"Norvex","type":"Company"},{"id":"jun","name":"Jun Takeda","type":"Person"}],"triples":[{"subject":"jun","predicate":"founded","object":"norvex"}]}, open("gold.json","w"))'
: > empty.jsonl
fails 1 "empty.jsonl: nothing to score" "$KG" eval --gold gold.json empty.jsonl
"$KG" eval --gold gold.json g.json | tail -1 > json_score.txt
"$KG" eval --gold gold.json g.kgb | tail -1 > kgb_score.txt
cmp json_score.txt kgb_score.txt

# A NUL inside a name is refused, not cut short.
printf '%s\n' '{"subject":"Open\u0000AI","predicate":"develops","object":"GPT-4"}' > nul.jsonl
fails 1 "nul.jsonl:1: \"subject\" name holds a NUL character" "$KG" load nul.jsonl -o n.json

# Betweenness: sampled on request and said so; an exact run on a large graph stops on Ctrl-C.
"$KG" rank g.json --by betweenness --samples 2 2>err.txt >/dev/null
grep -q "estimated from 2 sampled entities of 5" err.txt
python3 - <<'PY'
import json, random
random.seed(1)
with open("big.jsonl", "w") as f:
    for i in range(20000):
        hub = random.randrange(20)
        f.write(json.dumps({"subject": f"E{i}", "predicate": "uses", "object": f"E{hub if i % 3 else (i * 7919) % 20000}"}) + "\n")
PY
"$KG" load big.jsonl -o big.kgb 2>/dev/null
"$KG" rank big.kgb --by betweenness --samples 0 >/dev/null 2>err.txt & pid=$!
sleep 2
kill -INT $pid
set +e; wait $pid; rc=$?; set -e
[ "$rc" = 130 ] || { echo "betweenness: exit $rc"; cat err.txt; exit 1; }
