# Issue 12 items 1, 6, 9: every output name is written the way its kind of file asks.
# Regular files are replaced atomically keeping their mode and hard links; symlinks are
# followed; devices, FIFOs and /dev/stdout are written through; write errors are one line
# with the path; an output that is an input is refused; stale temporaries are cleaned.
news="$DATA/extract/corpus.jsonl"
lex=(--no-default-lexicon --lexicon "$DATA/extract/lexicon.json")
fails() {  # fails EXIT PATTERN CMD...: exit code and one-line message
  local want=$1 pat=$2; shift 2
  set +e; "$@" >out.txt 2>err.txt; local got=$?; set -e
  [ "$got" = "$want" ] || { echo "exit $got, want $want: $*"; cat err.txt; exit 1; }
  [ "$(wc -l <err.txt)" = 1 ] && grep -q -- "$pat" err.txt || { echo "want one line /$pat/: $*"; cat err.txt; exit 1; }
}
"$KG" build "${lex[@]}" "$news" -o g.json 2>/dev/null
"$KG" extract "${lex[@]}" "$news" > t.jsonl

# Devices: written through, never replaced. Private nodes when root (so a regression cannot
# replace the machine's /dev/null), the real ones otherwise (a user cannot replace them).
if [ "$(id -u)" = 0 ]; then mknod null c 1 3; mknod full c 1 7; else ln -s /dev/null null; ln -s /dev/full full; fi
"$KG" build "${lex[@]}" "$news" -o null 2>/dev/null
[ -c null ] || [ -L null ]
fails 1 "full: write failed: No space left on device" "$KG" export g.json -o full --format csv
[ -c full ] || [ -L full ]
fails 1 "full: write failed" "$KG" extract "${lex[@]}" "$news" -o full
ls -a | grep -q '\.tmp-' && { echo "temporary left"; exit 1; }

# /dev/stdout is the descriptor: a redirected file gets the bytes, not replaced.
"$KG" extract "${lex[@]}" "$news" -o /dev/stdout > via_stdout.jsonl
cmp via_stdout.jsonl t.jsonl
"$KG" export g.json --format csv -o /dev/stdout | grep -q '^subject,'

# A FIFO is written through.
mkfifo fifo
cat fifo > from_fifo.csv & reader=$!
"$KG" export g.json --format csv -o fifo
wait $reader
[ -p fifo ] && grep -q '^subject,' from_fifo.csv

# A symlink keeps its place; its target gets the new content atomically.
cp g.json real.json && ln -s real.json link.json && echo stale > real.json
"$KG" build "${lex[@]}" "$news" -o link.json 2>/dev/null
[ -L link.json ] && cmp real.json g.json
ln -s sub/new.json dangling.json
"$KG" build "${lex[@]}" "$news" -o dangling.json 2>/dev/null
[ -L dangling.json ] && cmp sub/new.json g.json
ln -s loop_a loop_b && ln -s loop_b loop_a
fails 1 "loop_a: too many levels of symbolic links" "$KG" build "${lex[@]}" "$news" -o loop_a

# Mode and hard links survive a rewrite.
cp g.json private.json && chmod 600 private.json
"$KG" build "${lex[@]}" "$news" -o private.json 2>/dev/null
[ "$(stat -c %a private.json)" = 600 ]
echo old > linked.json && ln linked.json other_name.json
"$KG" build "${lex[@]}" "$news" -o linked.json 2>/dev/null
[ "$(stat -c %i linked.json)" = "$(stat -c %i other_name.json)" ] && cmp other_name.json g.json
mkdir adir
fails 1 "adir: is a directory" "$KG" build "${lex[@]}" "$news" -o adir

# Item 9: temporaries of dead processes are removed by the next write; a live one is kept.
echo junk > .g.json.tmp-4194305 && echo mine > ".g.json.tmp-$$"
"$KG" build "${lex[@]}" "$news" -o g.json 2>/dev/null
[ ! -e .g.json.tmp-4194305 ] && [ -e ".g.json.tmp-$$" ]
rm ".g.json.tmp-$$"

# Item 6: an output that is an input is refused, however spelled; the input is intact.
cp "$DATA/extract/page.html" a.html && cp a.html a.keep
fails 2 "a.html: is also an input" "$KG" extract "${lex[@]}" a.html -o a.html
fails 2 "is also an input" "$KG" extract "${lex[@]}" a.html -o ./a.html
ln -s a.html a_link.html
fails 2 "is also an input" "$KG" extract "${lex[@]}" a.html -o a_link.html
ln a.html a_hard.html
fails 2 "is also an input" "$KG" extract "${lex[@]}" . -o a_hard.html
cmp a.html a.keep
cp t.jsonl t.keep
fails 2 "t.jsonl: is also an input" "$KG" load t.jsonl -o t.jsonl
cmp t.jsonl t.keep
cp g.json g.keep
fails 2 "g.json: is also an input" "$KG" export g.json --format csv -o g.json
fails 2 "g.json: is also an input" "$KG" render g.json -o map.svg --save-layout g.json
cp g.json graph.svg && fails 2 "graph.svg: is also an input" "$KG" render graph.svg -o graph.svg
cp g.json graph.html && fails 2 "graph.html: is also an input" "$KG" report graph.html -o graph.html
fails 2 "g.json: is also an input" "$KG" subgraph g.json a1 -o g.json
fails 2 "g.json: is also an input" "$KG" merge g.json g.keep -o g.json
fails 2 "named for two outputs" "$KG" build "${lex[@]}" "$news" -o g2.json --triples g2.json
fails 2 "is also an input" "$KG" build "${lex[@]}" "$news" -o new.json --triples "$DATA/extract/lexicon.json"
cmp g.json g.keep
# --update reads the graph it then rewrites: that is allowed.
"$KG" build --update "${lex[@]}" "$news" -o g.json 2>/dev/null

# Item 9: a Markdown report that fails leaves no new sibling SVGs.
mkdir -p rep/report.md
set +e; "$KG" report g.json -o rep/report.md 2>err.txt; rc=$?; set -e
[ "$rc" = 1 ] && grep -q "is a directory" err.txt
[ -z "$(ls -A rep | grep -v '^report.md$')" ] || { echo "left behind:"; ls -a rep; exit 1; }
