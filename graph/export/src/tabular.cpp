// Row-based exports: Neo4j bulk-import CSV, a Cypher script, and a CSV of triples with
// their evidence for spreadsheets.
#include <map>
#include <string>

#include "kg/export/export.hpp"
#include "kg/export/format.hpp"
#include "kg/io.hpp"

namespace kg::interop {
namespace {

// neo4j-admin splits array fields on ';' and has no escape for it: a ';' inside one alias
// becomes ',' so that the alias stays one element.
std::string neo4j_array(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& item : items) {
    if (!s.empty()) s += ';';
    for (char c : item) s.push_back(c == ';' ? ',' : c);
  }
  return s;
}

std::map<std::string, const ExportEntity*> by_id(const ExportGraph& g) {
  std::map<std::string, const ExportEntity*> m;
  for (const auto& e : g.entities) m.emplace(e.id, &e);
  return m;
}

}  // namespace

void write_neo4j_nodes(std::ostream& out, const ExportGraph& g) {
  out << "id:ID,name,type,country,aliases:string[],:LABEL\n";
  for (const auto& e : g.entities) {
    const std::string type(to_string(e.type));
    out << csv_field(e.id) << ',' << csv_field(e.name) << ',' << csv_field(type) << ','
        << csv_field(e.country) << ',' << csv_field(neo4j_array(e.aliases)) << ','
        << csv_field("Entity;" + type) << '\n';
  }
}

void write_neo4j_relationships(std::ostream& out, const ExportGraph& g) {
  out << ":START_ID,:END_ID,:TYPE,confidence:float,evidence_count:int,first_seen,last_seen,evidence,doc\n";
  for (const auto& r : g.relations) {
    const Evidence* best = r.best_evidence();
    out << csv_field(r.subject) << ',' << csv_field(r.object) << ','
        << upper_snake(to_string(r.predicate)) << ',' << decimal(r.confidence) << ','
        << r.evidence.size() << ',' << csv_field(r.first_seen) << ',' << csv_field(r.last_seen) << ','
        << csv_field(best ? best->sentence : "") << ',' << csv_field(best ? best->doc : "") << '\n';
  }
}

void write_cypher(std::ostream& out, const ExportGraph& g) {
  out << "// kg export (Cypher). Run with: cypher-shell -f FILE. Entities are (:Entity:<Type>\n"
         "// {id, name, type, country, aliases}); facts are relationships named after the predicate\n"
         "// in upper case, with confidence, evidence_count, first_seen, last_seen and the best\n"
         "// evidence sentence and doc. MERGE on ids, so running it twice changes nothing.\n"
         "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n";
  for (const auto& e : g.entities) {
    out << "MERGE (n:Entity {id: " << cypher_string(e.id) << "}) SET n:`" << to_string(e.type)
        << "`, n.name = " << cypher_string(e.name) << ", n.type = " << cypher_string(to_string(e.type));
    if (!e.country.empty()) out << ", n.country = " << cypher_string(e.country);
    if (!e.aliases.empty()) {
      out << ", n.aliases = [";
      for (std::size_t i = 0; i < e.aliases.size(); ++i) out << (i ? ", " : "") << cypher_string(e.aliases[i]);
      out << "]";
    }
    out << ";\n";
  }
  kg::io::check_interrupted();
  for (const auto& r : g.relations) {
    const Evidence* best = r.best_evidence();
    out << "MATCH (s:Entity {id: " << cypher_string(r.subject) << "}), (o:Entity {id: " << cypher_string(r.object)
        << "}) MERGE (s)-[r:" << upper_snake(to_string(r.predicate)) << "]->(o) SET r.confidence = "
        << decimal(r.confidence) << ", r.evidence_count = " << r.evidence.size();
    if (!r.first_seen.empty()) out << ", r.first_seen = " << cypher_string(r.first_seen);
    if (!r.last_seen.empty()) out << ", r.last_seen = " << cypher_string(r.last_seen);
    if (best) out << ", r.evidence = " << cypher_string(best->sentence) << ", r.doc = " << cypher_string(best->doc);
    out << ";\n";
  }
}

void write_triples_csv(std::ostream& out, const ExportGraph& g) {
  const auto entities = by_id(g);
  const auto cell = [](std::string_view s) { return csv_field(spreadsheet_safe(s)); };
  out << "subject,subject_type,predicate,object,object_type,confidence,doc,date,sentence\r\n";
  for (const auto& r : g.relations) {
    const auto s = entities.find(r.subject);
    const auto o = entities.find(r.object);
    const std::string s_name = s != entities.end() ? s->second->name : r.subject;
    const std::string o_name = o != entities.end() ? o->second->name : r.object;
    const std::string s_type(to_string(s != entities.end() ? s->second->type : EntityType::Unknown));
    const std::string o_type(to_string(o != entities.end() ? o->second->type : EntityType::Unknown));
    for (std::size_t i = 0; i < r.evidence.size(); ++i) {
      const Evidence& ev = r.evidence[i];
      out << cell(s_name) << ',' << cell(s_type) << ',' << cell(to_string(r.predicate)) << ',' << cell(o_name)
          << ',' << cell(o_type) << ',' << cell(decimal(r.confidence_of(i))) << ',' << cell(ev.doc) << ','
          << cell(ev.date) << ',' << cell(ev.sentence) << "\r\n";
    }
  }
}

}  // namespace kg::interop
