# Documents are identified by their text, not their file name:
#  - two articles both named article.txt are two documents;
#  - kg build --update with b/article.txt keeps the facts of a/article.txt;
#  - the same text saved twice is one document with two locations, and its facts do not
#    confirm themselves (a fact's confidence stays that of its one sentence);
#  - a syndicated copy (another header and footer, a sentence edited) is recognised as a
#    near-duplicate: it counts once in a fact's confidence and the report lists it with its
#    original;
#  - --update replaces a document only when the same source now holds another text.
json() { /usr/bin/python3 -c "import json,sys; g=json.load(open('$1')); $2"; }
yao='r=[r for r in g["relations"] if r["subject"]=="yao-shunyu" and r["predicate"]=="worked_at"][0]'

mkdir -p a b
cp "$CORPUS"/news/001_*.txt a/article.txt
cp "$CORPUS"/news/004_*.txt b/article.txt
"$KG" build a b -o two.json 2> log.txt
grep -q "from 2 documents" log.txt
json two.json 'assert sorted(d["name"] for d in g["documents"]) == ["article.txt", "b/article.txt"], g["documents"]'
grep -q '"doc": "b/article.txt"' two.json
grep -q '"doc": "article.txt"' two.json

# --update with the other folder keeps the first article's facts.
"$KG" build a -o up.json
"$KG" build --update b -o up.json
grep -q '"Yao Shunyu"' up.json
json up.json 'assert len(g["documents"]) == 2'

# The same text under two names: one document, two locations, no self-confirmation.
mkdir same
cp a/article.txt same/one.txt
cp a/article.txt same/two.txt
"$KG" build same -o same.json 2> log.txt
grep -q "from 1 documents" log.txt
grep -q "1 file holds the text of another" log.txt
json same.json 'd=g["documents"]; assert len(d)==1 and d[0]["locations"]==["same/one.txt","same/two.txt"], d'
json same.json "$yao"'; assert len(r["evidence"])==1 and r["confidence"]==r["evidence"][0]["confidence"], r'
# ... and an update that only finds the text elsewhere adds the location, reads nothing.
"$KG" build a -o loc.json
mkdir moved && cp a/article.txt moved/renamed.txt
"$KG" build --update moved -o loc.json 2> log.txt
grep -q "up to date" log.txt
json loc.json 'd=g["documents"]; assert d[0]["locations"]==["a/article.txt","moved/renamed.txt"], d'

# A syndicated copy: its own header and footer, one sentence edited.
mkdir wire
cp a/article.txt wire/original.txt
{ echo "Publié par Le Quotidien de l'IA, avec AFP"; echo
  sed 's/ne serait probablement pas le cas avant 2030/ne devrait pas arriver avant la fin de la décennie/' a/article.txt
  echo; echo "Tous droits de reproduction réservés. Abonnez-vous à notre lettre quotidienne."; } > wire/republished.txt
"$KG" build wire -o wire.json 2> log.txt
grep -q "1 document is a near-duplicate copy" log.txt
json wire.json 'd={x["name"]: x for x in g["documents"]}; assert d["republished.txt"]["copy_of"]=="original.txt" and d["original.txt"]["copy_of"]=="", d'
json wire.json "$yao"'; assert len(r["evidence"])==2 and r["confidence"]==max(e["confidence"] for e in r["evidence"]), r'
# Without the copy marks (a version 1 graph did not have them) the same facts would count twice.
"$KG" report wire.json -o report.md 2>/dev/null
grep -q 'republished\.txt (same story as original\.txt)' report.md
"$KG" report wire.json -o report.html 2>/dev/null
grep -q 'republished.txt (same story as original.txt)' report.html
# Two articles on other stories are nobody's copy.
"$KG" build "$CORPUS"/news -o news.json
json news.json 'assert all(d["copy_of"]=="" for d in g["documents"])'

# --update: a file whose text changed replaces its facts; its name stays.
printf 'Zhipu AI, a Chinese startup founded by Zhang Peng, launched GLM-4.\n' > a/article.txt
"$KG" build --update a -o up.json 2> log.txt
grep -q "1 replaced" log.txt
if grep -q '"Yao Shunyu"' up.json; then echo "facts of the replaced text remain"; exit 1; fi
grep -q '"Zhipu AI"' up.json
json up.json 'assert sorted(d["name"] for d in g["documents"]) == ["article.txt", "b/article.txt"], g["documents"]'

# Same bytes whatever the number of jobs.
"$KG" build a b wire same --jobs 1 -o j1.json
"$KG" build a b wire same --jobs 3 -o j3.json
cmp j1.json j3.json
