// GraphView: the plain, sorted picture of (part of) a graph that render draws. graph/
// produces it from a query; render/ consumes it. No Boost, no Graphviz: just values.
#pragma once

#include <string>
#include <vector>

#include "kg/model.hpp"

namespace kg {

struct ViewEvidence {
  std::string doc;
  std::string sentence;
  std::string date;
};

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
  double confidence = 0;
  int evidence_count = 0;
  std::vector<ViewEvidence> evidence;  // best first; render shows the first in tooltips
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
