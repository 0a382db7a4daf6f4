# One command line: every command lists its options, has examples, and lists the valid
# predicates and types where it takes them; the same idea has the same name and short flag
# everywhere; an unknown command is named and the commands listed.
check() {
  local cmd=$1; shift
  $KG "$cmd" --help > help.txt
  for opt in "$@"; do
    grep -q -- "$opt" help.txt || { echo "kg $cmd --help does not list $opt"; exit 1; }
  done
}
check load --output --lexicon
check path --max-hops --predicate --type --directed --weighted --k --json --batch --as-of --since
check neighbors --depth --predicate --type --json --as-of --since
check subgraph --depth --output --predicate --type --as-of --since
check stats --json
check entities --type --match --json
check rank --by --type --top --json
check components --communities --seed --json --top
check facts --predicate --type --entity --doc --as-of --since --undated --format --from-lexicon --all-evidence
# Shared options: the same long name and short flag on every command that takes them.
for c in path neighbors subgraph render report facts; do check $c "-p,--predicate" "-t,--type" "--as-of" "--since" "--undated"; done
for c in neighbors subgraph render report; do check $c "-d,--depth"; done
for c in rank components report; do check $c "-n,--top"; done
for c in build subgraph load merge render report export; do check $c "-o,--output"; done
for c in render report; do check $c "--path FROM TO" "--max-nodes" "--from-lexicon" "--title"; done
for c in build extract; do check $c "-j,--jobs" "--lexicon"; done
# Every --help has examples; where predicates or types are taken, it lists them.
for c in build extract eval load path neighbors subgraph stats entities rank components facts render report merge export serve; do
  $KG $c --help > help.txt
  grep -q "^Examples:" help.txt || { echo "kg $c --help has no examples"; exit 1; }
  if grep -q -- "--predicate" help.txt; then grep -q "^Predicates: develops works_at" help.txt || { echo "kg $c --help does not list the predicates"; exit 1; }; fi
  if grep -q -- "--type" help.txt; then grep -q "^Entity types: Person Company" help.txt || { echo "kg $c --help does not list the types"; exit 1; }; fi
done
# The old names still work: kg render --focus, kg report --pair and --overview-nodes, kg components --show.
$KG build "$CORPUS/news" -o g.json 2>/dev/null
$KG render g.json --focus DeepSeek -o a.dot 2>/dev/null
$KG render g.json DeepSeek -o b.dot 2>/dev/null
cmp a.dot b.dot
$KG report g.json -o r.md --pair Tencent OpenAI --overview-nodes 10 2>/dev/null
$KG components g.json --show 1 | grep -q '\.\.\. 8 more'
# kg frobnicate names the command and lists the commands.
rc=0; $KG frobnicate 2> err.txt || rc=$?
[ "$rc" = 2 ]
grep -qx "kg: unknown command 'frobnicate'" err.txt
grep -qx "commands: build extract eval load path neighbors subgraph stats entities rank components facts render report merge export serve" err.txt
