// Exports of a kg graph to the formats of the graph ecosystem: GraphML (NetworkX, igraph,
// Gephi, yEd), RDF N-Triples and Turtle (Jena, QLever, any triple store), Neo4j bulk-import
// CSV and a Cypher script, and a CSV of triples with evidence for spreadsheets.
//
// The writers work on ExportGraph, a plain sorted copy of what they need (see
// graph_export.hpp for taking one from a kg::graph::Graph), so every format can be tested
// without building a graph and is insulated from additions to the graph API.
// Every output is deterministic (inputs are sorted, nothing is iterated unordered) and
// every piece of article text goes through the escaping rules of format.hpp.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/model.hpp"
#include "kg/text.hpp"

namespace kg::interop {

enum class Format { graphml, ntriples, turtle, neo4j, cypher, csv };

std::string_view to_string(Format f);
// "graphml", "ntriples" (or "nt"), "turtle" (or "ttl"), "neo4j", "cypher", "csv".
std::optional<Format> parse_format(std::string_view name);
// By extension: .graphml, .nt, .ttl, .cypher (or .cql), .csv; nullopt otherwise.
std::optional<Format> format_from_path(const std::string& path);

// The IRIs of an RDF export live under this base unless --base-iri says otherwise:
// <base>entity/<id>, <base>schema/<predicate or Type>, <base>evidence/<hash>, <base>doc/<name>.
inline constexpr std::string_view kDefaultBaseIri = "https://kg.example/";

struct ExportEntity {
  std::string id;  // stable entity id (the graph's slug)
  std::string name;
  EntityType type = EntityType::Unknown;
  std::string country;
  std::vector<std::string> aliases;  // sorted, unique
};

struct ExportRelation {
  std::string subject, object;  // entity ids
  Predicate predicate = Predicate::develops;
  double confidence = 0;            // of the fact, combined over its evidence: 1 - prod(1 - c_i)
  std::vector<Evidence> evidence;   // sorted
  std::string first_seen, last_seen;
  std::vector<double> evidence_confidence;  // c_i, parallel to evidence (empty = unknown)

  // The confidence of evidence i (the fact's own when unknown).
  double confidence_of(std::size_t i) const {
    return i < evidence_confidence.size() ? evidence_confidence[i] : confidence;
  }
};

struct ExportGraph {
  std::vector<ExportEntity> entities;    // sorted by id
  std::vector<ExportRelation> relations; // sorted by (subject, predicate, object)
  std::vector<DocumentInfo> documents;   // sorted by name
};

struct ExportOptions {
  std::string base_iri = std::string(kDefaultBaseIri);
  kg::text::DateRange dates;  // unbounded = the whole graph
};

// The graph as the news stood in the time slice `dates` (kg::text::DateRange: the rule every
// command uses, undated evidence left out unless asked for): evidence outside it is dropped;
// relations left without evidence are dropped, confidence and first/last seen recomputed
// from the evidence kept; entities and documents are kept only when a kept relation uses
// them. Throws UsageError on a bad date.
ExportGraph filter_by_date(const ExportGraph& g, const kg::text::DateRange& dates);

// The evidence shown when a format has room for one sentence: highest confidence, then
// document, then start (the order kg::graph uses); nullptr when there is none.
const Evidence* best_evidence(const ExportRelation& r);

void write_graphml(std::ostream& out, const ExportGraph& g);
void write_ntriples(std::ostream& out, const ExportGraph& g, std::string_view base_iri = kDefaultBaseIri);
void write_turtle(std::ostream& out, const ExportGraph& g, std::string_view base_iri = kDefaultBaseIri);
// Neo4j `neo4j-admin database import full` input (array delimiter ';', RFC 4180 quoting;
// fields may hold newlines, hence --multiline-fields=true).
void write_neo4j_nodes(std::ostream& out, const ExportGraph& g);
void write_neo4j_relationships(std::ostream& out, const ExportGraph& g);
// A Cypher script of MERGE statements, one per line, for cypher-shell -f.
void write_cypher(std::ostream& out, const ExportGraph& g);
// One row per evidence: subject,subject_type,predicate,object,object_type,confidence,doc,
// date,sentence. RFC 4180 with CRLF; cells starting with = + - @ get a leading quote.
void write_triples_csv(std::ostream& out, const ExportGraph& g);

// Where the Neo4j files go for `-o out`: a directory (created) holding nodes.csv and
// relationships.csv, unless `out` ends in '-' or '_', which makes it a file-name prefix
// (out-nodes.csv, out-relationships.csv).
std::pair<std::string, std::string> neo4j_paths(const std::string& out);

// Applies the date range of `opt`, then writes `format` to `out` atomically (each file
// through kg::io::AtomicFile). Returns the paths written.
std::vector<std::string> write_export(const ExportGraph& g, Format format, const std::string& out,
                                      const ExportOptions& opt);

}  // namespace kg::interop
