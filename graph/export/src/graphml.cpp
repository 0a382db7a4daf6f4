// GraphML (http://graphml.graphdrawing.org/), as read by NetworkX read_graphml, igraph
// Read_GraphML, Gephi and yEd: every attribute is declared once as a <key> with its
// attr.type, so readers get numbers as numbers. Keys are named after their attribute
// ("name", "confidence"), which keeps the file readable and ids stable across versions.
#include <string>

#include "kg/export/export.hpp"
#include "kg/export/format.hpp"
#include "kg/io.hpp"

namespace kg::interop {
namespace {

struct Key {
  const char* domain;  // "node" | "edge"
  const char* name;
  const char* type;    // GraphML attr.type
};

constexpr Key kKeys[] = {
    {"node", "name", "string"},         {"node", "type", "string"},
    {"node", "country", "string"},      {"node", "aliases", "string"},
    {"edge", "predicate", "string"},    {"edge", "confidence", "double"},
    {"edge", "evidence_count", "int"},  {"edge", "first_seen", "string"},
    {"edge", "last_seen", "string"},    {"edge", "evidence", "string"},
    {"edge", "doc", "string"},
};

void data(std::ostream& out, const char* key, const std::string& value) {
  out << "      <data key=\"" << key << "\">" << xml_text(value) << "</data>\n";
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string s;
  for (const auto& item : items) {
    if (!s.empty()) s += sep;
    s += item;
  }
  return s;
}

}  // namespace

void write_graphml(std::ostream& out, const ExportGraph& g) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <!-- kg export: entities with type, country and aliases ('; '-separated); one edge per\n"
         "       fact with its predicate, combined confidence, evidence count, first/last report\n"
         "       date and its best evidence sentence and document. -->\n";
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.name << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  for (const auto& e : g.entities) {
    out << "    <node id=\"" << xml_text(e.id) << "\">\n";
    data(out, "name", e.name);
    data(out, "type", std::string(to_string(e.type)));
    if (!e.country.empty()) data(out, "country", e.country);
    if (!e.aliases.empty()) data(out, "aliases", join(e.aliases, "; "));
    out << "    </node>\n";
  }
  kg::io::check_interrupted();
  std::size_t n = 0;
  for (const auto& r : g.relations) {
    out << "    <edge id=\"e" << n++ << "\" source=\"" << xml_text(r.subject) << "\" target=\""
        << xml_text(r.object) << "\">\n";
    data(out, "predicate", std::string(to_string(r.predicate)));
    data(out, "confidence", decimal(r.confidence));
    data(out, "evidence_count", std::to_string(r.evidence.size()));
    if (!r.first_seen.empty()) data(out, "first_seen", r.first_seen);
    if (!r.last_seen.empty()) data(out, "last_seen", r.last_seen);
    if (const Evidence* best = r.best_evidence()) {
      data(out, "evidence", best->sentence);
      data(out, "doc", best->doc);
    }
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kg::interop
