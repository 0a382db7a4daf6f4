#include "kg/export/graph_export.hpp"

#include <map>
#include <set>

#include "kg/document.hpp"
#include "kg/io.hpp"

namespace kg::interop {

ExportGraph snapshot(const kg::graph::Graph& g) { return {g.entities(), g.relations(), g.documents()}; }

void merge_into(kg::graph::Graph& acc, const kg::graph::Graph& in) {
  // Documents are joined by their text (kg::DocumentSet): the same text under another name
  // becomes acc's document (its locations unioned, acc's metadata kept); another text under
  // a name acc already uses gets a name of its own. Evidence follows the renaming.
  DocumentSet docs(acc.documents());
  std::map<std::string, std::string> renamed;
  for (auto d : in.documents()) {
    const std::string was = d.name;
    docs.join(d);
    if (d.name != was) renamed.emplace(was, d.name);
  }
  for (const auto& d : docs.documents()) acc.add_document(d);  // near-duplicates marked again

  // Entities: add_entity joins a record to the entity acc already knows under its name or
  // one of its aliases (case/accent-insensitive, the same keys Graph::find uses), keeping
  // acc's canonical name and type and filling a missing country; otherwise it creates it.
  // Triples below then name the entity by its name in `in`, which now resolves to the same
  // entity. (find() per entity would need acc frozen after each addition: quadratic.)
  const auto entities = in.entities();
  std::map<std::string, const kg::graph::EntityInfo*> by_id;
  kg::io::Progress progress("merge", entities.size() + in.relation_count());
  for (const auto& e : entities) {
    // The name goes in the aliases too, so that it resolves to the joined entity even when
    // it was joined through an alias.
    std::vector<std::string> aliases = e.aliases;
    aliases.push_back(e.name);
    // A type the articles gave comes again with the facts, and stays theirs.
    acc.add_entity(EntityRecord{e.name, e.type_from == "lexicon" ? e.type : EntityType::Unknown, e.country,
                                std::move(aliases)});
    by_id.emplace(e.id, &e);
    progress.tick();
  }
  for (const auto& r : in.relations()) {
    const auto s = by_id.at(r.subject);
    const auto o = by_id.at(r.object);
    Triple t;
    t.subject = Entity{s->name, s->type};
    t.predicate = r.predicate;
    t.object = Entity{o->name, o->type};
    if (r.evidence.empty()) {  // a fact without evidence (hand-written graph): keep the fact
      t.confidence = r.confidence;
      acc.add_triple(t);
    }
    for (std::size_t i = 0; i < r.evidence.size(); ++i) {
      t.confidence = i < r.evidence_confidence.size() ? r.evidence_confidence[i] : r.confidence;
      t.evidence = r.evidence[i];
      if (auto it = renamed.find(t.evidence.doc); it != renamed.end()) t.evidence.doc = it->second;
      acc.add_triple(t);
    }
    progress.tick();
    kg::io::check_interrupted();
  }
  progress.done();
}

}  // namespace kg::interop
