// Format names and the atomic writing of each export.
#include "kg/export/export.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "kg/error.hpp"
#include "kg/export/format.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

namespace kg::interop {

std::string_view to_string(Format f) {
  switch (f) {
    case Format::graphml: return "graphml";
    case Format::ntriples: return "ntriples";
    case Format::turtle: return "turtle";
    case Format::neo4j: return "neo4j";
    case Format::cypher: return "cypher";
    case Format::csv: return "csv";
  }
  return "graphml";
}

std::optional<Format> parse_format(std::string_view name) {
  std::string n;
  for (char c : name) n.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  if (n == "graphml") return Format::graphml;
  if (n == "ntriples" || n == "nt" || n == "n-triples") return Format::ntriples;
  if (n == "turtle" || n == "ttl") return Format::turtle;
  if (n == "neo4j") return Format::neo4j;
  if (n == "cypher" || n == "cql") return Format::cypher;
  if (n == "csv") return Format::csv;
  return std::nullopt;
}

std::optional<Format> format_from_path(const std::string& path) {
  const std::string ext = kg::io::extension(path);
  if (ext == "graphml") return Format::graphml;
  if (ext == "nt") return Format::ntriples;
  if (ext == "ttl") return Format::turtle;
  if (ext == "cypher" || ext == "cql") return Format::cypher;
  if (ext == "csv") return Format::csv;
  return std::nullopt;
}

std::pair<std::string, std::string> neo4j_paths(const std::string& out) {
  if (!out.empty() && (out.back() == '-' || out.back() == '_'))
    return {out + "nodes.csv", out + "relationships.csv"};
  const std::filesystem::path dir(out);
  return {(dir / "nodes.csv").string(), (dir / "relationships.csv").string()};
}

std::vector<std::string> write_export(const ExportGraph& g, Format format, const std::string& out,
                                      const ExportOptions& opt) {
  const std::string base = normalize_base_iri(opt.base_iri);
  if (format == Format::neo4j) {
    if (out == "-") throw UsageError("--format neo4j writes two files: give -o a directory");
    const auto [nodes_path, rels_path] = neo4j_paths(out);
    const bool prefix = out.back() == '-' || out.back() == '_';
    if (!prefix && std::filesystem::exists(out) && !std::filesystem::is_directory(out))
      throw UsageError(out + ": exists and is not a directory (--format neo4j writes a directory)");
    kg::io::AtomicFile nodes(nodes_path), rels(rels_path);
    write_neo4j_nodes(nodes.stream(), g);
    kg::io::check_interrupted();
    write_neo4j_relationships(rels.stream(), g);
    nodes.commit();
    rels.commit();
    return {nodes_path, rels_path};
  }
  kg::io::AtomicFile file(out);
  switch (format) {
    case Format::graphml: write_graphml(file.stream(), g); break;
    case Format::ntriples: write_ntriples(file.stream(), g, base); break;
    case Format::turtle: write_turtle(file.stream(), g, base); break;
    case Format::cypher: write_cypher(file.stream(), g); break;
    case Format::csv: write_triples_csv(file.stream(), g); break;
    case Format::neo4j: break;
  }
  kg::io::check_interrupted();
  file.commit();
  return {out};
}

}  // namespace kg::interop
