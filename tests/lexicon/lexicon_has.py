#!/usr/bin/env python3
"""lexicon_has.py [--missing|--present] [LEXICON_DIR] < names: which candidate names the lexicon
already knows, as a name or an alias, with case and accents folded as the matcher folds them.
Prints 'HAVE name -> entity (type)' or 'MISS name' per input line (blank lines and # skipped)."""
import json, glob, os, sys, unicodedata
args = [a for a in sys.argv[1:] if not a.startswith("--")]
D = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "lexicon")
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())
owner = {}
for p in sorted(glob.glob(os.path.join(D, "*.json"))):
    for e in json.load(open(p, encoding="utf-8"))["entities"]:
        for s in [e["name"]] + e.get("aliases", []) + e.get("demonyms", []):
            owner.setdefault(norm(s), e)
only = "--missing" in sys.argv and "MISS" or "--present" in sys.argv and "HAVE" or None
for line in sys.stdin:
    n = line.strip()
    if not n or n.startswith("#"): continue
    e = owner.get(norm(n))
    tag = "HAVE" if e else "MISS"
    if only and tag != only: continue
    print(f"HAVE {n} -> {e['name']} ({e['type']})" if e else f"MISS {n}")
