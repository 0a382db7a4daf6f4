#include <catch2/catch.hpp>

#include <algorithm>

#include "kg/document.hpp"

using namespace kg;

namespace {
const std::string kFr =
    "Alibaba a dévoilé mardi Qwen 3, la nouvelle génération de son grand modèle de langage, qui rivalise selon "
    "le groupe avec les meilleurs modèles américains. Le modèle est disponible en open source et peut être "
    "téléchargé gratuitement par les développeurs du monde entier. Les analystes estiment que cette sortie "
    "renforce la position de la Chine dans la course à l'intelligence artificielle, malgré les contrôles à "
    "l'exportation américains sur les puces avancées.";
const std::string kEn =
    "Alibaba on Tuesday unveiled Qwen 3, the new generation of its large language model, which the group says "
    "rivals the best American models. The model is available as open source and can be downloaded for free by "
    "developers around the world. Analysts say the release strengthens China's position in the artificial "
    "intelligence race, despite American export controls on advanced chips.";

DocumentInfo doc(std::string name, const std::string& text, std::string location, std::string date = "") {
  DocumentInfo d;
  d.name = std::move(name);
  d.hash = text_hash(text);
  d.sketch = text_sketch(text);
  d.locations = {std::move(location)};
  d.date = std::move(date);
  return d;
}
}  // namespace

TEST_CASE("a text's identity ignores spacing, line endings and a BOM, nothing else") {
  for (const std::string& t : {kFr, kEn}) {
    CAPTURE(t.substr(0, 20));
    std::string crlf = t;
    std::replace(crlf.begin(), crlf.end(), ' ', '\n');
    CHECK(text_hash(t) == text_hash("\xEF\xBB\xBF  " + crlf + "\r\n"));
    CHECK(text_hash(t) != text_hash(t + " Fin."));
    CHECK(text_hash(t).size() == 16);
  }
  CHECK(text_hash(kFr) != text_hash(kEn));
}

TEST_CASE("near-duplicates: a syndicated copy resembles its original, a translation or a short note does not") {
  const std::string copy_fr = "Publié par Le Quotidien de l'IA avec AFP\n" + kFr + "\nTous droits réservés.";
  const std::string copy_en = "By Jane Doe, Reuters\n" + kEn + "\nRead more: subscribe to our newsletter.";
  CHECK(resemblance(text_sketch(kFr), text_sketch(copy_fr)) >= kCopyResemblance);
  CHECK(resemblance(text_sketch(kEn), text_sketch(copy_en)) >= kCopyResemblance);
  CHECK(resemblance(text_sketch(kFr), text_sketch(kEn)) < 0.1);
  CHECK(resemblance(text_sketch(kFr), text_sketch(kFr)) == 1.0);
  CHECK(text_sketch("Alibaba a dévoilé Qwen 3 mardi.").empty());  // too short to tell
  CHECK(resemblance("", text_sketch(kFr)) == 0);
  CHECK(resemblance("zz", text_sketch(kFr)) == 0);  // malformed: no resemblance, no crash
  CHECK(text_sketch(kFr) == text_sketch(kFr));      // deterministic
}

TEST_CASE("copies form one story named after its earliest dated document, whatever the order") {
  std::vector<DocumentInfo> docs{doc("b.txt", "Dépêche. " + kFr, "b.txt", "2025-03-04"),
                                 doc("a.txt", kFr + " Fin.", "a.txt"),
                                 doc("c.txt", kFr, "c.txt", "2025-03-03"),
                                 doc("en.txt", kEn, "en.txt", "2025-03-01")};
  auto check = [](std::vector<DocumentInfo> ds) {
    mark_copies(ds);
    std::sort(ds.begin(), ds.end(), [](auto& x, auto& y) { return x.name < y.name; });
    CHECK(ds[0].copy_of == "c.txt");  // undated
    CHECK(ds[1].copy_of == "c.txt");  // dated later
    CHECK(ds[2].copy_of.empty());     // the earliest: the original
    CHECK(ds[3].copy_of.empty());     // another story
  };
  check(docs);
  std::reverse(docs.begin(), docs.end());
  check(docs);
}

TEST_CASE("a document set: one document per text, unique names, a changed source replaces") {
  DocumentSet set;
  auto a = doc("article.txt", kFr, "a/article.txt");
  CHECK(set.admit(a) == DocumentSet::Admit::new_text);
  CHECK(a.name == "article.txt");
  auto b = doc("article.txt", kEn, "news/b/article.txt");  // same file name, other text
  CHECK(set.admit(b) == DocumentSet::Admit::new_text);
  CHECK(b.name == "b/article.txt");
  auto again = doc("copie.txt", kFr, "c/copie.txt");  // same text, another file
  CHECK(set.admit(again) == DocumentSet::Admit::same_text);
  CHECK(again.name == "article.txt");
  auto docs = set.documents();
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].locations == std::vector<std::string>{"a/article.txt", "c/copie.txt"});
  CHECK(set.replaced().empty());  // nothing is replaced within one run

  // The next run (kg build --update): a/article.txt now holds another text. The old text
  // stays while c/copie.txt holds it; b's URL serving a new text replaces b at once.
  docs[1].url = "https://news.example/b";
  DocumentSet next(docs);
  auto changed = doc("article.txt", kEn + " Mise à jour.", "a/article.txt");
  CHECK(next.admit(changed) == DocumentSet::Admit::new_text);
  CHECK(next.replaced().empty());
  CHECK(changed.name == "a/article.txt");  // the old text still holds "article.txt"
  auto moved = doc("b2.html", kFr + " Nouvelle version.", "b2.html");
  moved.url = "https://news.example/b";
  CHECK(next.admit(moved) == DocumentSet::Admit::new_text);
  CHECK(next.replaced() == std::set<std::string>{"b/article.txt"});

  // Only the last location of a text going replaces it, and the name is free again.
  DocumentSet third(std::vector<DocumentInfo>{doc("x.txt", kFr, "x.txt")});
  auto x = doc("x.txt", kEn, "x.txt");
  CHECK(third.admit(x) == DocumentSet::Admit::new_text);
  CHECK(third.replaced() == std::set<std::string>{"x.txt"});
  CHECK(x.name == "x.txt");
}

TEST_CASE("merging joins documents by text, and by name only when neither has a text") {
  DocumentSet set(std::vector<DocumentInfo>{doc("fr.txt", kFr, "fr.txt")});
  auto same = doc("autre.txt", kFr, "mirror/autre.txt");
  CHECK(set.join(same) == DocumentSet::Admit::same_text);
  CHECK(same.name == "fr.txt");
  DocumentInfo named;  // kg load: a name that triples cite, no text
  named.name = "t.txt";
  CHECK(set.join(named) == DocumentSet::Admit::new_text);
  DocumentInfo again = named;
  CHECK(set.join(again) == DocumentSet::Admit::same_text);
  auto clash = doc("fr.txt", kEn, "en/fr.txt");
  CHECK(set.join(clash) == DocumentSet::Admit::new_text);
  CHECK(clash.name == "en/fr.txt");
}
