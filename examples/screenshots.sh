#!/usr/bin/env bash
# The README's screenshots of kg serve (examples/screenshots/serve-entity.png and
# serve-path.png): runs the browser test (tests/serve/browser_test.py: headless Chromium
# through Selenium, on the graph of the bundled articles) and keeps its screenshots of the
# entity page and the path finder. Needs chromium, chromium-driver and python3-selenium
# (./dev test installs them), and a CJK font for the Chinese aliases (fonts-wqy-microhei),
# else they show as boxes. KG=path/to/kg overrides the binary (default build/kg).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
KG=$(readlink -f "${KG:-$root/build/kg}")
[ -x "$KG" ] || { echo "kg not found at $KG: build it first (./dev build), or set KG=path/to/kg" >&2; exit 1; }
fc-list :lang=zh 2>/dev/null | grep -q . ||
  echo "note: no CJK font (apt-get install fonts-wqy-microhei): Chinese aliases will show as boxes" >&2
mkdir -p "$here/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
(cd "$work" && KG=$KG CORPUS=$root/corpus DATA=$root/tests/data KG_GALLERY=$here/screenshots \
  bash -eu -o pipefail "$root/tests/serve/browser.sh") || status=$?
[ $status -eq 77 ] && { echo "skipped: chromium, chromedriver or python3-selenium is missing" >&2; exit 1; }
[ $status -eq 0 ] || exit $status
ls -l "$here"/screenshots/serve-*.png
