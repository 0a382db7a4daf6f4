// Helpers shared by the query sources (not installed).
#pragma once

#include <utility>
#include <vector>

#include "kg/graph/query.hpp"
#include "store.hpp"

namespace kg::graph::detail {

// What a traversal may use, precomputed as lookup tables.
class Filter {
 public:
  Filter(const Store& s, const EdgeFilter& f);
  bool relation_ok(Index r) const;
  bool vertex_ok(Index v) const;
  bool trivial() const { return pred_ok_.empty() && type_ok_.empty() && !dated_; }

 private:
  const Store& s_;
  const EdgeFilter& f_;
  std::vector<bool> pred_ok_, type_ok_;
  bool dated_ = false;
};

// Vertices within `depth` hops of center (direction ignored), with their distance;
// center first, then in BFS order.
std::vector<std::pair<Index, int>> bfs_ball(const Store& s, Index center, int depth, const Filter& f);
// Relations (indices, sorted) with both ends in verts that pass the filter.
std::vector<Index> relations_among(const Store& s, const std::vector<Index>& verts, const Filter& f);
// Component label per vertex, and the size of each component (labels in order of their
// smallest vertex).
std::pair<std::vector<Index>, std::vector<std::size_t>> component_labels(const Store& s);
// Label propagation over an adjacency list (neighbour lists, parallel edges repeated).
std::vector<std::size_t> label_propagation(const std::vector<std::vector<Index>>& adj, unsigned seed);

}  // namespace kg::graph::detail
