# kg load --lexicon: lexicon entities give type, country and aliases to the entities the
# triples name, so aliases resolve in the loaded graph; unnamed lexicon entities stay out.
D=$DATA/graph
# Without a lexicon, "Alibaba Group" is an entity of its own and Chinese names are unknown.
$KG load "$D/seeds.jsonl" "$D/extra_en.jsonl" -o plain.json 2>/dev/null
$KG entities plain.json --json > plain_e.json
/usr/bin/python3 -c '
import json; names = {e["name"] for e in json.load(open("plain_e.json"))}
assert "Alibaba Group" in names and "Washington" in names, names'
rc=0; $KG neighbors plain.json "阿里巴巴" > /dev/null 2>&1 || rc=$?
[ "$rc" = 2 ]
# With two lexicons (the option repeats), in both graph formats.
for ext in json kgb; do
  $KG load "$D/seeds.jsonl" "$D/extra_en.jsonl" --lexicon "$D/lexicon.json" --lexicon "$D/lexicon_models.json" \
    -o lex.$ext 2> load.err
  grep -q "lexicon entities used" load.err
  $KG entities lex.$ext --json > e.json
  /usr/bin/python3 -c '
import json; ents = {e["name"]: e for e in json.load(open("e.json"))}
assert "Alibaba Group" not in ents and "Washington" not in ents, sorted(ents)
assert "Mistral AI" not in ents, "a lexicon entity no triple names was added"
a = ents["Alibaba"]
assert a["country"] == "China" and a["type"] == "Company", a
assert "Alibaba Group" in a["aliases"] and "阿里巴巴" in a["aliases"], a
us = ents["United States"]
assert us["type"] == "Country" and "Washington" in us["aliases"], us
assert ents["Qwen"]["country"] == "China" and "Tongyi Qianwen" in ents["Qwen"]["aliases"]
assert "腾讯" in ents["Tencent"]["aliases"]'
  # Aliases (any case or accent) resolve in every query command.
  $KG neighbors lex.$ext "阿里巴巴" | grep -q "^Alibaba (Company)"
  $KG neighbors lex.$ext "alibaba group" | grep -q "^Alibaba (Company)"
  $KG path lex.$ext "Tongyi Qianwen" "etats-unis" --json | grep -q '"path":\["Qwen",.*"United States"\]'
  $KG path lex.$ext "腾讯" Washington > /dev/null
done
cmp <($KG entities lex.json --json) <($KG entities lex.kgb --json)
# The same lexicon from the corpus (the format kg extract/build read) loads too.
$KG load "$D/seeds.jsonl" --lexicon "$CORPUS/lexicon/companies.json" -o corpus.kgb 2>/dev/null
$KG entities corpus.kgb --json | /usr/bin/python3 -c '
import json, sys; ents = {e["name"]: e for e in json.load(sys.stdin)}
assert ents["OpenAI"]["country"] == "United States", ents["OpenAI"]'
# Bad lexicons: one line naming the file, exit 1, no graph written.
rc=0; $KG load "$D/seeds.jsonl" --lexicon nope.json -o bad.json 2> err.txt || rc=$?
[ "$rc" = 1 ] && grep -q "nope.json: no such file" err.txt && [ ! -e bad.json ]
printf '{"entities": [{"name": "X", "type": "Planet"}]}' > planet.json
rc=0; $KG load "$D/seeds.jsonl" --lexicon planet.json -o bad.json 2> err.txt || rc=$?
[ "$rc" = 1 ] && grep -q "planet.json: entity 1 (X): unknown type 'Planet'" err.txt && [ ! -e bad.json ]
[ "$(wc -l < err.txt)" = 1 ]
# The same graph file, byte for byte, whatever the number of threads reading the triples.
for j in 1 3; do
  $KG load "$D/seeds.jsonl" "$D/extra_en.jsonl" --lexicon "$D/lexicon.json" --lexicon "$D/lexicon_models.json" \
    --jobs $j -o j$j.kgb 2>/dev/null
done
cmp lex.kgb j1.kgb
cmp lex.kgb j3.kgb
