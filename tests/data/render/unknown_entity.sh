# Unknown entities (focus, path) exit 2 with suggestions and write nothing.
$KG load "$DATA/render/ecosystem.jsonl" -o g.json
for args in "--focus Alibeba" "--path Alibeba OpenAI" "--path OpenAI Alibeba"; do
  set +e
  $KG render g.json -o x.svg $args 2>err.txt; code=$?
  set -e
  [ "$code" = 2 ] || { echo "$args: exit $code"; cat err.txt; exit 1; }
  grep -q "no entity 'Alibeba'; did you mean: Alibaba" err.txt
  [ ! -e x.svg ]
done
# Names resolve case- and accent-insensitively.
$KG render g.json -o ok.svg --focus ALIBABA
$KG render g.json -o ok2.svg --path "yao shunyu" "openai"
