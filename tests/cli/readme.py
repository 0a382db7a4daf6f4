#!/usr/bin/env python3
"""Runs the examples of the README and of examples/README.md as written and checks them.

README.md: in fenced blocks, a line `$ kg ...` is a command (a trailing `# exit N` gives its
expected exit code, 0 otherwise) and the lines after it, up to the next command or the end of
the block, are output it must print (`$ kg serve` runs until stopped: its blocks are run by
tests/serve/readme_test.py): each shown line must be a line of the real output
(stdout and stderr), but for `...` and the seconds of a timing. examples/README.md: in ```sh
blocks, a line starting with `kg ` is a command that must succeed.

Usage: readme.py REPO KG (run in a scratch directory: corpus/ and examples/ are linked here,
outputs land here)."""
import os
import re
import subprocess
import sys

repo, kg = sys.argv[1], sys.argv[2]
for d in ("corpus", "examples"):
    if not os.path.exists(d):
        os.symlink(os.path.join(repo, d), d)
os.makedirs("bin", exist_ok=True)
if not os.path.exists("bin/kg"):
    os.symlink(kg, "bin/kg")
env = dict(os.environ, PATH=os.path.abspath("bin") + os.pathsep + os.environ["PATH"])
timing = re.compile(r" in [0-9.]+ s\b")


def blocks(path, lang=None):
    """(fence language, [lines]) of each fenced block of a Markdown file."""
    out, cur, info = [], None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        stripped = line.strip()
        if stripped.startswith("```"):
            if cur is None:
                cur, info = [], stripped[3:].strip()
            else:
                out.append((info, cur))
                cur = None
            continue
        if cur is not None:
            cur.append(line)
    return out


def run(cmd, expect_code, shown, where):
    p = subprocess.run(["bash", "-c", cmd], env=env, capture_output=True)
    out = p.stdout + p.stderr
    try:
        out = out.decode("utf-8")
    except UnicodeDecodeError as e:
        return print(f"{where}: $ {cmd}\n    invalid UTF-8 at byte {e.start}: {out[max(0, e.start - 60):e.start + 4]!r}") or False
    got = [timing.sub(" in X s", l.rstrip()) for l in out.splitlines()]
    problems = []
    if p.returncode != expect_code:
        problems.append(f"exit {p.returncode}, README says {expect_code}")
    for line in shown:
        want = timing.sub(" in X s", line.rstrip())
        if want and want != "..." and want not in got:
            problems.append(f"does not print: {want[:160]}")
    if problems:
        print(f"{where}: $ {cmd}")
        for pr in problems:
            print("   ", pr)
        print("    --- it printed:")
        for l in got[:40]:
            print("    " + l[:200])
    return not problems


ok, count = True, 0
for info, lines in blocks(os.path.join(repo, "README.md")):
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ kg "):
            i += 1
            continue
        cmd = lines[i][2:]
        code = 0
        m = re.search(r"\s+# exit (\d+)$", cmd)
        if m:
            code, cmd = int(m.group(1)), cmd[: m.start()]
        j = i + 1
        while j < len(lines) and not lines[j].startswith("$ "):
            j += 1
        shown = [l for l in lines[i + 1 : j] if l.strip()]
        if cmd.startswith("kg serve "):
            i = j  # a server runs until stopped: tests/serve/readme_test.py runs these blocks
            continue
        ok = run(cmd, code, shown, "README.md") and ok
        count += 1
        i = j
for info, lines in blocks(os.path.join(repo, "examples", "README.md")):
    if info != "sh":
        continue
    for line in lines:
        if line.startswith("kg "):
            ok = run(re.sub(r"\s+#.*$", "", line), 0, [], "examples/README.md") and ok
            count += 1
print(f"{count} README commands run")
sys.exit(0 if ok and count > 20 else 1)
