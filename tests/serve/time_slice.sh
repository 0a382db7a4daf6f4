# kg serve --as-of/--since/--undated: the server's default time slice, which a request's own
# dates replace, answering as the commands do with the same options (time_slice_test.py).
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
$KG load "$DATA/graph/dated.jsonl" -o dated.kgb 2>/dev/null
timeout 120 /usr/bin/python3 "$here/time_slice_test.py" "$KG" dated.kgb
