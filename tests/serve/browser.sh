# kg serve in headless Chromium through Selenium (tests/serve/browser_test.py); skips when
# python3-selenium, chromium or chromedriver is missing. KG_GALLERY=DIR also copies the
# screenshots of the entity page and the path finder there (the README's are made so).
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
/usr/bin/python3 -c 'import selenium' 2>/dev/null || { echo "python3-selenium not installed: skipped"; exit 77; }
command -v chromedriver >/dev/null || { echo "chromedriver not installed: skipped"; exit 77; }
$KG build "$CORPUS/news" -o seed.json 2>/dev/null
$KG load "$DATA/render/hostile.jsonl" -o hostile.json 2>/dev/null
timeout 240 /usr/bin/python3 "$here/browser_test.py" "$KG" seed.json hostile.json shots
if [ -n "${KG_GALLERY:-}" ]; then
  cp shots/entity.png "$KG_GALLERY/serve-entity.png"
  cp shots/path.png "$KG_GALLERY/serve-path.png"
fi
