// kg facts G: the facts of a graph as a table ("who works where"), filtered by predicate,
// entity type, entity, document and date; every fact with its confidence, evidence count,
// best sentence and every document that states it. Text, JSON lines or CSV, sorted and
// complete: nothing is cut ("+2 more") that the output cannot show.
#include <algorithm>
#include <iostream>
#include <set>
#include <tuple>

#include "command.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/export/format.hpp"
#include "kg/graph/json.hpp"
#include "kg/text.hpp"

namespace kg::cli {

namespace {
struct FactsArgs {
  std::string graph, format = "text";
  FilterArgs filter;
  std::vector<std::string> entities, docs;
  LexiconArgs lexicon;
  bool all_evidence = false;
};

struct Fact {
  const graph::RelationInfo* r;
  std::string subject, object;  // names
  EntityType subject_type, object_type;
};

std::vector<std::string> documents_of(const graph::RelationInfo& r) {
  std::set<std::string> d;
  for (const auto& e : r.evidence) d.insert(e.doc);
  return {d.begin(), d.end()};
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

void text_out(const std::vector<Fact>& facts, bool all_evidence) {
  for (const auto& f : facts) {
    const auto& r = *f.r;
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", r.confidence);
    const auto docs = documents_of(r);
    std::cout << f.subject << " --" << to_string(r.predicate) << "--> " << f.object << lexicon_mark(r) << "  ("
              << conf << ", " << r.evidence.size() << (r.evidence.size() == 1 ? " sentence, " : " sentences, ")
              << docs.size() << (docs.size() == 1 ? " document" : " documents") << ")\n";
    if (all_evidence) {
      for (const auto& e : r.evidence)
        std::cout << "    \"" << one_line(e.sentence) << "\" [" << e.doc << (e.date.empty() ? "" : ", " + e.date)
                  << "]\n";
      continue;
    }
    if (const Evidence* best = r.best_evidence())
      std::cout << "    \"" << one_line(best->sentence) << "\" [" << best->doc
                << (best->date.empty() ? "" : ", " + best->date) << "]\n";
    if (docs.size() > 1) {
      std::cout << "    documents:";
      for (std::size_t i = 0; i < docs.size(); ++i) std::cout << (i ? ", " : " ") << docs[i];
      std::cout << "\n";
    }
  }
}

void jsonl_out(const std::vector<Fact>& facts, bool all_evidence) {
  for (const auto& f : facts) {
    const auto& r = *f.r;
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    const auto str = [&](const char* k, std::string_view v) {
      w.Key(k);
      w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
    };
    w.StartObject();
    str("subject", f.subject);
    str("subject_type", to_string(f.subject_type));
    str("predicate", to_string(r.predicate));
    str("object", f.object);
    str("object_type", to_string(f.object_type));
    w.Key("confidence");
    w.Double(std::round(r.confidence * 1e4) / 1e4);
    str("source", r.lexicon_only() ? "lexicon" : "articles");
    str("first_seen", r.first_seen);
    str("last_seen", r.last_seen);
    w.Key("evidence_count");
    w.Uint64(r.evidence.size());
    w.Key("best");
    if (const Evidence* best = r.best_evidence()) graph::json::evidence(w, *best);
    else w.Null();
    w.Key("documents");
    w.StartArray();
    for (const auto& d : documents_of(r)) w.String(d.c_str(), static_cast<rapidjson::SizeType>(d.size()));
    w.EndArray();
    if (all_evidence) {
      w.Key("evidence");
      w.StartArray();
      for (const auto& e : r.evidence) graph::json::evidence(w, e);
      w.EndArray();
    }
    w.EndObject();
    std::cout << buf.GetString() << "\n";
  }
}

// RFC 4180, formulas neutralised: the export's own cell rules (kg/export/format.hpp).
void csv_out(const std::vector<Fact>& facts, bool all_evidence) {
  const auto cell = [](std::string_view s) { return interop::csv_field(interop::spreadsheet_safe(s)); };
  std::cout << "subject,subject_type,predicate,object,object_type,confidence,source,evidence_count,first_seen,"
               "last_seen,doc,sentence,documents\r\n";
  for (const auto& f : facts) {
    const auto& r = *f.r;
    const auto docs = documents_of(r);
    std::string joined;
    for (const auto& d : docs) joined += (joined.empty() ? "" : "; ") + d;
    std::vector<const Evidence*> rows;
    if (all_evidence) {
      for (const auto& e : r.evidence) rows.push_back(&e);
    } else {
      rows.push_back(r.best_evidence());
    }
    for (const Evidence* e : rows) {
      std::cout << cell(f.subject) << ',' << to_string(f.subject_type) << ',' << to_string(r.predicate) << ','
                << cell(f.object) << ',' << to_string(f.object_type) << ',' << interop::decimal(r.confidence) << ','
                << (r.lexicon_only() ? "lexicon" : "articles") << ',' << r.evidence.size() << ',' << r.first_seen
                << ',' << r.last_seen << ',' << cell(e ? e->doc : "") << ',' << cell(e ? e->sentence : "") << ','
                << cell(joined) << "\r\n";
    }
  }
}

int run_facts(const FactsArgs& a) {
  if (a.format != "text" && a.format != "jsonl" && a.format != "csv")
    throw UsageError("unknown --format '" + a.format + "'; use text, jsonl or csv");
  const graph::EdgeFilter filter = a.filter.filter();  // usage errors before the load
  const graph::LexiconKnowledge lexicon = a.lexicon.value();
  graph::Graph g = load_graph(a.graph, filter.dates);
  if (!a.docs.empty()) {
    const std::set<std::string> docs(a.docs.begin(), a.docs.end());
    const auto known = g.documents();
    for (const auto& d : a.docs)
      if (std::none_of(known.begin(), known.end(), [&](const DocumentInfo& k) { return k.name == d; }))
        throw UsageError("no document '" + d + "' in " + a.graph + " (kg report lists them, kg stats counts them)");
    g = graph::filtered(
        g, [&](std::string_view doc, std::string_view) { return docs.count(std::string(doc)) > 0; },
        [&](const DocumentInfo& d) { return docs.count(d.name) > 0; });
  }
  std::set<std::string> wanted;  // entity ids
  for (const auto& e : a.entities) wanted.insert(require_entity(g, e).id);

  std::map<std::string, graph::EntityInfo> by_id;
  for (auto& e : g.entities()) by_id.emplace(e.id, std::move(e));
  const auto relations = g.relations();
  std::vector<Fact> facts;
  std::size_t lexicon_left_out = 0;
  for (const auto& r : relations) {
    const auto& s = by_id.at(r.subject);
    const auto& o = by_id.at(r.object);
    if (!filter.predicates.empty() &&
        std::find(filter.predicates.begin(), filter.predicates.end(), r.predicate) == filter.predicates.end())
      continue;
    const auto typed = [&](EntityType t) {
      return std::find(filter.types.begin(), filter.types.end(), t) != filter.types.end();
    };
    if (!filter.types.empty() && !typed(s.type) && !typed(o.type)) continue;
    if (!wanted.empty() && !wanted.count(r.subject) && !wanted.count(r.object)) continue;
    if (r.lexicon_only() && lexicon == graph::LexiconKnowledge::omit) {
      ++lexicon_left_out;
      continue;
    }
    facts.push_back({&r, s.name, o.name, s.type, o.type});
  }
  // By predicate (schema order), then subject and object names: "who works where" reads down.
  std::sort(facts.begin(), facts.end(), [](const Fact& x, const Fact& y) {
    return std::tie(x.r->predicate, x.subject, x.object) < std::tie(y.r->predicate, y.subject, y.object);
  });
  if (a.format == "jsonl") jsonl_out(facts, a.all_evidence);
  else if (a.format == "csv") csv_out(facts, a.all_evidence);
  else text_out(facts, a.all_evidence);
  std::cout.flush();
  if (!std::cout) throw OutputError("stdout: write failed");
  std::cerr << facts.size() << (facts.size() == 1 ? " fact" : " facts");
  if (lexicon_left_out)
    std::cerr << "; " << lexicon_left_out << " known only from the lexicon left out (--from-lexicon mark lists them)";
  std::cerr << "\n";
  return 0;
}
}  // namespace

void add_facts(CLI::App& app, Action& action) {
  auto a = std::make_shared<FactsArgs>();
  auto* sub = app.add_subcommand("facts", "List facts with their evidence: by predicate, type, entity, document, date");
  sub->add_option("graph", a->graph, "graph file (.json or .kgb)")->required();
  a->filter.add_to(sub, "list");
  sub->add_option("-e,--entity", a->entities, "only facts about this entity, as subject or object (repeatable)")
      ->type_name("ENTITY");
  sub->add_option("--doc", a->docs, "only evidence from this document (repeatable; as cited in evidence)")
      ->type_name("DOC");
  a->lexicon.add_to(sub);
  sub->add_option("-f,--format", a->format, "text, jsonl (one JSON object a line) or csv")
      ->type_name("text|jsonl|csv")
      ->capture_default_str();
  sub->add_flag("--all-evidence", a->all_evidence,
                "every sentence of every fact (default: the most confident one and the list of documents)");
  sub->footer(help_footer({"kg facts out/graph.json -p works_at",
                           "kg facts out/graph.json -t Company -p based_in -f csv > based_in.csv",
                           "kg facts out/graph.json -e DeepSeek --all-evidence",
                           "kg facts out/graph.json --as-of 2025-06 -f jsonl"},
                          kListPredicates | kListTypes | kListDates));
  sub->callback([a, &action] { action = [a] { return run_facts(*a); }; });
}

}  // namespace kg::cli
