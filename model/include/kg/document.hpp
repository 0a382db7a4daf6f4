// What a document is, for every stage: its text, whatever file or address it was read from.
//
// Identity is content. Two files with the same name are two documents; the same text saved
// twice is one document with two locations; a syndicated copy of a story (another header or
// footer, a few sentences edited) is a document of its own, recognised as a near-duplicate
// of the others (copy_of), so that a fact it repeats is not counted as independent evidence.
// The name is only how evidence cites a document: unique within a graph, chosen to be read.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kg/model.hpp"

namespace kg {

// The identity of a text: FNV-1a 64 (hex) of the text with a byte-order mark, line endings
// and runs of spaces normalised away. Not a security measure.
std::string text_hash(std::string_view text);

// Near-duplicates. A sketch holds the kSketchSize smallest distinct 32-bit hashes of a text's
// word 5-shingles (ASCII case folded, punctuation and spacing ignored), as hex; it is empty
// when the text has fewer than kMinShingles shingles (too short to tell a copy from a
// coincidence). Two texts are copies when their estimated resemblance (Jaccard index of the
// shingle sets) reaches kCopyResemblance: a syndicated story with its own header, footer or
// a few edited sentences is far above it, two articles on the same event far below.
inline constexpr std::size_t kSketchSize = 64;
inline constexpr std::size_t kMinShingles = 20;
inline constexpr double kCopyResemblance = 0.5;
std::string text_sketch(std::string_view text);
// The bottom-k estimate of the resemblance of two texts from their sketches; 0 when either
// is empty or malformed.
double resemblance(std::string_view sketch_a, std::string_view sketch_b);

// Sets copy_of on every document: documents whose texts resemble each other (transitively)
// form one story, named after its first document (the earliest dated, then by name: the
// likeliest original); copy_of is that name for the others and empty for it and for
// documents that are nobody's copy. Depends on the set of documents only, not their order.
void mark_copies(std::vector<DocumentInfo>& docs);

// The documents of one graph as they are read (kg build, kg extract) or merged (kg merge):
// one document per text, names unique, and which source (a location, or a URL) holds which.
class DocumentSet {
 public:
  DocumentSet() = default;
  // The documents a graph already holds (kg build --update, kg merge).
  explicit DocumentSet(const std::vector<DocumentInfo>& existing);

  enum class Admit {
    new_text,   // a document of its own: `doc.name` is now unique in the set
    same_text,  // the text of a document already in the set: `doc.name` is now that
                // document's name and the location was added to it; nothing new to extract
  };
  // A document just read, with its name as the reader proposed it, its hash and one
  // location. A new text that comes from the source of a document that was in the set
  // before this run (the same location, or the same URL) replaces it: the old text is
  // forgotten once no other location holds it, or at once when its URL now serves the new
  // text (replaced() lists it).
  Admit admit(DocumentInfo& doc);
  // For kg merge: like admit, but nothing is replaced (merging adds, never forgets), and
  // the locations of an existing document with the same text are unioned.
  Admit join(DocumentInfo& doc);

  // Names of the documents from before this run whose facts must go.
  const std::set<std::string>& replaced() const { return replaced_; }
  // Every document now, by name, with its locations and copy_of up to date.
  std::vector<DocumentInfo> documents() const;
  std::size_t size() const { return docs_.size(); }

 private:
  std::string unique_name(const DocumentInfo& doc) const;
  void forget(std::string name);  // by value: callers pass names held in the maps it erases from
  Admit add(DocumentInfo& doc, bool replace);

  std::map<std::string, DocumentInfo> docs_;        // by name
  std::map<std::string, std::string> by_hash_;      // text hash -> name
  std::map<std::string, std::string> by_source_;    // location or URL of an earlier run -> name
  std::set<std::string> replaced_;
};

}  // namespace kg
