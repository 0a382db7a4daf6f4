// RDF exports. Both syntaxes are printed from one list of statements, so N-Triples and
// Turtle always hold the same graph. Shape (base B, default https://kg.example/):
//   B:entity/<id>   a B:schema/<Type> ; rdfs:label "name" ; skos:altLabel "alias" ;
//                   B:schema/country "China" ; B:schema/<predicate> B:entity/<id2> .
//   B:evidence/<h>  a rdf:Statement ; rdf:subject/predicate/object (the fact) ;
//                   B:schema/doc B:doc/<name> ; B:schema/sentence "..." ; B:schema/start,
//                   end (byte offsets) ; B:schema/date ; B:schema/confidence (this evidence's).
//   B:doc/<name>    a B:schema/Document ; rdfs:label ; title, url, date, lang, source, hash.
// Evidence is reified with the standard rdf:Statement vocabulary (no RDF-star), so every
// triple store reads it; <h> is a hash of the fact and the evidence span, stable across runs.
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "kg/export/export.hpp"
#include "kg/export/format.hpp"
#include "kg/io.hpp"

namespace kg::interop {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";

struct Object {
  bool is_iri = false;
  std::string value;     // IRI, or literal lexical form (unescaped)
  std::string datatype;  // literal datatype IRI, empty for a plain string
};

struct Statement {
  std::string subject, predicate;  // IRIs
  Object object;
};

// Emits statements one by one to a sink, so a large graph is never held twice in memory.
using Sink = std::function<void(const Statement&)>;

class Builder {
 public:
  Builder(std::string_view base, const Sink& sink) : base_(base), sink_(sink) {}

  std::string entity(const std::string& id) const { return base_ + "entity/" + iri_segment(id); }
  std::string schema(std::string_view term) const { return base_ + "schema/" + iri_segment(term); }
  std::string doc(const std::string& name) const { return base_ + "doc/" + iri_segment(name); }
  std::string evidence(const std::string& hash) const { return base_ + "evidence/" + hash; }

  void iri(const std::string& s, const std::string& p, const std::string& o) {
    sink_({s, p, {true, o, {}}});
  }
  void text(const std::string& s, const std::string& p, const std::string& value) {
    if (!value.empty()) sink_({s, p, {false, value, {}}});
  }
  void typed(const std::string& s, const std::string& p, const std::string& value, std::string_view type) {
    sink_({s, p, {false, value, std::string(kXsd) + std::string(type)}});
  }
  void date(const std::string& s, const std::string& p, const std::string& value) {
    if (value.empty()) return;
    if (is_iso_date(value)) typed(s, p, value, "date");
    else text(s, p, value);
  }

 private:
  std::string base_;
  const Sink& sink_;
};

void statements(const ExportGraph& g, std::string_view base_iri, const Sink& sink) {
  const std::string base = normalize_base_iri(base_iri);
  Builder b(base, sink);
  const std::string a = std::string(kRdf) + "type";
  const std::string label = std::string(kRdfs) + "label";

  // The vocabulary actually used, so the file explains itself to a triple-store browser.
  std::set<std::string> types, predicates;
  for (const auto& e : g.entities) types.insert(std::string(to_string(e.type)));
  for (const auto& r : g.relations) predicates.insert(std::string(to_string(r.predicate)));
  for (const auto& t : types) {
    b.iri(b.schema(t), a, std::string(kRdfs) + "Class");
    b.text(b.schema(t), label, t);
  }
  for (const auto& p : predicates) {
    b.iri(b.schema(p), a, std::string(kRdf) + "Property");
    b.text(b.schema(p), label, p);
  }

  // Entities, each followed by the facts it is the subject of (relations are sorted by subject).
  std::size_t ri = 0;
  for (const auto& e : g.entities) {
    const std::string s = b.entity(e.id);
    b.iri(s, a, b.schema(to_string(e.type)));
    b.text(s, label, e.name);
    for (const auto& alias : e.aliases)
      if (alias != e.name) b.text(s, std::string(kSkos) + "altLabel", alias);
    b.text(s, b.schema("country"), e.country);
    while (ri < g.relations.size() && g.relations[ri].subject < e.id) ++ri;
    for (; ri < g.relations.size() && g.relations[ri].subject == e.id; ++ri)
      b.iri(s, b.schema(to_string(g.relations[ri].predicate)), b.entity(g.relations[ri].object));
  }
  kg::io::check_interrupted();

  for (const auto& r : g.relations) {
    const std::string fact = r.subject + '\x1f' + std::string(to_string(r.predicate)) + '\x1f' + r.object;
    for (std::size_t i = 0; i < r.evidence.size(); ++i) {
      const Evidence& ev = r.evidence[i];
      const std::string s = b.evidence(stable_hash(fact + '\x1f' + ev.doc + '\x1f' + std::to_string(ev.start) +
                                                   '\x1f' + std::to_string(ev.end) + '\x1f' + ev.sentence));
      b.iri(s, a, std::string(kRdf) + "Statement");
      b.iri(s, std::string(kRdf) + "subject", b.entity(r.subject));
      b.iri(s, std::string(kRdf) + "predicate", b.schema(to_string(r.predicate)));
      b.iri(s, std::string(kRdf) + "object", b.entity(r.object));
      if (!ev.doc.empty()) b.iri(s, b.schema("doc"), b.doc(ev.doc));
      b.text(s, b.schema("sentence"), ev.sentence);
      b.typed(s, b.schema("start"), std::to_string(ev.start), "integer");
      b.typed(s, b.schema("end"), std::to_string(ev.end), "integer");
      b.date(s, b.schema("date"), ev.date);
      b.typed(s, b.schema("confidence"), decimal(r.confidence_of(i)), "decimal");
    }
  }
  kg::io::check_interrupted();

  for (const auto& d : g.documents) {
    const std::string s = b.doc(d.name);
    b.iri(s, a, b.schema("Document"));
    b.text(s, label, d.name);
    b.text(s, b.schema("title"), d.title);
    b.text(s, b.schema("url"), d.url);
    b.date(s, b.schema("date"), d.date);
    b.text(s, b.schema("lang"), d.lang);
    b.text(s, b.schema("source"), d.source);
    b.text(s, b.schema("hash"), d.hash);
  }
}

std::string literal(const Object& o) {
  std::string s = "\"" + rdf_literal_body(o.value) + "\"";
  if (!o.datatype.empty()) s += "^^<" + o.datatype + ">";
  return s;
}

// Turtle prefixes; a name is shortened only when its local part is a plain token of
// [A-Za-z0-9_-.] that starts with [A-Za-z0-9_] and does not end in '.', otherwise the
// full <IRI> is written.
struct Prefix {
  std::string name, iri;
};

bool plain_local(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    (i > 0 && c == '-') || (i > 0 && i + 1 < s.size() && c == '.');
    if (!ok) return false;
  }
  return true;
}

std::string turtle_iri(const std::string& iri, const std::vector<Prefix>& prefixes) {
  if (iri == std::string(kRdf) + "type") return "a";
  // Longest matching namespace first, so "schema/" wins over the base itself.
  const Prefix* best = nullptr;
  for (const auto& p : prefixes)
    if (iri.size() > p.iri.size() && iri.compare(0, p.iri.size(), p.iri) == 0 &&
        plain_local(std::string_view(iri).substr(p.iri.size())) && (!best || p.iri.size() > best->iri.size()))
      best = &p;
  if (best) return best->name + ":" + iri.substr(best->iri.size());
  return "<" + iri + ">";
}

}  // namespace

void write_ntriples(std::ostream& out, const ExportGraph& g, std::string_view base_iri) {
  statements(g, base_iri, [&](const Statement& st) {
    out << '<' << st.subject << "> <" << st.predicate << "> ";
    if (st.object.is_iri) out << '<' << st.object.value << '>';
    else out << literal(st.object);
    out << " .\n";
  });
}

void write_turtle(std::ostream& out, const ExportGraph& g, std::string_view base_iri) {
  const std::string base = normalize_base_iri(base_iri);
  const std::vector<Prefix> prefixes{
      {"rdf", std::string(kRdf)},          {"rdfs", std::string(kRdfs)},
      {"xsd", std::string(kXsd)},          {"skos", std::string(kSkos)},
      {"kg", base + "schema/"},            {"ent", base + "entity/"},
      {"ev", base + "evidence/"},          {"doc", base + "doc/"},
  };
  out << "# kg export (RDF Turtle). Facts are B:entity/X kg:predicate B:entity/Y; each piece of\n"
         "# evidence is an rdf:Statement with its document, sentence, date and confidence.\n";
  for (const auto& p : prefixes) out << "@prefix " << p.name << ": <" << p.iri << "> .\n";
  std::string subject, predicate;
  statements(g, base, [&](const Statement& st) {
    std::string obj;
    if (st.object.is_iri) {
      obj = turtle_iri(st.object.value, prefixes);
    } else {
      obj = "\"" + rdf_literal_body(st.object.value) + "\"";
      if (!st.object.datatype.empty()) obj += "^^" + turtle_iri(st.object.datatype, prefixes);
    }
    if (st.subject != subject) {
      if (!subject.empty()) out << " .\n";
      out << "\n" << turtle_iri(st.subject, prefixes) << "\n    " << turtle_iri(st.predicate, prefixes) << " " << obj;
      subject = st.subject;
      predicate = st.predicate;
    } else if (st.predicate != predicate) {
      out << " ;\n    " << turtle_iri(st.predicate, prefixes) << " " << obj;
      predicate = st.predicate;
    } else {
      out << " ,\n        " << obj;
    }
  });
  if (!subject.empty()) out << " .\n";
}

}  // namespace kg::interop
