"""Runs the kg serve examples of the README as written and checks what they print.

In a fenced block of README.md, a line `$ kg serve ...` starts the server (on a free port:
`--port 0` is added, and the README's http://127.0.0.1:8080 stands for the port it got); the
lines after it, up to the next `$ ` line, are what it must print when it starts. Each later
`$ curl ...` line of the same block is run against that server, and the lines after it must
be lines of its output. A shown line `...` stands for lines left out, and the seconds of a
timing ("loaded in 0.01 s") may differ. At the end of the block the server gets Ctrl-C and
must exit 0. A block without `$ kg serve` is left to the other README tests.

    readme_test.py README KG     (run where the README's out/graph.json has been built)
"""
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgserve import KgServe  # noqa: E402

readme, kg = sys.argv[1], sys.argv[2]
README_BASE = "http://127.0.0.1:8080"
timing = re.compile(r" in [0-9.]+ s\b")


def blocks(path):
    out, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.strip().startswith("```"):
            if cur is None:
                cur = []
            else:
                out.append(cur)
                cur = None
        elif cur is not None:
            cur.append(line)
    return out


def commands(lines):
    """[(command, [shown lines])] of a block."""
    out = []
    for line in lines:
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out and line.strip():
            out[-1][1].append(line)
    return out


def check(where, printed, shown, base, quiet=False):
    got = [timing.sub(" in X s", l.rstrip()) for l in printed.splitlines()]
    missing = []
    for line in shown:
        want = timing.sub(" in X s", line.rstrip().replace(README_BASE, base))
        if want != "..." and want not in got:
            missing.append(want)
    if missing and not quiet:
        print("%s\n    does not print:\n%s\n    --- it printed:\n%s" % (
            where, "\n".join("      " + m[:200] for m in missing), "\n".join("      " + l[:200] for l in got[:30])))
    return not missing


ok, servers, requests = True, 0, 0
for lines in blocks(readme):
    cmds = commands(lines)
    if not cmds or not cmds[0][0].startswith("kg serve "):
        continue
    args = cmds[0][0].split()
    assert args[:2] == ["kg", "serve"] and "--port" not in args, cmds[0][0]
    with KgServe(kg, *args[2:]) as s:
        servers += 1
        # The start-up lines, as the README shows them (with the README's port). Those after
        # the address come a moment later (another thread reads them): they get a few seconds.
        deadline = time.time() + 5
        while time.time() < deadline and not check(
                "", "".join(s.log).replace(s.base, README_BASE), cmds[0][1], README_BASE, quiet=True):
            time.sleep(0.05)
        ok = check("$ " + cmds[0][0], "".join(s.log).replace(s.base, README_BASE), cmds[0][1], README_BASE) and ok
        for cmd, shown in cmds[1:]:
            if not cmd.startswith("curl "):
                print("$ %s: only curl commands may follow kg serve in a block" % cmd)
                ok = False
                continue
            p = subprocess.run(["bash", "-c", cmd.replace(README_BASE, s.base)], capture_output=True)
            requests += 1
            if p.returncode != 0:
                print("$ %s: exit %d: %s" % (cmd, p.returncode, p.stderr.decode("utf-8", "replace")[:300]))
                ok = False
                continue
            ok = check("$ " + cmd, p.stdout.decode("utf-8"), shown, s.base) and ok
        code = s.stop()
        if code != 0:
            print("$ %s: exit %d after Ctrl-C" % (cmds[0][0], code))
            ok = False
print("%d kg serve examples, %d requests" % (servers, requests))
sys.exit(0 if ok and servers >= 1 and requests >= 3 else 1)
