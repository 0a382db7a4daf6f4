// Lists of names in a sentence (name_lists.hpp).
#include "name_lists.hpp"

#include <algorithm>

#include "matcher.hpp"

namespace kg::extract::detail {

std::vector<NameList> name_lists(const std::vector<Item>& items, const std::vector<Token>& toks,
                                 const DocEntities& ents, const RuleIndex& index, const ListSpec& spec) {
  std::vector<NameList> out;
  auto tok_key = [&](std::size_t k) -> const std::string* {
    return k < items.size() && items[k].kind == ItemKind::Tok ? &toks[items[k].tb].key : nullptr;
  };
  // a cue word up to four words before the list, within the clause, no cancel word between;
  // a comma before a preposition opening the list does not close the clause ("led the
  // investment, with Alphabet and GV following")
  auto after_cue = [&](std::size_t k) {
    // (a descriptor right before the name lengthens the reach by its phrase, a name before
    // the descriptor included: "Other participants included AI chip giant NVIDIA",
    // "investors such as ChatGPT maker OpenAI")
    const bool described = k >= 1 && items[k - 1].kind == ItemKind::Tok && (toks[items[k - 1].tb].flags & kDescriptor);
    // (an idiom of two words is none of the four: "Le tour a attiré non seulement A, mais
    // aussi B")
    std::size_t reach = described ? 7 : 4;
    for (std::size_t back = 1; back <= reach && back <= k; ++back) {
      const Item& b = items[k - back];
      if (described && back == 2 && b.kind == ItemKind::Mention) continue;
      if (b.kind != ItemKind::Tok) return false;
      const Token& t = toks[b.tb];
      if (t.flags & spec.cue_words) return true;
      if (t.flags & kIdiomCloser) reach += 2;
      const bool comma_then_prep = key_is(t.key, ",") && back >= 2 && items[k - back + 1].kind == ItemKind::Tok &&
                                   (toks[items[k - back + 1].tb].flags & (kSlotPrep | kExampleCue));
      // (nor a conjunction: "qu'elle avait levé 100 millions de financement et Getty a cité":
      // the name after it opens a clause of its own)
      if ((t.kind == TokKind::Punct && !comma_then_prep) || (t.flags & (spec.cancel_words | kConjunction))) return false;
    }
    return false;
  };
  auto marked = [&](const Item& it) {
    for (std::uint32_t k = it.tb; k < it.te; ++k)
      if (toks[k].flags & spec.mark_words) return true;
    return false;
  };
  NameList cur;
  auto flush = [&] {
    if (!cur.members.empty()) out.push_back(std::move(cur));
    cur = NameList{};
  };
  // (aside_names: the apposition holds a cancel word, and the names listed after it are its own)
  bool joinable = true, apposition = false, aside_names = false, cancel_aside = false;
  // (no apposition before the sentence's first name or comma: "Le tour a réuni A et B"
  // lists A; its "Le" is a coordination determiner)
  bool opened = false, adjunct = false;
  // (for an investor list, the comma that closes an aside opened by a comma after no name opens
  // no apposition: "The deal, announced on Thursday, was co-led by A and B" lists A and B in the
  // sentence's own clause)
  bool bare_comma = false, bare_aside_open = false;
  std::size_t apposition_words = 0;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    if (it.kind == ItemKind::Mention) {
      opened = true;
      adjunct = false;
      bare_aside_open = false;  // (an aside holds no name: "..., avec la participation de A, un fonds")
      const auto& e = ents.get(it.entity);
      const std::string* next = tok_key(k + 1);
      // "Microsoft's M12", "Nvidia's venture arm": an owner is no member and ends no list;
      // nor is a name before a descriptor noun ("Amazon founder Bezos, ChatGPT maker OpenAI")
      if (next && key_is(*next, kPossessive)) {
        ++k;
        continue;
      }
      if (next && (toks[items[k + 1].tb].flags & kDescriptor) && k + 2 < items.size() &&
          items[k + 2].kind == ItemKind::Mention)
        continue;
      // ... nor one before a hyphen suffix ("Microsoft-backed OpenAI", "the Tokyo-based X")
      if (next && next->size() > 1 && (*next)[0] == '-') {
        ++k;
        continue;
      }
      if (e.type == EntityType::Person || e.type == EntityType::Country) continue;
      // inside an apposition a name is one only right after an opening preposition or cue
      // ("NVentures, with Mayfield, ..." opens another list); "Fortera Capital, a firm under
      // Shanghai State-owned Capital Investment Co, led ...", "P, fondatrice de Kestrel, et
      // Valmont Capital" describe the name before
      // (or right after a cue and its preposition: "Pika, qui comprend des investissements de
      // Spark Capital, Lightspeed et Greycroft")
      const bool cue_opened = k >= 2 && items[k - 1].kind == ItemKind::Tok && items[k - 2].kind == ItemKind::Tok &&
                              (toks[items[k - 1].tb].flags & (kSlotPrep | spec.cancel_words)) &&
                              (toks[items[k - 2].tb].flags & spec.cue_words);
      if (apposition && !cue_opened &&
          !(apposition_words == 1 && items[k - 1].kind == ItemKind::Tok &&
            (toks[items[k - 1].tb].flags & (kSlotPrep | kExampleCue | kDescriptor)))) {
        aside_names = cancel_aside;
        continue;
      }
      if (aside_names && joinable) continue;
      aside_names = false;
      const bool in_aside = apposition && cue_opened;
      if (!joinable || apposition) flush();
      joinable = false;
      apposition = false;
      if (!e.fits(spec.member_types) || it.entity == spec.exclude) {
        flush();
        continue;
      }
      if (cur.members.empty()) {
        cur.first_item = k;
        cur.span_a = toks[it.tb].start;
        cur.introduced = after_cue(k);
        cur.opened_in_aside = in_aside;
      }
      cur.span_b = toks[it.te - 1].end;
      cur.last_item = k;
      if (std::find(cur.members.begin(), cur.members.end(), it.entity) == cur.members.end())
        cur.members.push_back(it.entity);
      cur.marked += marked(it) ? 1 : 0;
      continue;
    }
    if (it.kind != ItemKind::Tok) continue;
    const Token& t = toks[it.tb];
    if (key_is(t.key, "(")) {  // "CDP Venture Capital (Italie)": an aside in brackets
      // (one with a cue is a clause of the sentence, read on: "Cette méga-levée (menée par
      // Thrive Capital avec Microsoft, Nvidia et Khosla Ventures)")
      std::size_t close = k + 1;
      bool cued = false;
      for (; close < items.size() && !(tok_key(close) && key_is(*tok_key(close), ")")); ++close)
        cued = cued || (spec.cued_brackets && items[close].kind == ItemKind::Tok &&
                        (toks[items[close].tb].flags & spec.cue_words));
      if (!cued) {
        k = close;
        continue;
      }
      flush();
      joinable = true;
      opened = false;
      apposition = false;
      continue;
    }
    // ("avec la participation de A, fonds basé à Hong Kong ; B, fonds VC basé à Paris ; C":
    // a semicolon before a name separates the members of a list whose members are described)
    // ("; et C", "; ainsi que C": a conjunction between)
    const std::size_t after_semicolon = k + 1 + (k + 1 < items.size() ? conjunction_at(items, toks, index, k + 1) : 0);
    const bool semicolon_member = key_is(t.key, ";") && !cur.members.empty() && after_semicolon < items.size() &&
                                  items[after_semicolon].kind == ItemKind::Mention;
    if (key_is(t.key, ",") || is_dash(t.key) || semicolon_member) {
      if (is_dash(t.key) || semicolon_member) aside_names = false;  // the aside closes
      opened = true;
      joinable = true;
      apposition = false;
      apposition_words = 0;
      if (spec.bare_comma_clause && key_is(t.key, ",")) {
        const bool after_name = k > 0 && (items[k - 1].kind == ItemKind::Mention ||
                                          (tok_key(k - 1) && key_is(*tok_key(k - 1), ")")));
        bare_comma = bare_aside_open;
        bare_aside_open = !after_name && !bare_aside_open;
      } else {
        bare_comma = bare_aside_open = false;
      }
      continue;
    }
    // (a descriptor right before its name: "venture capital firm X", not "fondatrice de X")
    const bool descriptor =
        (t.flags & (kDescriptor | kHonorific)) && k + 1 < items.size() && items[k + 1].kind == ItemKind::Mention;
    // (a conjunction joins members: before the first one, "Along with new investors A and
    // B", it opens nothing)
    const std::size_t conj_len = conjunction_at(items, toks, index, k);
    const bool conjunction = conj_len > 0;
    if (!apposition && (descriptor || (t.flags & kCoordDeterminer) || (conjunction && !cur.members.empty()))) {
      joinable = true;
      if (conjunction) k += conj_len - 1;  // "as well as": its other words open no apposition
      continue;
    }
    // (", with participation from B and C", ", avec la participation de B": an adjunct of the
    // sentence, no description of the name before the comma, up to the next name)
    if (t.flags & kListAdjunct) adjunct = true;
    if (joinable && opened && !adjunct && !apposition && !bare_comma && t.all_lower) {
      apposition = true;
      apposition_words = 1;
      cancel_aside = t.flags & spec.cancel_words;
      continue;
    }
    if (apposition && t.all_lower && ++apposition_words <= 5) {
      cancel_aside = cancel_aside || (t.flags & spec.cancel_words);
      continue;
    }
    flush();
    joinable = false;
    apposition = false;
    aside_names = false;
  }
  flush();
  return out;
}

}  // namespace kg::extract::detail
