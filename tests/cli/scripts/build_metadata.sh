# Dates, titles and sources come from the articles themselves (HTML head, JSON-LD, front
# matter, "Publié le" / "Source :" lines), say where they came from, and make undated
# files datable: --as-of works on a folder of saved pages.
mkdir news
cat > news/page.html <<'HTML'
<!DOCTYPE html><html lang="en"><head><title>Kestrel backs Norvex | Tech Daily</title>
<meta property="og:site_name" content="Tech Daily">
<meta property="article:published_time" content="2025-02-10T09:00:00Z">
<link rel="canonical" href="https://techdaily.example/kestrel-norvex"></head>
<body><p>By Ada Marlowe</p><p>Kestrel invested in Norvex, a French startup, the company said.</p></body></html>
HTML
cat > news/note.md <<'MD'
---
title: Kestrel et Veridian
date: 2025-06-20
---
Kestrel a investi dans Veridian Labs, selon un communiqué.
MD
printf 'Par Jean Dupont\nPublié le 3 mars 2025\nSource : Le Quotidien\n\nKestrel mise sur Orbis\n\nKestrel a investi dans Orbis, une start-up française.\n' > news/depeche.txt
"$KG" build news -o g.json --lexicon "$DATA/extract/lexicon.json" 2>/dev/null
/usr/bin/python3 - <<'PY'
import json
d = {x["name"]: x for x in json.load(open("g.json"))["documents"]}
p = d["page.html"]
assert p["title"] == "Kestrel backs Norvex" and p["metadata_from"]["title"] == "html title", p
assert p["date"] == "2025-02-10" and p["metadata_from"]["date"] == "article:published_time", p
assert p["url"] == "https://techdaily.example/kestrel-norvex" and p["source"] == "Tech Daily", p
n = d["note.md"]
assert n["title"] == "Kestrel et Veridian" and n["date"] == "2025-06-20", n
assert n["metadata_from"] == {"date": "front matter date", "title": "front matter title"}, n
t = d["depeche.txt"]
assert t["title"] == "Kestrel mise sur Orbis" and t["date"] == "2025-03-03" and t["source"] == "Le Quotidien", t
assert t["metadata_from"]["date"] == "line 2 (Publié le)", t
PY
# The dates found date the evidence: as of April, June's article is not in.
"$KG" report g.json -o april.md --as-of 2025-04 2>/dev/null
grep -q "Kestrel backs Norvex" april.md
grep -q "Kestrel mise sur Orbis" april.md
if grep -q "Veridian" april.md; then echo "June's article in the April report"; exit 1; fi
# Metadata is article text: untrusted, escaped where it lands.
mkdir hostile
cat > hostile/evil.html <<'HTML'
<html><head><meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt; | &quot;x&quot;">
<meta property="og:site_name" content="<img src=x onerror=alert(2)>">
<link rel="canonical" href="javascript:alert(3)"></head>
<body><p>Kestrel invested in Norvex, a French startup, the company said.</p></body></html>
HTML
"$KG" build hostile -o h.json --lexicon "$DATA/extract/lexicon.json" 2>/dev/null
"$KG" report h.json -o h.html 2>/dev/null
"$KG" report h.json -o h.md 2>/dev/null
if grep -Eq '<(script|img)' h.html h.md; then echo "metadata not escaped"; exit 1; fi
if grep -q 'javascript:' h.html; then echo "a javascript: URL in the report"; exit 1; fi
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' h.html
