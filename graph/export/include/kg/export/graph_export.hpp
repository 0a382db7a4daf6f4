// The bridge between kg::graph::Graph and the exports: take a plain ExportGraph from a
// graph, and merge graphs. Uses the graph's public API only.
#pragma once

#include <string>
#include <vector>

#include "kg/export/export.hpp"
#include "kg/graph/graph.hpp"

namespace kg::interop {

// Entities, relations (with per-evidence confidence) and documents of `g`, sorted.
ExportGraph snapshot(const kg::graph::Graph& g);

// Adds everything `in` holds to `acc`: its documents, its entities (an entity joins the one
// `acc` already knows under its name, id or one of its aliases when their types agree or
// one is Unknown; it then brings its name and aliases along as aliases), and every piece of
// evidence of every relation, with its own confidence. Evidence already in `acc` is not
// added twice, so merging a graph into itself changes nothing.
//
// Documents are joined by their text (their hash): the same text is one document whatever
// its name in each input (acc's name and metadata kept, locations unioned); two texts with
// one name stay two documents, the later renamed (kg::DocumentSet), and their evidence
// follows. Near-duplicate copies are marked over the merged set.
//
// Tie-breaking when inputs disagree: the canonical name, type and country of a merged
// entity are those of the first input that had it (acc's, then in the order merged).
// acc is left with the additions not yet frozen (freezing between inputs would assign ids
// before all names are known): call acc.freeze() after the last merge.
void merge_into(kg::graph::Graph& acc, const kg::graph::Graph& in);

}  // namespace kg::interop
