#!/usr/bin/env python3
# Consistency of the bundled lexicon: valid JSON and types, no surface form owned by two
# entities, every exact/country/maker/distinct_from reference resolves.
import json, glob, os, unicodedata, re, sys
D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "lexicon")
TYPES = {"Person", "Company", "Organization", "Country", "Model", "Product", "Chip", "Event"}
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()
files = {os.path.basename(p)[:-5]: json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(D + "/*.json"))}
errs = []
ents = []
for f, doc in files.items():
    assert doc.get("version") == 1, f
    for e in doc["entities"]:
        e["_file"] = f
        ents.append(e)
names = {}
for e in ents:
    if e["name"] in names: errs.append("dup name " + e["name"])
    names[e["name"]] = e
countries = {e["name"] for e in files["countries"]["entities"]}
companies = {e["name"] for e in files["companies"]["entities"]}
owner = {}
for e in ents:
    if e["type"] not in TYPES: errs.append("type " + e["name"])
    for k in ("aliases", "exact", "distinct_from"):
        if not isinstance(e.get(k), list): errs.append("missing %s in %s" % (k, e["name"]))
    forms = [e["name"]] + e["aliases"] + e.get("demonyms", []) + e.get("places", [])
    for s in forms:
        k = norm(s)
        if k in owner and owner[k] is not e:
            errs.append("form %r in %r and %r" % (s, owner[k]["name"], e["name"]))
        owner[k] = e
    for x in e["exact"]:
        if x != e["name"] and x not in e["aliases"]: errs.append("exact %r of %r" % (x, e["name"]))
    if "country" in e and e["country"] not in countries: errs.append("country %r of %r" % (e["country"], e["name"]))
    if "maker" in e and e["maker"] not in companies: errs.append("maker %r of %r" % (e["maker"], e["name"]))
    for x in e["distinct_from"]:
        if x not in names and x not in [z["name"] for z in ents]: errs.append("distinct %r of %r" % (x, e["name"]))
        if x == e["name"]: errs.append("self distinct " + x)
    if e["_file"] == "countries" and "demonyms" not in e: errs.append("no demonyms " + e["name"])
    if "places" in e and e["_file"] != "countries": errs.append("places of a non-country " + e["name"])
    expected = {"countries": "Country", "companies": "Company", "organizations": "Organization", "models": "Model",
                "products": "Product", "chips": "Chip", "people": "Person", "events": "Event"}[e["_file"]]
    if e["type"] != expected: errs.append("type/file mismatch " + e["name"])
    if e["type"] == "Model" and "maker" not in e: print("note: model without maker:", e["name"])
print("\n".join(errs) or "OK: no errors")
for f, doc in files.items():
    print("%-14s %d" % (f, len(doc["entities"])))
print("total", len(ents))
sys.exit(1 if errs else 0)
