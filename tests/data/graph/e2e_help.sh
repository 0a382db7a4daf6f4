# Every graph command lists each of its options in --help.
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
check components --communities --seed --json
