// GraphView: the plain, sorted picture of (part of) a graph that render draws. graph/
// produces it from a query; render/ consumes it. No Boost, no Graphviz: just values.
//
// Why ViewNode and ViewEdge are not graph::EntityInfo and graph::RelationInfo: render sits
// after graph in the one-way flow and must not include graph/, and what a map shows is not
// the record but a decision about it. A node's country is the one the map draws (an
// article's, else the lexicon's only when marked), not the entity's lexicon country; its
// importance is normalised over the view; an edge's confidence and evidence are narrowed
// to the dates and documents drawn (RelationInfo keeps them all). The evidence itself is
// the model's Evidence, the same record every other output reads; no field here repeats
// one that can be derived (an edge's number of sources is evidence.size()).
#pragma once

#include <string>
#include <vector>

#include "kg/model.hpp"

namespace kg {

struct ViewNode {
  std::string id;          // stable entity id (slug); also the DOT node name
  std::string name;        // display name
  EntityType type = EntityType::Unknown;
  std::string country;     // may be empty
  bool country_from_lexicon = false;  // no article says so: the lexicon's knowledge
  std::string community;   // community label for clustering, may be empty
  double importance = 0;   // >= 0; larger = more important (degree, PageRank...)
  bool highlighted = false;  // on the highlighted path / the focus entity
};

struct ViewEdge {
  std::string source;  // node ids
  std::string target;
  Predicate predicate = Predicate::develops;
  double confidence = 0;               // combined over the evidence below
  std::vector<Evidence> evidence;      // best first; render shows the first in tooltips
  bool highlighted = false;
  bool from_lexicon = false;  // no article states it: the lexicon's knowledge
};

struct GraphView {
  std::string title;
  std::vector<ViewNode> nodes;  // sorted by id
  std::vector<ViewEdge> edges;  // sorted by (source, predicate, target)
  std::vector<std::string> notes;  // e.g. "dropped 120 entities (--max-nodes 50)"
  std::vector<std::string> path;   // path map: the path's entity ids, FROM first
  std::string focus;               // ego map: the entity in the centre
};

}  // namespace kg
