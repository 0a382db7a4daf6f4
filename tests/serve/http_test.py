"""kg serve over real sockets: what only the HTTP layer decides (headers, methods, limits,
hosts, slow clients) and the atomic reload of a changed graph file.

    http_test.py KG SEED_GRAPH OTHER_GRAPH
"""
import json
import os
import shutil
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgserve import KgServe  # noqa: E402

kg, seed, other = sys.argv[1:4]


def json_error(status, headers, body, expected):
    assert status == expected, (status, expected, body[:200])
    assert headers["content-type"].startswith("application/json"), headers
    d = json.loads(body)
    assert d["status"] == expected and d["error"], d
    return d


def raw(port, data, read_timeout=10):
    """Sends raw bytes, returns what the server answers before closing (or timing out)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=read_timeout)
    try:
        s.sendall(data)
        out = b""
        while True:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            out += chunk
            if b"\r\n\r\n" in out:
                head, _, rest = out.partition(b"\r\n\r\n")
                length = [int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
                if length and len(rest) >= length[0]:
                    break
        return out
    finally:
        s.close()


with KgServe(kg, seed) as s:
    assert "127.0.0.1" in s.log[0] and "warning" not in "".join(s.log), s.log

    # Headers: a policy without inline code, no sniffing, no framing.
    status, h, body = s.get("/")
    assert status == 200 and h["content-type"].startswith("text/html")
    csp = h["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp, csp
    assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
    status, h, _ = s.get("/api/info")
    assert h["cache-control"] == "no-store" and "content-security-policy" in h
    status, h, body = s.request("HEAD", "/api/info")
    assert status == 200 and body == b""

    # Read-only: other methods are refused, whatever the path.
    for method in ["POST", "PUT", "DELETE", "PATCH"]:
        status, h, body = s.request(method, "/api/entity?id=alibaba", body=b"{}", headers={"Content-Type": "application/json"})
        json_error(status, h, body, 405)
        assert h["allow"] == "GET, HEAD"
    # A body is no business of this server: ignored on a GET, refused with the method else.
    status, h, body = s.request("GET", "/api/info", body=b"x" * 100000, headers={"Content-Type": "text/plain"})
    assert status == 200, status
    status, h, body = s.request("POST", "/api/info", body=b"x" * 100000, headers={"Content-Type": "text/plain"})
    assert status in (405, 413), status

    # Unknown entity: 404 with suggestions; bad dates and parameters: 400.
    d = json_error(*s.get("/api/entity?id=Alibeba"), 404)
    assert d["suggestions"] == ["Alibaba"], d
    json_error(*s.get("/api/entity?id=alibaba&as_of=2025-02-30"), 400)
    json_error(*s.get("/api/path?from=Tencent&to=OpenAI&k=zero"), 400)
    json_error(*s.get("/api/entity?id=%FF%FE"), 400)  # not UTF-8
    d = json_error(*s.get("/api/search?q=a&" + "&".join("p%d=1" % i for i in range(100))), 400)
    assert "too many query parameters" in d["error"], d
    # Malformed percent-encoding reaches the API as text, and gets a JSON answer.
    status, h, body = s.get("/api/search?q=%zz%")
    assert status == 200 and json.loads(body)["hits"] == [], body

    # Very long URLs: 414, as JSON.
    json_error(*s.get("/api/search?q=" + "a" * 20000), 414)
    # Path traversal: only the embedded files exist.
    for p in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/static/../../etc/passwd"]:
        out = raw(s.port, ("GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n\r\n" % (p, s.port)).encode())
        assert out.startswith(b"HTTP/1.1 404") or out.startswith(b"HTTP/1.1 400"), out[:100]
        assert b"root:" not in out
    # A garbled request line gets a 400 and the server goes on.
    out = raw(s.port, b"GARBAGE\r\n\r\n")
    assert out.startswith(b"HTTP/1.1 400"), out[:100]
    # Another site's name in Host (DNS rebinding) is refused.
    json_error(*s.get("/api/info", headers={"Host": "evil.example"}), 403)
    assert s.get("/api/info", headers={"Host": "localhost:%d" % s.port})[0] == 200

    # Many slow clients at once: each is cut off after the read timeout, and meanwhile
    # everyone else is served at once.
    slow = []
    for _ in range(40):
        c = socket.create_connection(("127.0.0.1", s.port))
        c.sendall(b"GET /api/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        slow.append(c)
    t0 = time.time()
    assert s.get("/api/search?q=ali")[0] == 200
    assert time.time() - t0 < 2, "a request waited behind slow clients"
    cut = 0
    deadline = time.time() + 15
    for c in slow:
        c.settimeout(max(0.1, deadline - time.time()))
        try:
            data = c.recv(100)
            cut += 1  # closed (b"") or answered with an error: either way, let go
        except (socket.timeout, ConnectionResetError):
            cut += 1 if not isinstance(sys.exc_info()[1], socket.timeout) else 0
        c.close()
    assert cut == len(slow), "%d of %d slow clients were still held" % (len(slow) - cut, len(slow))
    assert s.get("/api/info")[0] == 200

    # Maps are laid out by processes forked from a helper the server forked before it loaded
    # the graph: one child (the helper), and no layout process left behind (none reaped late,
    # no zombie) once the maps are drawn, in every format, from several clients at once.
    def children(pid):
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]

    results = []

    def draw(fmt):
        for name in ["Alibaba", "Tencent", "DeepSeek"]:
            status, headers, body = s.get("/api/map?focus=%s&format=%s" % (name, fmt))
            results.append((fmt, status, body[:4]))

    threads = [threading.Thread(target=draw, args=(f,)) for f in ["svg", "png", "dot", "json"]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 12 and all(st == 200 for _, st, _ in results), results
    assert all(b.startswith(b"\x89PNG") for f, _, b in results if f == "png"), results
    helpers = children(s.proc.pid)
    assert len(helpers) == 1, helpers
    deadline = time.time() + 10
    while children(helpers[0]):
        assert time.time() < deadline, "layout processes left: %r" % children(helpers[0])
        time.sleep(0.05)
    code = s.stop()
    assert code == 0, code
    assert not os.path.exists("/proc/%d" % helpers[0]) or open("/proc/%d/stat" % helpers[0]).read().split()[2] == "Z", \
        "the layout helper outlived the server"

# Ctrl-C right after the start, while the warm-up (PageRank and the rest, computed at a low
# priority after the server starts answering) may still run: a clean exit each time. The
# Interrupted that PageRank throws on Ctrl-C used to escape the warm-up thread and abort.
codes = []
for _ in range(10):
    with KgServe(kg, seed) as s:
        codes.append(s.stop())
assert codes == [0] * 10, codes

# Atomic reload: the graph file is replaced (as kg build does: a new file renamed over it)
# while clients keep asking; every request is answered, and the new graph comes in.
work = os.path.abspath("reload")
os.makedirs(work, exist_ok=True)
live = os.path.join(work, "graph" + os.path.splitext(seed)[1])
shutil.copy(seed, live)
with KgServe(kg, live, "--reload", "0.2") as s:
    before = s.json("/api/info")
    failures, done, answered = [], threading.Event(), [0]

    def client():
        while not done.is_set():
            for path in ["/api/info", "/api/search?q=a", "/api/rank?top=3"]:
                try:
                    status, _, body = s.get(path, timeout=30)
                    if status != 200:
                        failures.append((path, status, body[:200]))
                    json.loads(body)
                    answered[0] += 1
                except Exception as e:  # noqa: BLE001 - any failure counts
                    failures.append((path, repr(e)))

    threads = [threading.Thread(target=client) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    tmp = live + ".new"
    shutil.copy(other, tmp)
    os.replace(tmp, live)
    deadline = time.time() + 30
    while s.json("/api/info")["generation"] == before["generation"]:
        assert time.time() < deadline, "no reload: " + "".join(s.log)
        time.sleep(0.1)
    after = s.json("/api/info")
    time.sleep(0.3)
    # A damaged file is not swapped in: the last good graph stays.
    with open(tmp, "w") as f:
        f.write('{"format": "kg-graph", "version": 1, "entities": [')
    os.replace(tmp, live)
    time.sleep(1.0)
    done.set()
    for t in threads:
        t.join()
    assert not failures, failures[:5]
    assert after["entities"] != before["entities"], (before, after)
    assert s.json("/api/info")["generation"] == after["generation"]
    assert any("kept the graph already loaded" in l for l in s.log), s.log
    print("reload: %d requests answered while the graph changed, none failed" % answered[0])

# Anything but loopback warns; an unknown graph or a bad option is a clear error.
with KgServe(kg, seed, "--host", "0.0.0.0") as s:
    deadline = time.time() + 10
    while not any("warning" in l for l in s.log):
        assert time.time() < deadline, s.log
        time.sleep(0.05)
print("http test passed")
