// kg serve's pages. One script for every view: the path names the view and the query string
// holds its state, so every view has its own URL. Text from the graph (names, sentences,
// titles) only ever reaches the page as text nodes (textContent), never as markup; maps are
// SVG that Graphviz escaped, parsed as XML, not as HTML.
"use strict";

// ---- small helpers --------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// The time slice's parameters: given empty, they still say something (no bound, replacing
// the server's default slice), so they are kept in URLs.
const SLICE = ["as_of", "since", "undated"];

// "/entity" + {id: "x", type: ["A", "B"]} -> "/entity?id=x&type=A&type=B" (empty values
// dropped, but for the time slice's).
function url(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    for (const x of Array.isArray(v) ? v : [v])
      if (x !== undefined && x !== null && (x !== "" || SLICE.includes(k))) q.append(k, x);
  }
  const s = q.toString();
  return s ? path + "?" + s : path;
}

const query = new URLSearchParams(location.search);
function param(name, fallback) {
  const v = query.get(name);
  return v === null || v === "" ? fallback : v;
}
function params(name) {
  return query.getAll(name).flatMap((v) => v.split(",")).filter((v) => v !== "");
}

class ApiError extends Error {
  constructor(status, message, suggestions) {
    super(message);
    this.status = status;
    this.suggestions = suggestions || [];
  }
}

async function api(path, args) {
  const res = await fetch(url(path, args), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    throw new ApiError(res.status, "the server sent no JSON (" + res.status + ")");
  }
  if (!res.ok) throw new ApiError(res.status, body.error || "error " + res.status, body.suggestions);
  return body;
}

const main = () => document.getElementById("main");

function show(...nodes) {
  main().replaceChildren(...nodes.flat(2).filter((n) => n !== null && n !== undefined && n !== false));
}

function errorBox(err) {
  const box = el("div", { class: "error", role: "alert" }, el("strong", {}, "Error: "), err.message || String(err));
  if (err.suggestions && err.suggestions.length) {
    box.append(el("p", {}, "Did you mean: ", ...err.suggestions.flatMap((s, i) => [
      i ? ", " : "", el("a", { href: url("/entity", { id: s }) }, s)])));
  }
  return box;
}

function entityLink(id, name) {
  return el("a", { href: url("/entity", { id: id }), class: "entity" }, name);
}

// What only kg's built-in lexicon knows, marked as kg render and kg report mark it with
// --from-lexicon mark: an entity (search hits, entity pages) or a fact no article states.
const LEXICON_ENTITY = "no article states a fact about it: what is known comes from kg's built-in lexicon";
function lexiconBadge(title) {
  return el("span", { class: "lexicon", title: title }, "lexicon");
}

// An entity's country, "(lexicon)" after one no article gives (as kg entities prints it).
function country(e) {
  return e.country + (e.country_from === "lexicon" ? " (lexicon)" : "");
}

function docLink(name) {
  return el("a", { href: url("/document", { name: name }), class: "doc" }, name);
}

function fmt(x, digits) {
  return Number(x).toFixed(digits === undefined ? 2 : digits);
}

function setTitle(t) {
  document.title = t ? t + " · kg" : "kg";
}

// An evidence sentence with where the rule matched and the two names marked.
function sentence(ev) {
  const q = el("q", { class: "sentence" });
  for (const part of ev.parts || [{ text: ev.sentence }]) {
    let node = document.createTextNode(part.text);
    if (part.role) node = el("b", { class: "name " + part.role }, node);
    if (part.match) node = el("mark", { class: "match" }, node);
    q.append(node);
  }
  return q;
}

function shorten(s, n) {
  return s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
}

function evidenceItem(ev) {
  return el("li", { class: "evidence" }, sentence(ev), " ",
    el("span", { class: "meta" }, "— ", docLink(ev.doc), ev.title ? " · " + shorten(ev.title, 70) : "",
      ev.date ? " · " + ev.date : "", " · confidence " + fmt(ev.confidence)));
}

// "Alibaba --develops--> Qwen", names linked.
function factLine(r) {
  return el("span", { class: "fact" }, entityLink(r.subject_id || r.subject, r.subject), " ",
    el("span", { class: "predicate" }, r.predicate), " ", entityLink(r.object_id || r.object, r.object));
}

function relationItem(r, opts) {
  const li = el("li", { class: "relation" }, factLine(r),
    el("span", { class: "meta" }, r.source === "lexicon" ? [" ", lexiconBadge("no article states this fact"), " "] : "",
      " confidence " + fmt(r.confidence),
      r.first_seen ? " · first seen " + r.first_seen : "",
      r.last_seen && r.last_seen !== r.first_seen ? " · last seen " + r.last_seen : "",
      " · " + r.evidence_count + (r.evidence_count === 1 ? " source" : " sources")));
  const evs = r.evidence_all || (r.evidence ? [r.evidence] : []);
  if (evs.length && !(opts && opts.noEvidence)) li.append(el("ul", { class: "evidence-list" }, evs.map(evidenceItem)));
  if (r.evidence_all && r.evidence_count > r.evidence_all.length)
    li.append(el("p", { class: "muted small" }, "+" + (r.evidence_count - r.evidence_all.length) + " more sources"));
  return li;
}

// ---- search suggestions, for the header and the path finder's inputs --------------------------
function attachSuggestions(input, onPick) {
  const list = el("ul", { class: "suggestions", role: "listbox", hidden: true });
  input.after(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-expanded", "false");
  let seq = 0, timer = 0, active = -1, hits = [];
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, k) => li.classList.toggle("active", k === i));
  };
  const pick = (h) => {
    close();
    onPick(h);
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(async () => {
      const mine = ++seq;
      let res;
      try {
        res = await api("/api/search", { q: q, limit: 8 });
      } catch (e) {
        return close();
      }
      if (mine !== seq) return;  // a later keystroke won
      hits = res.hits;
      list.replaceChildren(...hits.map((h, i) => {
        const li = el("li", { role: "option", class: "suggestion" },
          el("span", { class: "name" }, h.name), " ",
          el("span", { class: "type t-" + h.type }, h.type),
          h.country ? el("span", { class: "country" }, country(h)) : null,
          h.source === "lexicon" ? lexiconBadge(LEXICON_ENTITY) : null,
          h.matched && h.matched !== h.name && h.matched !== h.id ? el("span", { class: "aka" }, "aka " + h.matched) : null);
        li.addEventListener("mousedown", (ev) => {
          ev.preventDefault();
          pick(h);
        });
        li.addEventListener("mouseenter", () => highlight(i));
        return li;
      }));
      list.hidden = hits.length === 0;
      input.setAttribute("aria-expanded", String(hits.length > 0));
      active = -1;
    }, 60);
  });
  input.addEventListener("keydown", (ev) => {
    if (list.hidden) return;
    if (ev.key === "ArrowDown") highlight(Math.min(active + 1, hits.length - 1));
    else if (ev.key === "ArrowUp") highlight(Math.max(active - 1, 0));
    else if (ev.key === "Escape") close();
    else if (ev.key === "Enter" && active >= 0) pick(hits[active]);
    else return;
    ev.preventDefault();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}

// ---- maps ---------------------------------------------------------------------------------------
// The SVG text becomes nodes through the XML parser; scripts in a parsed document never run,
// and none could be there (Graphviz escapes every name), but they are dropped all the same.
function svgNode(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (!svg || svg.nodeName !== "svg") throw new Error("the map is not SVG");
  for (const bad of svg.querySelectorAll("script, foreignObject")) bad.remove();
  return document.importNode(svg, true);
}

async function mapPanel(args, what) {
  const box = el("section", { class: "map-panel" }, el("p", { class: "muted" }, "Drawing the map…"));
  const exports = el("p", { class: "exports" }, "Export this view: ",
    ...[["svg", "SVG"], ["png", "PNG"], ["graphml", "GraphML"]].flatMap(([f, label], i) => [
      i ? " · " : "", el("a", { href: url("/api/map", { ...args, format: f, download: 1 }), download: "" }, label)]));
  (async () => {
    try {
      const m = await api("/api/map", { ...args, format: "json" });
      const figure = el("figure", { id: "map", class: "map" }, svgNode(m.svg));
      const notes = m.notes.map((n) => el("p", { class: "note" }, n));
      box.replaceChildren(figure, el("p", { class: "muted small" },
        m.entities + " entities, " + m.relations + " relations on this " + what +
        " (hover a line for its evidence, click an entity to open it)"), ...notes, exports);
    } catch (e) {
      box.replaceChildren(errorBox(e));
    }
  })();
  return box;
}

// ---- filters form (entity page and path finder) ----------------------------------------------
function checkboxes(name, values, chosen) {
  return el("fieldset", { class: "choices" }, el("legend", {}, name === "type" ? "Entity types" : "Predicates"),
    values.map((v) => el("label", {}, el("input", { type: "checkbox", name: name, value: v, checked: chosen.includes(v) }), " " + v)));
}

// The time slice this view uses: its URL's, else the server's (kg serve --as-of ...).
function sliceValue(name, slice) {
  return query.has(name) ? query.get(name) : slice[name];
}

function dateInput(name, label, slice) {
  return el("label", {}, label + " ",
    el("input", { type: "text", name: name, value: sliceValue(name, slice), placeholder: "YYYY[-MM[-DD]]", size: 12,
      pattern: "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" }));
}

let infoPromise = null;
function info() {
  if (!infoPromise) infoPromise = api("/api/info");
  return infoPromise;
}

// A view's form: its own fields, then the filters every view shares (folded away unless
// some are set). Submitting it loads the view's URL with the new state.
// The time slice's fields (as of, since, undated evidence), and whether any narrows the graph.
function sliceFields(slice) {
  const undated = sliceValue("undated", slice);
  return el("p", {}, dateInput("as_of", "As of", slice), " ", dateInput("since", "Since", slice), " ",
    el("label", {}, "Undated evidence ", el("select", { name: "undated" },
      [["exclude", "left out"], ["include", "kept"]].map(([v, label]) =>
        el("option", { value: v, selected: v === undated }, label)))));
}
function sliceSet(slice) {
  return sliceValue("as_of", slice) || sliceValue("since", slice) || sliceValue("undated", slice) === "include";
}

async function filtersForm(action, hidden, fields, button) {
  const i = await info();
  const slice = i.time_slice;
  const open = params("type").length || params("predicate").length || sliceSet(slice);
  return el("form", { class: "filters", action: action, method: "get" },
    Object.entries(hidden).map(([k, v]) => el("input", { type: "hidden", name: k, value: v })),
    fields, " ", button || el("button", { type: "submit" }, "Apply"),
    el("details", { open: open || undefined }, el("summary", {}, "Filters"),
      checkboxes("type", i.types, params("type")),
      checkboxes("predicate", i.predicates, params("predicate")),
      sliceFields(slice)));
}

// The time slice of this view's URL, where it gives one (else the server's applies).
function sliceArgs() {
  const out = {};
  for (const k of SLICE) if (query.has(k)) out[k] = query.get(k);
  return out;
}

// The filters of this view's URL.
function filterArgs() {
  return { type: params("type"), predicate: params("predicate"), ...sliceArgs() };
}

// ---- views ----------------------------------------------------------------------------------------
async function homeView() {
  setTitle("");
  const [i, top] = await Promise.all([info(), api("/api/rank", { by: "pagerank", top: 12 })]);
  show(
    el("h1", {}, "Explore " + i.graph),
    el("p", { class: "lead" }, i.entities + " entities, " + i.relations + " relations from " + i.documents +
      " documents. Search an entity above, or start from the most connected:"),
    el("ol", { class: "top" }, top.ranking.map((r) => el("li", {}, entityLink(r.id, r.name), " ",
      el("span", { class: "type t-" + r.type }, r.type)))),
    el("p", {}, el("a", { href: "/path" }, "How are two entities connected?"), " · ",
      el("a", { href: "/rank" }, "Who matters most"), " · ", el("a", { href: "/communities" }, "Communities"), " · ",
      el("a", { href: "/documents" }, "Documents"), " · ", el("a", { href: "/changes" }, "What changed")));
}

async function searchView() {
  const q = param("q", "");
  setTitle("Search " + q);
  document.getElementById("q").value = q;
  const res = await api("/api/search", { q: q, limit: 50, type: params("type") });
  show(el("h1", {}, "Search: ", el("q", {}, q)),
    res.hits.length ? el("ul", { class: "hits" }, res.hits.map((h) => el("li", {}, entityLink(h.id, h.name), " ",
      el("span", { class: "type t-" + h.type }, h.type), h.country ? " · " + country(h) : "",
      h.source === "lexicon" ? [" ", lexiconBadge(LEXICON_ENTITY)] : "",
      h.matched !== h.name ? el("span", { class: "aka" }, " aka " + h.matched) : "",
      el("span", { class: "meta" }, " · " + h.relations + (h.relations === 1 ? " relation" : " relations")))))
      : el("p", {}, "No entity matches. Names and aliases are searched, case and accents ignored."));
}

async function entityView() {
  const id = param("id", "");
  const depth = param("depth", "1");
  const args = { id: id, ...filterArgs(), per_group: param("per_group") };
  const data = await api("/api/entity", args);
  const e = data.entity;
  setTitle(e.name);
  const head = el("div", { class: "entity-head" },
    el("h1", {}, e.name, " ", el("span", { class: "type t-" + e.type }, e.type)),
    el("p", { class: "meta" }, e.country ? "Country: " + country(e) + " · " : "",
      e.type_from === "lexicon" ? "type from the lexicon · " : "",
      e.relations + (e.relations === 1 ? " relation" : " relations"),
      e.aliases.length ? " · also known as " + e.aliases.join(", ") : ""),
    e.source === "lexicon" ? el("p", { class: "note lexicon-note" }, lexiconBadge(LEXICON_ENTITY),
      " No article states a fact about " + e.name + ": what is shown here comes from kg's built-in lexicon " +
      "(maps and reports leave it out unless asked to mark it).") : null);
  const depthSelect = el("label", {}, "Map depth ",
    el("select", { name: "depth" }, [0, 1, 2, 3].map((d) => el("option", { value: d, selected: String(d) === depth }, d))));
  const form = await filtersForm("/entity", { id: e.id }, depthSelect);
  const map = await mapPanel({ focus: e.id, depth: depth, ...filterArgs(), lexicon: "mark", max_nodes: param("max_nodes") }, "map");
  const groups = data.groups.map((g) => {
    const title = g.direction === "in" ? "\u2190 " + g.predicate + " (" + e.name + " is the object)"
      : g.direction === "both" ? "\u2194 " + g.predicate : g.predicate + " \u2192";
    const more = g.total > g.relations.length
      ? el("p", { class: "muted" }, g.relations.length + " of " + g.total + " shown, most confident first. ",
        el("a", { href: url("/entity", { ...args, per_group: Math.min(500, g.total) }) }, "Show all"))
      : null;
    return el("section", { class: "group" }, el("h3", {}, title, el("span", { class: "count" }, " " + g.total)),
      el("ul", { class: "relations" }, g.relations.map((r) => relationItem(r))), more);
  });
  show(head, form, el("div", { class: "columns" },
    el("div", { class: "facts" },
      el("h2", {}, "Facts", el("span", { class: "count" }, " " + data.relations)),
      groups.length ? groups : el("p", { class: "muted" }, "No fact about " + e.name + " passes these filters."),
      el("p", {}, el("a", { href: url("/path", { from: e.name }) }, "How is " + e.name + " connected to…?"))),
    map));
}

async function pathForm() {
  const from = el("input", { name: "from", id: "from", value: param("from", ""), placeholder: "From", autocomplete: "off", required: true });
  const to = el("input", { name: "to", id: "to", value: param("to", ""), placeholder: "To", autocomplete: "off", required: true });
  const k = el("select", { name: "k", id: "k" }, [1, 2, 3, 5].map((n) => el("option", { value: n, selected: String(n) === param("k", "1") }, n)));
  const fromBox = el("span", { class: "suggest" }, from), toBox = el("span", { class: "suggest" }, to);
  const form = await filtersForm("/path", {}, [fromBox, " \u2192 ", toBox, " ", el("label", {}, "paths ", k)],
    el("button", { type: "submit", id: "find" }, "Find"));
  attachSuggestions(from, (h) => { from.value = h.name; to.focus(); });
  attachSuggestions(to, (h) => { to.value = h.name; });
  return form;
}

function hopItem(edge) {
  const arrow = edge.direction === "forward" ? [" \u2014" + edge.predicate + "\u2192 "] : [" \u2190" + edge.predicate + "\u2014 "];
  return el("li", { class: "hop" },
    el("span", { class: "fact" }, entityLink(edge.from, edge.from), el("span", { class: "predicate" }, arrow),
      entityLink(edge.to, edge.to)),
    el("span", { class: "meta" }, edge.source === "lexicon" ? [" ", lexiconBadge("no article states this fact")] : "",
      " confidence " + fmt(edge.confidence)),
    edge.evidence ? el("ul", { class: "evidence-list" }, el("li", { class: "evidence" },
      el("q", { class: "sentence" }, edge.evidence.sentence), " ",
      el("span", { class: "meta" }, "— ", docLink(edge.evidence.doc), edge.evidence.date ? " · " + edge.evidence.date : "",
        edge.evidence_count > 1 ? " · +" + (edge.evidence_count - 1) + " more" : ""))) : null);
}

async function pathView() {
  setTitle("Paths");
  const form = await pathForm();
  const from = param("from", ""), to = param("to", "");
  if (!from || !to) {
    show(el("h1", {}, "How are two entities connected?"), form,
      el("p", { class: "muted" }, "The shortest chains of facts between two entities, each step with its evidence."));
    return;
  }
  const k = Number(param("k", "1"));
  const res = await api("/api/path", { from: from, to: to, k: k, ...filterArgs() });
  setTitle(res.from + " \u2192 " + res.to);
  const paths = res.paths || (res.found ? [res] : []);
  const body = paths.length
    ? paths.map((p, i) => el("section", { class: "path" },
      el("h3", {}, (paths.length > 1 ? "#" + (i + 1) + ": " : "") + p.path.join(" \u2192 "),
        el("span", { class: "count" }, " " + p.hops + (p.hops === 1 ? " hop" : " hops"))),
      el("ol", { class: "hops" }, p.edges.map(hopItem))))
    : [el("p", { class: "error" }, "No path between " + res.from + " and " + res.to + " with these filters.")];
  const map = await mapPanel({ from: res.from, to: res.to, ...filterArgs(), lexicon: "mark" }, "path map");
  show(el("h1", {}, res.from + " \u2192 " + res.to), form,
    el("div", { class: "columns" }, el("div", { class: "paths" }, body), map));
}

async function rankView() {
  const by = param("by", "pagerank");
  const types = params("type");
  setTitle("Rankings");
  const i = await info();
  // Ranked as the news stood in the view's time slice (the server's unless the URL gives one).
  const res = await api("/api/rank", { by: by, type: types, top: param("top", 25), ...sliceArgs() });
  const form = el("form", { class: "filters", action: "/rank", method: "get" },
    el("label", {}, "By ", el("select", { name: "by" }, ["pagerank", "degree", "betweenness"].map((b) =>
      el("option", { value: b, selected: b === by }, b)))), " ",
    el("label", {}, "Type ", el("select", { name: "type" }, el("option", { value: "" }, "all"),
      i.types.map((t) => el("option", { value: t, selected: types.includes(t) }, t)))), " ",
    el("button", { type: "submit" }, "Rank"),
    el("details", { open: sliceSet(i.time_slice) || undefined }, el("summary", {}, "Dates"), sliceFields(i.time_slice)));
  show(el("h1", {}, "Who matters most"), form,
    el("table", { class: "ranking" }, el("thead", {}, el("tr", {}, el("th", {}, "#"), el("th", {}, "Entity"),
      el("th", {}, "Type"), el("th", {}, by))),
      el("tbody", {}, res.ranking.map((r) => el("tr", {}, el("td", {}, r.rank), el("td", {}, entityLink(r.id, r.name)),
        el("td", {}, el("span", { class: "type t-" + r.type }, r.type)),
        el("td", { class: "num" }, by === "degree" ? r.score : fmt(r.score, 5)))))));
}

async function communitiesView() {
  setTitle("Communities");
  const i = await info();
  const res = await api("/api/communities", { top: param("top", 30), members: 15, ...sliceArgs() });
  const form = el("form", { class: "filters", action: "/communities", method: "get" },
    el("button", { type: "submit" }, "Apply"),
    el("details", { open: sliceSet(i.time_slice) || undefined }, el("summary", {}, "Dates"), sliceFields(i.time_slice)));
  show(el("h1", {}, "Communities"), form,
    el("p", { class: "muted" }, res.count + " communities (label propagation); the largest first, their most important members first."),
    el("ol", { class: "communities", start: 0 }, res.communities.map((c) => el("li", {},
      el("strong", {}, c.size + (c.size === 1 ? " entity" : " entities")), ": ",
      ...c.entities.flatMap((id, k) => [k ? ", " : "", entityLink(id, res.names[id] ? res.names[id].name : id)]),
      c.size > c.entities.length ? ", \u2026" : ""))));
}

async function documentsView() {
  setTitle("Documents");
  const offset = Number(param("offset", 0)), limit = 100;
  const res = await api("/api/documents", { offset: offset, limit: limit, sort: param("sort", "date") });
  const pager = el("p", { class: "pager" },
    offset > 0 ? el("a", { href: url("/documents", { offset: Math.max(0, offset - limit) }) }, "\u2190 newer") : "",
    " " + (offset + 1) + "\u2013" + Math.min(offset + limit, res.count) + " of " + res.count + " ",
    offset + limit < res.count ? el("a", { href: url("/documents", { offset: offset + limit }) }, "older \u2192") : "");
  show(el("h1", {}, "Documents"), pager,
    el("table", { class: "documents" }, el("thead", {}, el("tr", {}, el("th", {}, "Date"), el("th", {}, "Title"),
      el("th", {}, "Document"), el("th", {}, "Source"))),
      el("tbody", {}, res.documents.map((d) => el("tr", {}, el("td", {}, d.date), el("td", {}, d.title),
        el("td", {}, docLink(d.name)), el("td", {}, d.source))))));
}

function safeHref(u) {
  return /^https?:\/\//i.test(u) ? u : null;
}

async function documentView() {
  const name = param("name", "");
  const res = await api("/api/document", { name: name });
  const d = res.document;
  setTitle(d.title || d.name);
  const facts = res.facts;
  const text = el("div", { class: "doc-text", id: "doc-text" });
  for (const seg of res.segments) {
    let node = document.createTextNode(seg.text);
    if (seg.match) node = el("mark", { class: "match" }, node);
    if (seg.facts) {
      const tip = seg.facts.map((i) => facts[i].subject + " " + facts[i].predicate + " " + facts[i].object).join("\n");
      node = el("a", { class: "fact-span", href: "#fact-" + seg.facts[0], title: tip }, node);
    }
    text.append(node);
  }
  const state = {
    ok: null,
    changed: el("p", { class: "note" }, "The file changed since the graph was built: facts whose sentence moved are not highlighted."),
    missing: el("p", { class: "note" }, "The article's text is not at hand (its file was not found); its facts are listed below."),
  }[res.text_state];
  const href = safeHref(d.url);
  show(el("h1", {}, d.title || d.name),
    el("p", { class: "meta" }, d.name, d.date ? " · " + d.date : "", d.source ? " · " + d.source : "",
      d.lang ? " · " + d.lang : "", href ? [" · ", el("a", { href: href, rel: "noreferrer noopener" }, "original")] : ""),
    state, res.segments.length ? text : null,
    el("h2", {}, "Facts from this document", el("span", { class: "count" }, " " + facts.length)),
    el("ol", { class: "relations" }, facts.map((r, i) => {
      const li = relationItem(r);
      li.id = "fact-" + i;
      return li;
    })));
}

async function changesView() {
  setTitle("What changed");
  const since = param("since", (await info()).time_slice.since);
  const form = el("form", { class: "filters", action: "/changes", method: "get" },
    el("label", {}, "Facts first reported since ",
      el("input", { name: "since", value: since, placeholder: "YYYY[-MM[-DD]]", required: true, size: 12 })), " ",
    el("button", { type: "submit" }, "Show"));
  if (!since) {
    show(el("h1", {}, "What changed"), form);
    return;
  }
  const res = await api("/api/changes", { since: since, limit: param("limit", 200), type: params("type"), predicate: params("predicate") });
  show(el("h1", {}, "What changed since " + res.since), form,
    el("p", { class: "muted" }, res.total + (res.total === 1 ? " fact" : " facts") + " first reported since " + res.since +
      (res.total > res.relations.length ? " (the newest " + res.relations.length + " shown)" : "") + "."),
    el("ul", { class: "relations" }, res.relations.map((r) => relationItem(r))));
}

const views = {
  "/": homeView,
  "/search": searchView,
  "/entity": entityView,
  "/path": pathView,
  "/rank": rankView,
  "/communities": communitiesView,
  "/documents": documentsView,
  "/document": documentView,
  "/changes": changesView,
};

async function footer() {
  try {
    const i = await info();
    document.getElementById("footer").replaceChildren(
      el("span", {}, i.graph + ": " + i.entities + " entities, " + i.relations + " relations · loaded " + i.loaded_at +
        (i.time_slice.description ? " · pages start from " + i.time_slice.description : "") + " · " + i.version));
  } catch (e) {
    // the page itself says what went wrong
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  const q = document.getElementById("q");
  attachSuggestions(q, (h) => { location.href = url("/entity", { id: h.id }); });
  const view = views[location.pathname] || homeView;
  footer();
  try {
    await view();
  } catch (e) {
    show(errorBox(e));
  }
  document.body.dataset.ready = "1";  // for tests: the view is drawn (maps may still be coming)
});
