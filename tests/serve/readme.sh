# The README's kg serve examples (its "Browser explorer" section) run as written and print
# what it shows (tests/serve/readme_test.py), on the graph the README builds.
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
command -v curl >/dev/null || { echo "curl not installed: skipped"; exit 77; }
mkdir -p out
$KG build "$CORPUS/news" -o out/graph.json 2>/dev/null
timeout 120 /usr/bin/python3 "$here/readme_test.py" "$here/../../README.md" "$KG"
