// Every writer's escaping. The input becomes names, sentences, documents and dates of any
// Unicode code point (controls, DEL, C1, noncharacters, astral, combining, right-to-left,
// very long), a graph is built from them, and each output is parsed back with the format's
// own reader: JSON by kg, XML (GraphML, SVG) by libxml2, DOT by Graphviz, N-Triples and
// Turtle by Raptor (when built with it), CSV by an RFC 4180 reader.
#include <fuzzer/FuzzedDataProvider.h>
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#if KG_FUZZ_RAPTOR
#include <raptor2.h>
#endif

#include <sstream>

#include "common.hpp"
#include "kg/export/export.hpp"
#include "kg/export/graph_export.hpp"
#include "kg/graph/graph.hpp"
#include "kg/render/render.hpp"
#include "kg/text.hpp"

namespace {

// A string drawn from the classes that break writers, or plain bytes made valid.
std::string text_from(FuzzedDataProvider& in) {
  static constexpr std::uint32_t kClasses[][2] = {
      {0x00, 0x1F}, {0x20, 0x7E}, {0x7F, 0x9F}, {0xA0, 0x2FF}, {0x300, 0x36F},   // C0, ASCII, DEL+C1, Latin, combining
      {0x590, 0x6FF}, {0x200B, 0x202E}, {0xFDD0, 0xFDEF}, {0xFFFE, 0xFFFF},        // RTL, format, noncharacters
      {0x4E00, 0x4E20}, {0x1F600, 0x1F64F}, {0x10FFFE, 0x10FFFF}};                 // CJK, astral
  std::string s;
  const std::size_t n = in.ConsumeIntegralInRange<std::size_t>(0, in.ConsumeBool() ? 12 : 3000);
  for (std::size_t i = 0; i < n && in.remaining_bytes(); ++i) {
    const auto& c = kClasses[in.ConsumeIntegralInRange<std::size_t>(0, std::size(kClasses) - 1)];
    kg::text::append_utf8(s, in.ConsumeIntegralInRange<std::uint32_t>(c[0], c[1]));
  }
  return s;
}

void check_utf8(const std::string& out, const char* what) {
  if (auto bad = kg::text::find_invalid_utf8(out))
    kg::fuzz::bug(std::string(what) + ": invalid UTF-8 at byte " + std::to_string(*bad));
}

void check_xml(const std::string& out, const char* what) {
  check_utf8(out, what);
  xmlDocPtr doc = xmlReadMemory(out.data(), static_cast<int>(out.size()), "out.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  if (!doc) kg::fuzz::bug(std::string(what) + ": not well-formed XML");
  xmlFreeDoc(doc);
}

void check_dot(const std::string& out, std::size_t nodes) {
  check_utf8(out, "DOT");
  Agraph_t* g = agmemread(out.c_str());
  if (!g) kg::fuzz::bug("DOT does not parse back");
  if (static_cast<std::size_t>(agnnodes(g)) < nodes) kg::fuzz::bug("DOT lost nodes");
  agclose(g);
}

// RFC 4180: every record has as many fields as the header.
void check_csv(const std::string& out, const char* what) {
  check_utf8(out, what);
  std::size_t fields = 1, header = 0;
  bool quoted = false, at_start = true;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    if (c == '\0') kg::fuzz::bug(std::string(what) + ": NUL in CSV");
    if (quoted) {
      if (c == '"') {
        if (i + 1 < out.size() && out[i + 1] == '"') ++i;
        else quoted = false;
      }
      continue;
    }
    if (c == '"') {
      if (!at_start) kg::fuzz::bug(std::string(what) + ": quote inside an unquoted CSV field");
      quoted = true;
    } else if (c == ',') {
      ++fields;
      at_start = true;
      continue;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < out.size() && out[i + 1] == '\n') ++i;
      if (!header) header = fields;
      else if (fields != header) kg::fuzz::bug(std::string(what) + ": a CSV record has another field count");
      fields = 1;
      at_start = true;
      continue;
    }
    at_start = false;
  }
  if (quoted) kg::fuzz::bug(std::string(what) + ": unterminated quoted CSV field");
}

#if KG_FUZZ_RAPTOR
void check_rdf(const std::string& out, const char* syntax) {
  check_utf8(out, syntax);
  raptor_world* w = raptor_new_world();
  int errors = 0;
  raptor_world_set_log_handler(w, &errors, [](void* user, raptor_log_message* m) {
    if (m->level >= RAPTOR_LOG_LEVEL_ERROR) ++*static_cast<int*>(user);
  });
  raptor_parser* p = raptor_new_parser(w, syntax);
  raptor_uri* base = raptor_new_uri(w, reinterpret_cast<const unsigned char*>("https://kg.example/"));
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, reinterpret_cast<const unsigned char*>(out.data()), out.size(), 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
  if (errors) kg::fuzz::bug(std::string(syntax) + " does not parse back");
}
#endif

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  kg::graph::Graph g;
  std::vector<std::string> names;
  for (int i = 0; i < 3; ++i) names.push_back(text_from(in));
  const int n_triples = in.ConsumeIntegralInRange<int>(1, 4);
  try {
    for (int i = 0; i < n_triples; ++i) {
      kg::Triple t;
      t.subject = {names[static_cast<std::size_t>(i) % 3], kg::EntityType::Company};
      t.object = {names[static_cast<std::size_t>(i + 1) % 3], kg::EntityType::Model};
      t.predicate = kg::Predicate::develops;
      t.confidence = in.ConsumeFloatingPointInRange<double>(0.01, 1.0);
      t.evidence = {text_from(in), text_from(in), 0, 10, in.ConsumeBool() ? "2025-01-02" : ""};
      if (t.subject.name.empty() || t.object.name.empty()) continue;
      g.add_triple(t);
      kg::DocumentInfo d;
      d.name = t.evidence.doc;
      d.title = text_from(in);
      d.url = text_from(in);
      if (!d.name.empty()) g.add_document(d);
    }
  } catch (const kg::Error&) {
    return 0;  // kg refused a name (say, empty once normalised): fine
  }
  g.freeze();
  if (g.relation_count() == 0) return 0;

  // JSON and .kgb graph files: written, read back, same content.
  for (const char* ext : {"json", "kgb"}) {
    const std::string out = kg::fuzz::scratch(std::string("g.") + ext);
    g.save(out);
    try {
      auto back = kg::graph::Graph::load(out);
      if (back.relation_count() != g.relation_count()) kg::fuzz::bug("graph file lost relations");
    } catch (const kg::InputError& e) {
      kg::fuzz::bug(std::string("graph file does not read back: ") + e.what());
    }
  }

  const auto snap = kg::interop::snapshot(g);
  auto written = [&](auto&& write) {
    std::ostringstream os;
    write(os);
    return os.str();
  };
  check_xml(written([&](std::ostream& os) { kg::interop::write_graphml(os, snap); }), "GraphML");
  check_csv(written([&](std::ostream& os) { kg::interop::write_triples_csv(os, snap); }), "CSV");
  check_csv(written([&](std::ostream& os) { kg::interop::write_neo4j_nodes(os, snap); }), "neo4j nodes");
  check_csv(written([&](std::ostream& os) { kg::interop::write_neo4j_relationships(os, snap); }), "neo4j relationships");
  check_utf8(written([&](std::ostream& os) { kg::interop::write_cypher(os, snap); }), "Cypher");
  const std::string nt = written([&](std::ostream& os) { kg::interop::write_ntriples(os, snap); });
  const std::string ttl = written([&](std::ostream& os) { kg::interop::write_turtle(os, snap); });
#if KG_FUZZ_RAPTOR
  check_rdf(nt, "ntriples");
  check_rdf(ttl, "turtle");
#else
  check_utf8(nt, "N-Triples");
  check_utf8(ttl, "Turtle");
#endif

  kg::graph::ViewOptions vo;
  vo.title = text_from(in);
  const auto view = kg::graph::make_view(g, vo);
  kg::render::RenderOptions ro;
  ro.format = kg::render::Format::dot;
  check_dot(kg::render::to_dot(view, ro), view.nodes.size());
  if (in.ConsumeBool()) {
    ro.format = kg::render::Format::svg;
    ro.engine = "dot";
    check_xml(kg::render::render(view, ro).bytes, "SVG");
  }
  return 0;
}
