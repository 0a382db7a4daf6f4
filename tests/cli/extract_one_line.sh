# Documents without line breaks keep their facts (issue 12, item 5): each bundled article
# written on one line (as scraped .jsonl often is) gives the triples it gives with its line
# breaks, and what boilerplate removal dropped is said on stderr and in --explain; a
# document of boilerplate only is named in a warning, never dropped silently.
for f in "$CORPUS"/news/*.txt; do
  name=$(basename "$f")
  tr '\n' ' ' < "$f" > "$name"
  # the same facts: subject, predicate, object (the first five fields of each line)
  "$KG" extract "$f" 2>/dev/null | cut -d, -f1-5 | sort -u > lines.txt
  "$KG" extract "$name" 2>/dev/null | cut -d, -f1-5 | sort -u > one.txt
  test -s lines.txt
  diff lines.txt one.txt || { echo "$name: the one-line version gives other triples"; exit 1; }
done
# the article with a disclaimer, a credit line and reader comments says what went
"$KG" extract "$(ls "$CORPUS"/news/000_*.txt)" 2> err.txt > /dev/null
grep -q "boilerplate: dropped [0-9]* parts" err.txt
"$KG" extract --explain 000_*.txt 2> /dev/null | grep -q 'dropped: boilerplate phrase "titre original"'
# all boilerplate: a warning naming the document
printf 'Read more: Nvidia unveils a chip\nReply\n13 Likes\n' > boiler.txt
"$KG" extract boiler.txt 2> err.txt > out.jsonl
grep -q "warning: boiler.txt: all of its text was dropped as boilerplate" err.txt
test ! -s out.jsonl
