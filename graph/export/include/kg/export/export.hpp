// Exports of a kg graph to the formats of the graph ecosystem: GraphML (NetworkX, igraph,
// Gephi, yEd), RDF N-Triples and Turtle (Jena, QLever, any triple store), Neo4j bulk-import
// CSV and a Cypher script, and a CSV of triples with evidence for spreadsheets.
//
// The writers work on ExportGraph, the graph's sorted records (see graph_export.hpp for
// taking them from a kg::graph::Graph), so every format can be tested without building a
// graph. A time slice is taken of the graph first (kg::graph::as_of), never here.
// Every output is deterministic (inputs are sorted, nothing is iterated unordered) and
// every piece of article text goes through the escaping rules of format.hpp.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph/graph.hpp"
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

// The graph's own records (kg/graph/graph.hpp), not copies: what a format writes of an
// entity or a fact is what the graph holds (and RelationInfo::best_evidence chooses the
// sentence a format has room for).
using ExportEntity = kg::graph::EntityInfo;
using ExportRelation = kg::graph::RelationInfo;

struct ExportGraph {
  std::vector<ExportEntity> entities;    // sorted by id
  std::vector<ExportRelation> relations; // sorted by (subject, predicate, object)
  std::vector<DocumentInfo> documents;   // sorted by name
};

struct ExportOptions {
  std::string base_iri = std::string(kDefaultBaseIri);
};

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

// Writes `format` to `out` atomically (each file through kg::io::AtomicFile). Returns the
// paths written.
std::vector<std::string> write_export(const ExportGraph& g, Format format, const std::string& out,
                                      const ExportOptions& opt);

}  // namespace kg::interop
