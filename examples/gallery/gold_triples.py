#!/usr/bin/env python3
"""Triples (kg extract's JSONL) from the real-news gold annotations, for the gallery's
graphs: a graph of what a careful reader found in the articles, with no extraction noise.

    gold_triples.py [--docs N] [--per-doc K] > triples.jsonl

--docs N keeps the first N articles (by id), --per-doc K the first K facts of each: the
first 14 articles with 2 facts each is a first week of news, sparse and in many pieces.
"""
import argparse
import glob
import json
import os
import sys

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data", "realnews", "gold")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=0)
    ap.add_argument("--per-doc", type=int, default=0)
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(GOLD, "*.json")))
    if a.docs:
        files = files[: a.docs]
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            d = json.load(f)
        ents = {e["id"]: e for e in d["entities"]}
        kept = 0
        for t in d["triples"]:
            s, o = ents.get(t["subject"]), ents.get(t["object"])
            if not s or not o:
                continue
            if a.per_doc and kept >= a.per_doc:
                break
            kept += 1
            row = {"subject": {"name": s["name"], "type": s["type"]}, "predicate": t["predicate"],
                   "object": {"name": o["name"], "type": o["type"]}, "confidence": 0.9, "doc": t["doc"],
                   "sentence": t.get("evidence", ""), "start": 0, "end": 0, "date": ""}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
