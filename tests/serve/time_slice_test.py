"""kg serve --as-of/--since/--undated over sockets, against the commands with the same options.

    time_slice_test.py KG GRAPH      (GRAPH: tests/data/graph/dated.jsonl loaded)

  Ada Labs --invests_in--> Bolt AI (2025-01-10) --develops--> Core-1 (2025-03-05)
  --uses--> Dune Chip (2025-06-20);  Ada Labs --uses--> Dune Chip (2025-09-01);
  Ada Labs --invests_in--> Eve Robotics (undated)
"""
import json
import os
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgserve import KgServe  # noqa: E402

kg, graph = sys.argv[1:3]


def cli(*args):
    return subprocess.run([kg, *args], capture_output=True, text=True).stdout.strip()


def q(path, **params):
    return path + "?" + urllib.parse.urlencode(params)


def neighbours(d):
    return sorted(n["name"] for n in d["neighbors"])


path = q("/api/path", **{"from": "Ada Labs", "to": "Dune Chip"})

with KgServe(kg, graph, "--as-of", "2025-08-31") as s:
    info = s.json("/api/info")
    # Said when it starts (printed before the first answer; read by another thread).
    deadline = time.time() + 10
    while "pages start from evidence dated up to 2025-08-31" not in "".join(s.log):
        assert time.time() < deadline, s.log
        time.sleep(0.05)
    assert info["time_slice"] == {"as_of": "2025-08-31", "since": "", "undated": "exclude",
                                  "description": "evidence dated up to 2025-08-31 (undated evidence left out)"}, info
    # A request without dates: the server's slice, byte for byte what the command answers with it.
    _, _, body = s.get(path)
    assert body.decode() == cli("path", graph, "Ada Labs", "Dune Chip", "--as-of", "2025-08-31", "--json"), body
    assert json.loads(body)["hops"] == 3
    assert neighbours(s.json(q("/api/neighbors", id="Ada Labs"))) == ["Bolt AI"]
    # Its own dates replace the server's: another as_of, none (given empty), undated kept.
    assert s.json(path + "&as_of=2025-06")["hops"] == 3
    assert s.json(path + "&as_of=")["hops"] == 1
    _, _, body = s.get(path + "&as_of=")
    assert body.decode() == cli("path", graph, "Ada Labs", "Dune Chip", "--json")
    assert neighbours(s.json(q("/api/neighbors", id="Ada Labs", undated="include"))) == ["Bolt AI", "Eve Robotics"]
    s.json(path + "&as_of=2025-05", 200)  # no path then: an answer, not an error
    assert not s.json(path + "&as_of=2025-05")["found"]
    # A since after the server's as_of cannot match anything: a 400 saying so.
    d = s.json(path + "&since=2025-09", 400)
    assert "after" in d["error"], d
    # The maps are drawn from the same slice.
    m = s.json(q("/api/map", focus="Ada Labs"))
    assert m["relations"] == 1, m
    assert s.json(q("/api/map", focus="Ada Labs", as_of=""))["relations"] == 3
    # Rankings and groups too: byte for byte what kg rank answers with the slice; Eve
    # Robotics (undated evidence only) is not in it.
    for by in ["degree", "pagerank", "betweenness"]:
        _, _, body = s.get(q("/api/rank", by=by, top=20))
        assert body.decode() == cli("rank", graph, "--by", by, "-n", "20", "--as-of", "2025-08-31", "--json"), body
        assert "eve-robotics" not in body.decode()
        assert "eve-robotics" in s.get(q("/api/rank", by=by, as_of=""))[2].decode()
    comps = s.json("/api/components")
    assert comps["count"] == 1 and comps["components"][0]["size"] == 4, comps
    assert s.json(q("/api/components", as_of=""))["components"][0]["size"] == 5
    assert sum(c["size"] for c in s.json("/api/communities")["communities"]) == 4

with KgServe(kg, graph, "--since", "2025-02", "--undated", "include") as s:
    assert neighbours(s.json(q("/api/neighbors", id="Ada Labs"))) == ["Dune Chip", "Eve Robotics"]
    assert s.json(path)["hops"] == 1
    # "What changed" starts from --since.
    ch = s.json("/api/changes")
    assert ch["since"] == "2025-02" and ch["total"] == 3, ch
    assert s.json(q("/api/changes", since="2025-06"))["total"] == 2

print("time slice: the server's default and the requests' own, as the commands answer")
