# Opens the HTML report in headless Chromium: the page renders (screenshot not blank),
# the DOM holds the inlined SVG maps, and the console reports no error (a CSP violation,
# a failed load or a script would show there). Skips when Chromium is not installed.
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium not installed: skipped"; exit 77; }
$KG load "$DATA/render/ecosystem.jsonl" -o g.json
$KG report g.json -o report.html --top 2 --pair "Yao Shunyu" OpenAI
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --enable-logging=stderr --v=0)
url="file://$PWD/report.html"
timeout 120 "$browser" "${flags[@]}" --user-data-dir="$(mktemp -d)" --window-size=1200,1800 \
  --screenshot="$PWD/shot.png" "$url" 2>shot.log || { cat shot.log; exit 1; }
timeout 120 "$browser" "${flags[@]}" --user-data-dir="$(mktemp -d)" --dump-dom "$url" >dom.html 2>dom.log
[ "$(grep -c '<svg' dom.html)" -eq 4 ] || { echo "expected 4 svg elements in the DOM"; exit 1; }
grep -q 'id="report-overview-node-alibaba"' dom.html
if grep -h 'CONSOLE' shot.log dom.log; then echo "console messages"; exit 1; fi
/usr/bin/python3 - shot.png <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, w, h = 8, b"", 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR": w, h = struct.unpack(">II", body[:8])
    if kind == b"IDAT": idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
distinct = len(set(raw))
print("screenshot %dx%d, %d bytes, %d distinct byte values" % (w, h, len(data), distinct))
assert w == 1200 and h == 1800
assert len(data) > 30000 and distinct > 64, "screenshot looks blank"
PY
