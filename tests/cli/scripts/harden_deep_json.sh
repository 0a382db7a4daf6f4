# Issue 12 item 2: deeply nested JSON is a one-line error in every JSON reader (it was a
# stack overflow), and one bad line of a .jsonl corpus is reported and skipped.
deep() { python3 -c "import sys; sys.stdout.write('$1' * 200000)"; }
one_line_error() {  # one_line_error EXPECTED_EXIT PATTERN CMD...
  local want=$1 pat=$2; shift 2
  set +e; "$@" >out.txt 2>err.txt; local got=$?; set -e
  if [ "$got" != "$want" ]; then echo "exit $got, want $want: $*"; cat err.txt; exit 1; fi
  if [ "$(wc -l <err.txt)" != 1 ] || ! grep -q -- "$pat" err.txt; then echo "want one line /$pat/: $*"; cat err.txt; exit 1; fi
}
deep '[' > deep.json
deep '{"a":' > deep_obj.json
"$KG" build --no-default-lexicon --lexicon "$DATA/extract/lexicon.json" "$DATA/extract/corpus.jsonl" -o g.json --triples t.jsonl 2>/dev/null

one_line_error 1 "deep.json: malformed JSON.*nesting deeper" "$KG" stats deep.json
one_line_error 1 "deep_obj.json: malformed JSON.*nesting deeper" "$KG" stats deep_obj.json
one_line_error 1 "deep.json.*nesting deeper" "$KG" extract --lexicon deep.json "$DATA/extract/corpus.jsonl"
one_line_error 1 "deep.json.*nesting deeper" "$KG" extract --rules deep.json "$DATA/extract/corpus.jsonl"
one_line_error 1 "deep.json.*nesting deeper" "$KG" eval --gold deep.json t.jsonl
one_line_error 1 "deep.json.*nesting deeper" "$KG" render g.json --keep-layout deep.json -o map.svg
{ deep '['; echo; } > deep_triples.jsonl
one_line_error 1 "deep_triples.jsonl.*nesting deeper" "$KG" load deep_triples.jsonl -o g2.json

# A .jsonl corpus: a bad line (too deep, malformed, wrong type) is named and skipped; the
# good lines still give their facts.
{ head -1 "$DATA/extract/corpus.jsonl"; deep '['; echo; echo '{"id":"x",'; echo '{"id":"n","text":12345}'; sed -n 2p "$DATA/extract/corpus.jsonl"; } > mixed.jsonl
"$KG" build --no-default-lexicon --lexicon "$DATA/extract/lexicon.json" mixed.jsonl -o m.json 2>err.txt
grep -q "mixed.jsonl:2: malformed JSON.*nesting deeper.*line skipped" err.txt
grep -q "mixed.jsonl:3: malformed JSON" err.txt
grep -q 'mixed.jsonl:4: "text" must be a string' err.txt
grep -q '"name": "a1"' m.json && grep -q '"name": "a2"' m.json
# Every line bad: an error, not an empty graph.
{ deep '['; echo; echo '{"text":12345}'; } > allbad.jsonl
set +e; "$KG" build allbad.jsonl -o bad.json 2>err.txt; rc=$?; set -e
[ "$rc" = 1 ] && grep -q "allbad.jsonl: no valid article in 2 lines" err.txt && [ ! -e bad.json ]
