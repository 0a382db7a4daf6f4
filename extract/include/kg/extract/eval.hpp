// Scoring produced triples against an annotated gold file, with the matching rules of
// shared/gold/score.py (SCHEMA.md):
//  - a produced triple matches a gold triple when the predicate is the same (either
//    order for competes_with) and subject and object names each equal, after
//    normalisation (kg::text::name_key: ’‘ʼ -> ', NFKD, accents dropped, case folded,
//    spaces collapsed), the name or one alias of the gold entities;
//  - gold and produced triples are counted as distinct (subject, predicate, object)
//    facts; a fact stated in several documents counts once;
//  - entity score: distinct gold entities of the gold facts vs distinct produced
//    subject/object names (resolved through the gold names/aliases when possible).
// The system file is triple JSONL, a JSON array of triples, or a graph JSON whose
// "relations" (or "edges"/"triples") reference "entities" (or "nodes") by id.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kg::extract {

struct Counts {
  std::size_t gold = 0, sys = 0, tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct EvalReport {
  std::string gold_name, system_name;
  std::size_t gold_listed = 0, produced = 0;
  Counts overall;
  std::vector<std::pair<std::string, Counts>> per_predicate;  // schema order, then others
  Counts entities;
  std::size_t typed = 0, typed_agree = 0;  // entity types given vs agreeing with gold
  std::vector<std::string> false_positives, false_negatives, type_mismatches;
};

// Throws InputError naming the file on unreadable or malformed input.
EvalReport evaluate(const std::string& gold_path, const std::string& system_path);

// score.py's layout: table, optional FP/FN lists, entity line, last line
// "triples: P=0.xxx R=0.xxx F1=0.xxx (tp=N fp=N fn=N)".
std::string format_report(const EvalReport& r, bool verbose);

}  // namespace kg::extract
