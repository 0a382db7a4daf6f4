// Names in no lexicon: capitalised runs and the type their shape gives them (names.hpp).
#include "names.hpp"

#include <algorithm>

#include "rule_index.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

bool has_digit(const std::string& key) {
  return std::any_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

namespace {

bool word(const Token& t) { return t.kind == TokKind::Word && t.key != kPossessive; }

// "M." of "Irwin M. Jacobs": one capital glued to a full stop, a name after it
bool middle_initial(const std::vector<Token>& toks, std::size_t i, std::size_t te) {
  return i + 2 < te && toks[i].kind == TokKind::Word && toks[i].upper && toks[i].key.size() == 1 &&
         toks[i + 1].kind == TokKind::Punct && toks[i + 1].key == "." && toks[i + 1].start == toks[i].end;
}

}  // namespace

bool person_like(const std::vector<Token>& toks, std::size_t tb, std::size_t te) {
  std::size_t words = 0;
  for (std::size_t i = tb; i < te; ++i) {
    const Token& t = toks[i];
    // "Jon von Tetzchner": a particle inside, between capitalised words
    if (i > tb && i + 1 < te && (t.flags & kNameParticle) && t.all_lower) continue;
    // "Irwin M. Jacobs": a middle initial
    if (i > tb && middle_initial(toks, i, te)) {
      ++i;
      continue;
    }
    if (!word(t) || !t.upper || has_digit(t.key) || (t.flags & (kNameJoiner | kCompanySuffix | kOrgLast | kOrgFirst)))
      return false;
    ++words;
  }
  return words >= 2 && words <= 3;
}

bool open_person_like(const std::vector<Token>& toks, std::size_t tb, std::size_t te, std::string_view text) {
  if (!person_like(toks, tb, te)) return false;
  // "New Relic", "New Wave": a word that opens names only with a head opens no person's
  if (toks[tb].flags & kNameOpenStart) return false;
  // "MacBook Pro", "STLA Small": a release word last names a product
  if (toks[te - 1].flags & kVersionWord) return false;
  // "Xerox PARC", "UC News", "LSI Logic": a word in capitals only is an acronym, no part of
  // a name written in ordinary case
  for (std::size_t i = tb; i < te; ++i) {
    const Token& t = toks[i];
    if (t.kind != TokKind::Word || t.end - t.start < 2) continue;
    const std::string_view w = text.substr(t.start, t.end - t.start);
    if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  }
  return true;
}

EntityType shape_of(const std::vector<Token>& toks, std::size_t tb, std::size_t te) {
  if (te <= tb) return EntityType::Unknown;
  const std::size_t n = te - tb;
  const Token& first = toks[tb];
  const Token& last = toks[te - 1];
  if (n >= 2 && (last.flags & kCompanySuffix)) return EntityType::Company;
  if (n >= 2 && (last.flags & kEventLast)) return EntityType::Event;
  if (n >= 2 && (last.flags & kOrgLast)) return EntityType::Organization;
  if (n >= 2 && (first.flags & kOrgFirst)) return EntityType::Organization;
  if (person_like(toks, tb, te) && (first.flags & (kGivenName | kFamilyFirst))) return EntityType::Person;
  return EntityType::Unknown;
}

bool title_case(const std::vector<Token>& toks, std::size_t tb, std::size_t te) {
  // most words of three letters or more capitalised; not a list of names ("Sequoia, Nvidia,
  // Coatue, Iconiq, Greycroft"): three commas before a capitalised word or more
  std::size_t long_words = 0, capitalised = 0;
  for (std::size_t i = tb; i < te; ++i) {
    const auto c = static_cast<unsigned char>(toks[i].key.empty() ? 0 : toks[i].key[0]);
    if (toks[i].kind != TokKind::Word || toks[i].key.size() < 3 || (c >= '0' && c <= '9')) continue;
    ++long_words;
    capitalised += toks[i].upper ? 1 : 0;
  }
  if (long_words < 4 || capitalised * 10 < long_words * 7) return false;
  std::size_t listed = 0;
  for (std::size_t i = tb; i + 1 < te && listed < 3; ++i)
    listed += toks[i].key.size() == 1 && toks[i].key[0] == ',' && toks[i + 1].upper ? 1 : 0;
  return listed < 3;
}

bool headline(const std::vector<Token>& toks, std::size_t tb, std::size_t te) {
  if (!title_case(toks, tb, te)) return false;
  const std::string& last = toks[te - 1].key;
  if (last != "." && last != "!" && last != "?") return true;
  std::size_t opening = tb;
  while (opening < te && toks[opening].kind != TokKind::Word) ++opening;
  for (std::size_t i = opening + 1; i < te; ++i)
    if (toks[i].upper && (toks[i].flags & kHeadlineCue)) return true;
  return false;
}

bool described_compound(std::string_view w) {
  const std::size_t dash = w.rfind('-');
  return dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() &&
         std::all_of(w.begin() + static_cast<std::ptrdiff_t>(dash) + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool camel_case(std::string_view word) {
  for (std::size_t i = 1; i < word.size(); ++i)
    if (word[i] >= 'A' && word[i] <= 'Z' && word[i - 1] >= 'a' && word[i - 1] <= 'z') return true;
  return false;
}

std::vector<NameSpan> name_spans(const std::vector<Token>& toks, std::size_t tb, std::size_t te, std::string_view text,
                                 const std::vector<std::uint8_t>& taken,
                                 const std::unordered_set<std::string_view>& doc_inner) {
  std::vector<NameSpan> out;
  if (te <= tb) return out;
  // the first word of the sentence (after quotes, dashes, bullets)
  std::size_t opening = tb;
  while (opening < te && toks[opening].kind != TokKind::Word) ++opening;
  const bool title = title_case(toks, tb, te);

  auto free = [&](std::size_t i) { return i < te && !(i < taken.size() && taken[i]); };
  auto capital = [&](std::size_t i) {
    const Token& t = toks[i];
    // "5Y Capital", "3M": letters and digits with a capital count as capitalised
    return free(i) && word(t) && (t.upper || (!t.all_lower && has_digit(t.key))) && !(t.flags & kNotName);
  };
  auto version = [&](std::size_t i) {  // "7B", "2.5", "K2": a version after a name, not a year or a price
    const Token& t = toks[i];
    if (!free(i) || !word(t) || !has_digit(t.key) || t.key.find(',') != std::string::npos) return false;
    return std::any_of(t.key.begin(), t.key.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '.'; });
  };
  auto organisation = [](EntityType t) { return t == EntityType::Company || t == EntityType::Organization; };

  for (std::size_t i = tb; i < te;) {
    // "Professor Yoav Shoham", "Dr. Lisa Su": the title is no part of the name
    if (free(i) && word(toks[i]) && toks[i].upper && (toks[i].flags & kHonorific)) {
      std::size_t n = i + 1;
      if (n < te && toks[n].key == ".") ++n;
      if (n < te && capital(n)) {
        i = n;
        continue;
      }
    }
    // "P. J. Hyett", "J. K. Rowling": initials before a family name open a person's name
    if (free(i) && middle_initial(toks, i, te) && !(i > tb && toks[i - 1].upper && toks[i - 1].kind == TokKind::Word)) {
      std::size_t k = i;
      while (k < te && free(k) && middle_initial(toks, k, te)) k += 2;
      if (k < te && capital(k) && !has_digit(toks[k].key) && !(toks[k].flags & (kCompanySuffix | kOrgLast))) {
        out.push_back({i, k + 1, EntityType::Person});
        i = k + 1;
        continue;
      }
    }
    if (!capital(i)) { ++i; continue; }
    // the run: capitalised words, versions, and joiners between capitalised words
    std::size_t j = i + 1, first_joiner = 0;
    while (j < te && j - i < 6) {
      // "Irwin M. Jacobs", after a given name
      if (j == i + 1 && (toks[i].flags & kGivenName) && free(j + 1) && middle_initial(toks, j, te) && capital(j + 2)) {
        j += 3;
        continue;
      }
      // ("Quillon AI": a company suffix goes on a name even where it is no name alone)
      // "Quillon, Inc.": a legal form after a comma ends the name
      if (j + 1 < te && toks[j].key == "," && free(j + 1) && toks[j + 1].upper && (toks[j + 1].flags & kLegalForm)) {
        j += 2;
        break;
      }
      if (capital(j) || version(j) ||
          (free(j) && word(toks[j]) && toks[j].upper && (toks[j].flags & kCompanySuffix))) {
        ++j;
        continue;
      }
      // "Jon Stephenson von Tetzchner", after a given name
      if (free(j) && (toks[j].flags & kNameParticle) && toks[j].all_lower && (toks[i].flags & kGivenName) &&
          j + 1 < te && capital(j + 1)) {
        j += 2;
        continue;
      }
      if (free(j) && (toks[j].flags & (kNameJoiner | kOrgLink)) && j + 1 < te && capital(j + 1)) {
        // "Kelso Partners and Harbor Capital": a conjunction after an organisation's head
        // word ends one name (a list of investors), where "Ernst & Young" holds together, and
        // so does a head word alone before it ("the Communications and Multimedia Commission")
        if ((toks[j].flags & kConjunction) && (toks[j - 1].flags & (kOrgLast | kCompanySuffix)) && j - i >= 2) break;
        // ("Nippon Telegraph & Telephone": an ampersand joins the words of one name, whatever
        // its shape: no person's name holds one)
        if (!first_joiner && toks[j].key != "&") first_joiner = j;
        j += 2;
        continue;
      }
      break;
    }
    EntityType type = shape_of(toks, i, j);
    // "SIM Card", "EMI Music": a word in capitals only is an acronym, no given name
    if (type == EntityType::Person && toks[i].end - toks[i].start >= 2) {
      const std::string_view w = text.substr(toks[i].start, toks[i].end - toks[i].start);
      if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) type = EntityType::Unknown;
    }
    // "Spotify Daniel Ek": a person's name inside a longer run of no shape starts a name
    if (type == EntityType::Unknown)
      for (std::size_t k = i + 1; k + 1 < j; ++k)
        if ((toks[k].flags & kGivenName) && person_like(toks, k, j)) {
          j = k;
          first_joiner = first_joiner >= k ? 0 : first_joiner;
          break;
        }
    // "Central Bank of Nigeria", "National Institute of Standards": an organisation's head
    // word right before the first joiner makes the run one organisation
    if (first_joiner && !organisation(type) && type != EntityType::Person && first_joiner > i &&
        (toks[first_joiner - 1].flags & (kOrgLast | kOrgFirst)) && !(toks[first_joiner].flags & kConjunction))
      type = EntityType::Organization;
    if (first_joiner && !organisation(type)) {
      j = first_joiner;  // "Bank of America" holds together, "Sam of OpenAI" does not
      type = shape_of(toks, i, j);
    }
    bool keep = true;
    // "The", "Le" open no name; "New" opens one inside a sentence ("backed by New Wave",
    // "acquired by New Relic"), and one with a head at its start ("New Enterprise Associates")
    // ("The Browser Company", "The Walt Disney Company": "The" is part of such a name)
    if ((toks[i].flags & kNameStop) && !(toks[i].flags & kNameOpenStart) &&
        !(j - i >= 3 && toks[i].key == "the" && toks[j - 1].key == "company"))
      keep = false;
    if ((toks[i].flags & kNameOpenStart) && !organisation(type) && i == opening) keep = false;
    // "However, ...", "Products: ...": a name with no shape that opens the sentence must
    // also be capitalised somewhere inside a sentence
    if (i == opening && type == EntityType::Unknown && !doc_inner.count(toks[i].key) &&
        !camel_case(text.substr(toks[i].start, toks[i].end - toks[i].start)))
      keep = false;
    if (title && type == EntityType::Unknown) keep = false;
    // "the Entity List": words the rules read as words (not one word between a possessive and
    // a lower-case word: "ByteDance's Seed team" names a unit though a rule reads "seed" as a
    // word, "le seed de X"; "Commerce's Entity List", "Japan's Acquisition, Technology and
    // Logistics Agency" stay words)
    const bool possessed_unit = j == i + 1 && i > tb && toks[i - 1].key == kPossessive && j < te &&
                                toks[j].kind == TokKind::Word && toks[j].all_lower;
    if (type == EntityType::Unknown && !possessed_unit &&
        std::all_of(toks.begin() + static_cast<std::ptrdiff_t>(i), toks.begin() + static_cast<std::ptrdiff_t>(j),
                    [](const Token& t) { return (t.flags & kRuleWord) != 0; }))
      keep = false;
    if (j == i + 1 && toks[i].key.size() < 2) keep = false;
    // "du Conseil de recherche sur ...", "the Tribunal": a lone head noun of organisations
    // names none (the lexicon's "Commission" would have matched before)
    if (j == i + 1 && (toks[i].flags & (kOrgFirst | kOrgLast))) keep = false;
    // "EV-maker Tesla", "AI-powered": a capitalised compound that ends in a lower-case word
    // is a description, no name
    if (j == i + 1 && described_compound(text.substr(toks[i].start, toks[i].end - toks[i].start))) keep = false;
    // "offer 9.6MW in London": a quantity
    if (j == i + 1 && (toks[i].flags & kMeasureUnit) && toks[i].key[0] >= '0' && toks[i].key[0] <= '9') keep = false;
    // "HK$", "US$": a currency
    if (j == i + 1 && j < te && is_currency(toks[j].key)) keep = false;
    // "$1.375B": an amount after a currency sign
    if (i > tb && is_currency(toks[i - 1].key)) keep = false;
    // "(MUFG)", "(NASDAQ:NVDA)": the acronym or ticker of the name before it
    if (j == i + 1 && i > tb && j < te && (toks[i - 1].key == "(" || toks[i - 1].key == ":") && toks[j].key == ")")
      keep = false;
    // "Amazon (AMZN, Financials)": the sector after a bracketed ticker
    if (i >= tb + 3 && j < te && toks[j].key == ")" && toks[i - 1].key == "," && toks[i - 3].key == "(" &&
        toks[i - 2].kind == TokKind::Word && toks[i - 2].upper && toks[i - 2].key.size() <= 5)
      keep = false;
    if (!keep) {
      ++i;  // the run may still hold a name after its first word ("The Sakana AI team")
      continue;
    }
    out.push_back({i, j, type});
    i = j;
  }
  return out;
}

}  // namespace kg::extract::detail
