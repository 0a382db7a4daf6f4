#!/usr/bin/env python3
"""The real-news development set: articles nobody here wrote, annotated before kg ran.

The article texts are third-party material and are not in the repository. What is:
articles/<id>.json (each article's id, batch, language, outlet, address, the search query
that found it and the sha256 of its text) and gold/<id>.json (its gold triples, SCHEMA.md
format). The texts come back from the saved search results in cache/<id>.json
({"query", "url", "excerpt"}, git-ignored):

  realnews.py rebuild            write texts/<id>.txt from cache/, check every sha256
  realnews.py record ID...       store the sha256 of cached articles in the manifest
  realnews.py gold BATCH|all -o FILE   one gold file for a batch (per-article golds merged)
  realnews.py check              every gold file against its text (shared check_gold.py)
  realnews.py score BATCH|all [--kg build/kg] [-v]   kg extract on the batch, kg eval
  realnews.py status             articles per batch, language and outlet

Exit status: 0 ok, 1 a check failed, 2 usage. Standard library only.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
CACHE = os.path.join(HERE, "cache")
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))


def fail(msg):
    print("realnews: " + msg, file=sys.stderr)
    sys.exit(1)


def load_manifest():
    arts = []
    for name in sorted(os.listdir(ARTICLES)):
        if name.endswith(".json"):
            with open(os.path.join(ARTICLES, name), encoding="utf-8") as f:
                art = json.load(f)
            if art.get("id") + ".json" != name:
                fail(f"articles/{name}: its id is {art.get('id')!r}")
            arts.append(art)
    return {"articles": arts}


def save_json(path, data):
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(tmp, path)


def cached_text(art):
    path = os.path.join(CACHE, art["id"] + ".json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        saved = json.load(f)
    if saved.get("url") != art["url"]:
        fail(f"{path}: url {saved.get('url')!r} is not the manifest's {art['url']!r}")
    return saved["excerpt"]


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def select(manifest, batch):
    arts = manifest["articles"]
    if batch == "all":
        return arts
    sel = [a for a in arts if str(a["batch"]) == str(batch)]
    if not sel:
        fail(f"no article in batch {batch}")
    return sel


def cmd_rebuild(args):
    man = load_manifest()
    os.makedirs(TEXTS, exist_ok=True)
    missing, bad = [], []
    for art in man["articles"]:
        text = cached_text(art)
        if text is None:
            missing.append(art["id"])
            continue
        if sha(text) != art.get("sha256"):
            bad.append(art["id"])
            continue
        with open(os.path.join(TEXTS, art["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
    n = len(man["articles"]) - len(missing) - len(bad)
    print(f"realnews: {n} texts rebuilt in {os.path.relpath(TEXTS)}")
    if missing:
        print(f"realnews: {len(missing)} without a saved search result: {' '.join(missing)}", file=sys.stderr)
    if bad:
        fail(f"sha256 differs from the manifest: {' '.join(bad)}")
    return 0 if not missing else 1


def cmd_record(args):
    man = load_manifest()
    by_id = {a["id"]: a for a in man["articles"]}
    for i in args.ids:
        if i not in by_id:
            fail(f"{i}: not in the manifest")
        text = cached_text(by_id[i])
        if text is None:
            fail(f"{i}: no cache/{i}.json")
        by_id[i]["sha256"] = sha(text)
        save_json(os.path.join(ARTICLES, i + ".json"), by_id[i])
    return 0


def norm(s):
    s = str(s).replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


def merged_gold(arts):
    """Per-article gold files as one: entities merged by normalised name (aliases joined)."""
    entities, by_name, triples = [], {}, []
    for art in arts:
        path = os.path.join(GOLD, art["id"] + ".json")
        if not os.path.exists(path):
            fail(f"{art['id']}: no gold/{art['id']}.json")
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        local = {}
        for e in g["entities"]:
            key = norm(e["name"])
            if key in by_name:
                m = by_name[key]
                if m["type"] != e["type"]:
                    fail(f"{art['id']}: {e['name']} is a {e['type']} here, a {m['type']} elsewhere")
                for a in e.get("aliases", []):
                    if a not in m["aliases"]:
                        m["aliases"].append(a)
            else:
                m = {"id": f"e{len(entities)}", "name": e["name"], "type": e["type"],
                     "aliases": list(e.get("aliases", []))}
                entities.append(m)
                by_name[key] = m
            local[e["id"]] = m["id"]
        for t in g["triples"]:
            t = dict(t)
            t["subject"], t["object"] = local[t["subject"]], local[t["object"]]
            triples.append(t)
    # an alias of one entity that is another's name or alias would match both: keep it
    # on the entity whose name it is
    names = {norm(e["name"]) for e in entities}
    for e in entities:
        e["aliases"] = [a for a in e["aliases"] if norm(a) == norm(e["name"]) or norm(a) not in names]
    return {"entities": entities, "triples": triples}


def cmd_gold(args):
    g = merged_gold(select(load_manifest(), args.batch))
    save_json(os.path.abspath(args.output), g)
    print(f"realnews: {args.output}: {len(g['entities'])} entities, {len(g['triples'])} triples")
    return 0


def cmd_check(args):
    checker = os.path.join(SHARED, "gold", "check_gold.py")
    if not os.path.exists(checker):
        print("realnews: ../shared/gold/check_gold.py not found, nothing checked")
        return 0
    rc = 0
    for art in load_manifest()["articles"]:
        path = os.path.join(GOLD, art["id"] + ".json")
        if not os.path.exists(path) or not os.path.exists(os.path.join(TEXTS, art["id"] + ".txt")):
            print(f"realnews: {art['id']}: gold or text missing, not checked")
            continue
        r = subprocess.run([sys.executable, checker, path, TEXTS, "--quiet"], capture_output=True, text=True)
        if r.returncode != 0:
            rc = 1
            print(f"--- {art['id']}\n{r.stdout}{r.stderr}")
    return rc


def cmd_score(args):
    arts = select(load_manifest(), args.batch)
    with tempfile.TemporaryDirectory() as tmp:
        docs = os.path.join(tmp, "docs")
        os.makedirs(docs)
        for art in arts:
            src = os.path.join(TEXTS, art["id"] + ".txt")
            if not os.path.exists(src):
                fail(f"{art['id']}: no text (run: realnews.py rebuild)")
            os.symlink(src, os.path.join(docs, art["id"] + ".txt"))
        gold = os.path.join(tmp, "gold.json")
        save_json(gold, merged_gold(arts))
        triples = os.path.join(tmp, "triples.jsonl")
        with open(triples, "w") as out:
            subprocess.run([args.kg, "extract", docs], stdout=out, check=True)
        cmd = [args.kg, "eval", "--gold", gold, triples] + ([] if args.verbose else ["--quiet"])
        return subprocess.run(cmd).returncode


def cmd_status(args):
    man = load_manifest()
    from collections import Counter
    arts = man["articles"]
    print(f"{len(arts)} articles, {len({a['outlet'] for a in arts})} outlets")
    for key in ("batch", "lang", "outlet"):
        print(f"by {key}: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(str(a[key]) for a in arts).items())))
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("rebuild").set_defaults(fn=cmd_rebuild)
    r = sub.add_parser("record")
    r.add_argument("ids", nargs="+")
    r.set_defaults(fn=cmd_record)
    g = sub.add_parser("gold")
    g.add_argument("batch")
    g.add_argument("-o", "--output", required=True)
    g.set_defaults(fn=cmd_gold)
    sub.add_parser("check").set_defaults(fn=cmd_check)
    s = sub.add_parser("score")
    s.add_argument("batch")
    s.add_argument("--kg", default=os.path.join(HERE, "..", "..", "..", "build", "kg"))
    s.add_argument("-v", "--verbose", action="store_true")
    s.set_defaults(fn=cmd_score)
    sub.add_parser("status").set_defaults(fn=cmd_status)
    args = p.parse_args()
    sys.exit(args.fn(args))


if __name__ == "__main__":
    main()
