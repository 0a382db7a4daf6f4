"""kg serve's speed on a large graph, against the targets of issue 10.

    serve_bench.py KG GRAPH PAIRS_TSV [--wrk-seconds 30] [--clients 50] [--warmup SECONDS]

Starts `kg serve GRAPH`, then measures from a client on loopback:
  ready        seconds from the start of the process to its first answer (and the CPU
               time the server had used by then: on a shared machine, wall time waits)
  search       search-as-you-type: every prefix (1..12 characters) of 200 names, one request each
  entity       entity page data (/api/entity) of 300 random entities and the 20 biggest hubs
  map          ego map SVG (/api/map?format=svg, depth 1, the default node cap) of 100 random
               entities and the 20 hubs
  load         wrk with CLIENTS connections for WRK_SECONDS on a mix of those requests and
               paths and neighbourhoods (one in 21 a map): errors and answers other than
               200 by status, and the server's memory sampled each second, all of it and the
               heap alone (RssAnon; the rest is pages of the mapped .kgb, which the kernel
               may drop); with --warmup, the same load runs that long first (unmeasured), so
               that what the first seconds allocate once is in place; the heap's trend is
               the slope of a least-squares line through the second half of the samples
Names come from PAIRS_TSV (bench/graph_bench gen writes random entity names there).
"""
import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

TARGETS = {"ready": 2.0, "search": 20.0, "entity": 50.0, "map": 500.0}  # seconds, then ms (p99)


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))]


def rss_mb(pid, key="VmRSS"):
    """Resident memory in MB: VmRSS (all), RssAnon (the heap: what a leak grows) or RssFile
    (pages of the mapped .kgb the requests have touched: the kernel may drop them)."""
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def cpu_seconds(pid):
    """User + system CPU time of a process so far."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Client:
    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def get(self, path):
        t0 = time.perf_counter()
        try:
            self.conn.request("GET", path)
            r = self.conn.getresponse()
            body = r.read()
        except (http.client.HTTPException, ConnectionError):
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            self.conn.request("GET", path)
            r = self.conn.getresponse()
            body = r.read()
        ms = (time.perf_counter() - t0) * 1000
        if r.status != 200:
            raise RuntimeError("%s: %d %s" % (path, r.status, body[:200]))
        return ms, body


def q(path, **params):
    return path + "?" + urllib.parse.urlencode(params)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kg")
    ap.add_argument("graph")
    ap.add_argument("pairs")
    ap.add_argument("--wrk-seconds", type=int, default=30)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--warmup", type=int, default=0, help="seconds of the same load before the measured run")
    a = ap.parse_args()
    rnd = random.Random(7)
    names = sorted({n for line in open(a.pairs, encoding="utf-8") for n in line.rstrip("\n").split("\t") if n})
    rnd.shuffle(names)

    t0 = time.perf_counter()
    proc = subprocess.Popen([a.kg, "serve", a.graph, "--port", "0"], stderr=subprocess.PIPE, text=True)
    port = None
    log = []
    while port is None:
        line = proc.stderr.readline()
        if not line:
            sys.exit("kg serve stopped: " + "".join(log))
        log.append(line)
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        port = int(m.group(1)) if m else None
    threading.Thread(target=lambda: [log.append(l) for l in proc.stderr], daemon=True).start()
    c = Client(port)
    while True:
        try:
            c.get("/api/info")
            break
        except (RuntimeError, OSError):
            time.sleep(0.01)
    ready = time.perf_counter() - t0
    ready_cpu = cpu_seconds(proc.pid)
    info = json.loads(c.get("/api/info")[1])
    print("graph: %d entities, %d relations; serving after %.2f s, %.2f s of CPU (%s)" % (
        info["entities"], info["relations"], ready, ready_cpu, log[0].strip()))

    hubs = [r["name"] for r in json.loads(c.get(q("/api/rank", by="degree", top=20))[1])["ranking"]]
    results = {}

    search = []
    for n in names[:200]:
        for k in range(1, min(12, len(n)) + 1):
            search.append(c.get(q("/api/search", q=n[:k], limit=8))[0])
    results["search"] = search

    entity, entity_hubs = [], []
    for n in names[200:500]:
        entity.append(c.get(q("/api/entity", id=n))[0])
    for n in hubs:
        entity_hubs.append(c.get(q("/api/entity", id=n))[0])
    results["entity"] = entity + entity_hubs

    maps, maps_hubs = [], []
    for n in names[500:600]:
        maps.append(c.get(q("/api/map", focus=n, format="svg"))[0])
    for n in hubs:
        maps_hubs.append(c.get(q("/api/map", focus=n, format="svg"))[0])
    results["map"] = maps + maps_hubs

    print("\n%-8s %8s %8s %8s %8s %10s %8s" % ("", "requests", "p50 ms", "p99 ms", "max ms", "target p99", ""))
    for k in ["search", "entity", "map"]:
        xs = results[k]
        p99 = percentile(xs, 99)
        print("%-8s %8d %8.1f %8.1f %8.1f %10s %8s" % (k, len(xs), percentile(xs, 50), p99, max(xs),
                                                       "< %g" % TARGETS[k], "ok" if p99 < TARGETS[k] else "MISSED"))
    print("hubs: entity p50 %.1f ms max %.1f ms; map p50 %.1f ms max %.1f ms" % (
        percentile(entity_hubs, 50), max(entity_hubs), percentile(maps_hubs, 50), max(maps_hubs)))
    print("ready: %.2f s, %.2f s of CPU (target < %g s) %s" % (ready, ready_cpu, TARGETS["ready"],
                                                                "ok" if ready < TARGETS["ready"] else "MISSED"))

    wrk = shutil.which("wrk")
    if not wrk:
        print("wrk not installed (apt-get install wrk): load test skipped")
    else:
        paths = []
        for i, n in enumerate(names[600:1600]):
            paths.append(q("/api/search", q=n[: 1 + i % 8], limit=8))
            paths.append(q("/api/entity", id=n))
            paths.append(q("/api/path", **{"from": n, "to": names[(i + 7) % len(names)]}))
            paths.append(q("/api/neighbors", id=n))
            if i % 5 == 0:
                paths.append(q("/api/map", focus=n, format="svg"))
        rnd.shuffle(paths)
        tmp = tempfile.mkdtemp(prefix="kg-serve-bench-")
        with open(os.path.join(tmp, "paths.txt"), "w") as f:
            f.write("\n".join(paths) + "\n")
        lua = os.path.join(tmp, "mix.lua")
        with open(lua, "w") as f:
            f.write('local paths = {}\nfor l in io.lines("%s") do paths[#paths + 1] = l end\n'
                    'local i = math.random(#paths)\n'
                    'request = function()\n  i = i %% #paths + 1\n  return wrk.format("GET", paths[i])\nend\n'
                    'local threads = {}\n'
                    'function setup(thread) table.insert(threads, thread) end\n'
                    'function init(args) statuses = {} end\n'
                    'function response(status, headers, body)\n'
                    '  if status ~= 200 then statuses[status] = (statuses[status] or 0) + 1 end\nend\n'
                    'function done(summary, latency, requests)\n'
                    '  for _, t in ipairs(threads) do\n'
                    '    for k, v in pairs(t:get("statuses")) do io.write(string.format("status %%d: %%d\\n", k, v)) end\n'
                    '  end\nend\n'
                    % os.path.join(tmp, "paths.txt"))
        def run_wrk(seconds):
            return subprocess.run([wrk, "-t2", "-c%d" % a.clients, "-d%ds" % seconds, "--timeout", "10s",
                                   "--latency", "-s", lua, "http://127.0.0.1:%d" % port],
                                  capture_output=True, text=True).stdout

        if a.warmup > 0:
            anon_cold = rss_mb(proc.pid, "RssAnon")
            warm = run_wrk(a.warmup)
            n = re.search(r"(\d+) requests in", warm)
            print("\nwarm-up: wrk for %d s (%s requests), heap %.0f MB before, %.0f MB after" % (
                a.warmup, n.group(1) if n else "?", anon_cold, rss_mb(proc.pid, "RssAnon")))
        samples, stop = [], threading.Event()

        rss_start = rss_mb(proc.pid)
        anon_start = rss_mb(proc.pid, "RssAnon")
        anon = []

        def sample():
            while not stop.is_set():
                samples.append(rss_mb(proc.pid))
                anon.append(rss_mb(proc.pid, "RssAnon"))
                time.sleep(1)

        th = threading.Thread(target=sample)
        th.start()
        out = run_wrk(a.wrk_seconds)
        stop.set()
        th.join()
        print("\nwrk, %d connections, %d s, mixed requests (search, entity, path, neighbours; maps 1 in 21):"
              % (a.clients, a.wrk_seconds))
        print("\n".join("  " + l for l in out.strip().splitlines()))
        errors = re.search(r"Socket errors: (.*)", out)
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        print("errors: %s; non-2xx: %s" % (errors.group(1) if errors else "none", non2xx.group(1) if non2xx else "0"))
        server_errors = [l.strip() for l in log[1:] if re.match(r"kg: 5\d\d ", l)]
        if server_errors:
            print("server's 5xx answers: %d, e.g. %s" % (len(server_errors), server_errors[0][:300]))
        print("server memory (RSS): %.0f MB before, %.0f MB at the end, %.0f MB at most during the run"
              % (rss_start, samples[-1] if samples else 0, max(samples) if samples else 0))
        print("  of which heap (RssAnon): %.0f MB before, %.0f MB at the end, %.0f MB at most; the rest is the"
              " mapped .kgb's pages" % (anon_start, anon[-1] if anon else 0, max(anon) if anon else 0))
        every = 5 if a.wrk_seconds <= 60 else 10
        print("RSS each %d s: " % every + " ".join("%.0f" % x for x in samples[::every]))
        print("RssAnon each %d s: " % every + " ".join("%.0f" % x for x in anon[::every]))
        half = anon[len(anon) // 2:]
        if len(half) >= 3:
            xs = list(range(len(half)))
            mx, my = sum(xs) / len(xs), sum(half) / len(half)
            slope = sum((x - mx) * (y - my) for x, y in zip(xs, half)) / sum((x - mx) ** 2 for x in xs)
            print("heap trend over the last %d s: %+.1f MB/min (%.0f to %.0f MB)" % (
                len(half), slope * 60, min(half), max(half)))
        shutil.rmtree(tmp)
    proc.send_signal(signal.SIGINT)
    proc.wait(60)


if __name__ == "__main__":
    main()
