// Rule loading: the patterns of the rule files (extract/rules/README.md) and the word
// classes they declare.
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/model.hpp"
#include "text_units.hpp"

namespace kg::extract::detail {

// ---- patterns ------------------------------------------------------------------------------
// Modifier: one name used before a noun, filling no slot ("two former Google researchers")
enum class El : std::uint8_t { Lit, Slot, Gap, Any, Name, Modifier, Not };
struct Elem {
  El kind = El::Lit;
  std::vector<std::string> alts;  // literal keys; a trailing '*' = prefix
  std::bitset<256> first_bytes;   // first bytes of all alternatives: a quick reject
  std::vector<std::uint32_t> alt_vids;  // vocabulary ids of the exact alternatives
  std::vector<std::uint32_t> alt_pids;  // PrefixSet ids of the prefix alternatives
  bool has_prefix = false;              // some alternative ends in '*' 
  bool optional = false;
  int slot = -1;               // 0 = S, 1 = O, 2 = O2 (Slot); for Name: always 0
  std::uint32_t types = 0;     // bit mask of EntityType; 0 = any
  bool demonym = false;        // the slot may be filled by a demonym (-> its country)
  bool entity = true;          // the slot may be filled by an entity mention
  bool prev = false;           // filled from an earlier mention (pronoun), consumes nothing
  bool topic = false;          // (with prev) filled by the document's topic: its most named entity so far
  bool subject = false;        // (with prev) filled by the sentence's subject: the name that opens it
  int gap = 0;                 // Gap: max items skipped
  int min_tokens = 1;          // Name: at least this many tokens
  bool list = false;           // Name ("N*"): also the names coordinated after it ("A, B and C")
  bool single = false;         // Slot ("S!"): one name, never the names coordinated after it
                               // ("the Chinese giant Tencent as well as Qiming": Tencent alone)
};
struct Emit {
  int subject = 0, object = 1;
  Predicate predicate = Predicate::develops;
};
struct Rule {
  std::string id;
  std::vector<Elem> elems;
  std::vector<Emit> emits;
  double confidence = 0.5;
  std::vector<std::string> unless;  // folded words that block the match inside its span
  bool nominal = false;  // a noun-phrase fact ("Qwen d'Alibaba"): opinion cues around it do not block
  bool discovery = false;           // a cue rule: names a new entity of `new_type`
  // "marks": "deal": a cue rule that emits nothing; its S is the company whose deal (a
  // funding round, an investment in it, its acquisition) the text reports, which the
  // document's later =topic slots stand for before its most named company
  bool marks_deal = false;
  // "fronted": true: the match starts at the participle that opens the sentence ("Backed
  // by A and B, the company ..."), not at one inside it ("a round backed by A, B and C")
  bool fronted = false;
  // "opens": true: the match starts at the sentence's first word ("Founder Jim Keller said
  // ..."), not after a name ("Amazon founder Jeff Bezos")
  bool opens = false;
  // "guarded": true: a negation, modal or `unless` word anywhere from the sentence's start
  // blocks it, not only one inside the match ("Le régulateur pourrait bloquer l'acquisition
  // de X par Y": a deal the sentence hedges)
  bool guarded = false;
  // "possessor": true: its subject is a possessor ("Northern Data's Nvidia H100s"): of a thing
  // the lexicon says another (unrelated) company makes, the possessor is no maker
  bool possessor = false;
  // "maker": true: it names the maker as such ("the maker of Y", "fabricant de Y"): its
  // subject makes the thing whatever other maker the lexicon knows (as a passive's agent)
  bool maker = false;
  // "moves": true: the fact is a new position ("moved to X", "a rejoint X"); the positions the
  // same sentence gives the person elsewhere are former ones ("P, an engineer at Y, moved to X")
  bool moves = false;
  // "known": true: its slots take no name known by its capitals alone, its type a guess
  // ("Google's Search Ads Product" reads like a person's name, and is none)
  bool known = false;
  bool passive = false;             // a literal alternative is a passive agent, "by" / "par" (set when indexed)
  std::string consts[3];            // a slot the pattern lacks, filled by this lexicon name ("the Entity List": United States)
  // "context": one of these words must occur somewhere in the sentence (a literal element
  // the pattern does not place: "investors ... parmi lesquels A, B"); empty alts: none.
  Elem context;
  // "context_before": true: a context word must come before the match ("Investors in the
  // round include A, B", not "recruited engineers from giants such as A, B ... investors")
  bool context_before = false;
  EntityType new_type = EntityType::Unknown;
};
// Whether `r` reads the apposition after its leading name ("S , the co-founder of O"): a
// noun-phrase rule whose second element may be a comma.
inline bool comma_apposition(const Rule& r) {
  return r.nominal && r.elems.size() > 1 && r.elems[1].kind == El::Lit &&
         std::find(r.elems[1].alts.begin(), r.elems[1].alts.end(), ",") != r.elems[1].alts.end();
}

Rule parse_pattern(const std::string& id, std::string_view pattern,
                   const std::unordered_map<std::string, std::string>& macros);

// ---- rule files ----------------------------------------------------------------------------
// Definite descriptions and pronouns that open a sentence ("The company", "La société",
// "It", "Elle") and the types of the earlier entity they stand for.
struct Coref {
  Rule pattern;  // literals only
  std::uint32_t types = 0;
  bool inside = false;  // also inside a sentence ("invested $300m in the company"): the document's topic
};

// The one-word lists of the rule files (extract/rules/README.md, "Word lists"), each a
// class of folded words that the stages test as a bit on a token (Token::flags).
enum class Words : unsigned {
  NameStop,          // name_stopwords: never part of a discovered name
  CorefLead,         // coref_lead: may come before a sentence-opening description
  OrgHeadLast,       // org_heads_last: "X Research Institute"
  OrgHeadFirst,      // org_heads_first: "Université X"
  OrgHeadLink,       // org_head_links: "Université de X"
  SpanBlock,         // blockers.span: negation, modality inside a match
  AdjectivePrefix,   // blockers.adjective_prefixes: "non" before a lower-case word blocks nothing
  IdiomOpener,       // blockers.idiom_openers: a span blocker right after one blocks nothing ("de premier plan")
  IdiomCloser,       // blockers.idiom_closers: a span blocker right before one blocks nothing ("not only", "non seulement")
  IdiomHead,         // blockers.idiom_heads: the blockers an idiom closer may follow (a modal is none: "might just be bought")
  StaffNoun,         // staff_nouns: "Meta AI researchers": a name before one is an employer, no thing made
  SlotPreposition,   // slot_prepositions: a rule's leading name after one is another verb's complement
  PlacePreposition,  // place_prepositions: a country after one is no subject ("en Chine")
  Conjunction,       // conjunctions of one word ("and", "et"); longer ones are phrases
  CoordDeterminer,   // coordination_determiners: skipped after a conjunction ("A et la B")
  AppositionOpener,  // apposition_openers: ", the co-founder of Y," is skipped after a subject
  Former,            // former_words: "former", "ancien" right before a match count as inside it
  FrontedParticiple, // fronted_participles: "Fondée en 2023 par X, l'entreprise ..."
  PassiveAgent,      // passive_agents: "by", "par" make a rule passive
  GivenName,         // given_names: "Gabriel Hubert" is a person
  FamilyFirst,       // family_names_first: "Liang Wenfeng", "Chey Tae-won" (family name first)
  CompanySuffix,     // company_suffixes: "Sakana AI", "Brave Software Inc" end like a company
  NameJoiner,        // name_joiners: "Bank of America", "Banque de France" (before a capital)
  NotName,           // not_names: capitalised words that are no name ("CEO", "Series", months)
  NameOpenStart,     // name_open_starts: "New", "La" start a name only with a head ("New Enterprise Associates")
  NameParticle,      // name_particles: "von", "van", "de" inside a person's name ("Jon von Tetzchner")
  VersionWord,       // version_words: "Pro", "Max", "mini" after a model name name a release ("Gemini 2.5 Pro")
  LegalForm,         // legal_forms: "Inc", "SA", "GmbH" after a company's name are part of it
  UnitWord,          // unit_words: after a company's name, name a unit of it ("Naver Cloud", "Google Research")
  NameTail,          // name_tails: after a company's or an investor's name, part of it ("Alibaba Group", "Lightspeed Ventures")
  ExampleCue,        // example_cues: names after one are examples ("des groupes comme Allianz"), no description's referent
  StartupWord,       // startup_words: "her start-up, X", "la pépite X" name a young company; "The fledgling firm" is it
  FutureWord,        // future_words: "will", "va": a rule may read an announced deal, the lexicon infers nothing of what it hedges
  LocatingSuffix,    // locating_suffixes: "-based": "The London-based company" is based in the place before it
  Honorific,         // honorifics: "Professor", "Dr", "Mme" before a person's name, no part of it
  Descriptor,        // descriptor_nouns: "Amazon founder Bezos", "venture capital firms Thrive Capital": the name after is the list member
  OriginPrep,        // origin_prepositions: "la firme de Cupertino", "the company from Shenzhen": a place after one locates a description
  SingularVerb,      // singular_verbs: "A and B is ...": the member before one opens a new clause, it ends the list before it
  HeadlineCue,       // headline_cues: "Its", "Just" capitalised inside a title-case line make it a headline, not a sentence full of names
  InvestorHead,      // investor_heads: a word of a name that makes it an investor's ("Menlo Ventures", "Tikehau Ace Capital")
  FundingCue,        // funding_cues: a word that makes a sentence about a funding round ("round", "investors", "tour")
  InvesteePrep,      // investee_prepositions: after a funding word, the names that follow are invested in ("an investor in A and B")
  RivalCue,          // rival_cues: a list right after one names rivals of the sentence's subject ("rivals like A and B", "face à A")
  InvestorVerb,      // investor_verbs: a sentence's subject right before one invests in the round, no round of its own ("Nvidia participated in the round")
  UnitCue,           // unit_cues: a list right after one names units of the company before ("subsidiaries, including A and B")
  ListTrailer,       // list_trailers: "A, B and C are among the investors": a list right before one and a cue is introduced by it
  FunctionWord,      // function_words: a capitalised run made of these only names a department, no entity ("VP of Software Engineering")
  Demonstrative,     // demonstratives: "this", "cette": a description opened by one points back, it introduces no new one
  ComplementPrep,    // complement_prepositions: "la start-up française de santé": a description with such a complement is a new one
  PossessedProduct,  // possessed_products: "banned DeepSeek's app": the owner before one stands for it ("Nvidia's H100" does not)
  ListAdjunct,       // list_adjuncts: after a comma, "with", "avec" open no apposition: "led by A, with participation from B and C" lists B and C
  AgeWord,           // age_words: "Arthur Mensch, 31 ans, président de X": an age after a person's name is left out
  PluralVerb,        // plural_verbs: "A, B et C, qui ont cofondé Y": a relative with a plural verb after a list is of every member
  SourceOpener,      // source_openers: "According to TechCrunch, Windsurf is ...": the name after the source's clause opens the sentence
  MeasureUnit,       // measure_units: "9.6MW", "40GB": a number with its unit names nothing
  EventHeadLast,     // event_heads_last: "Snapdragon Summit", "AI Day": a name of two words or more ending with one is an event
  OwnerParticiple,   // owner_participles: "a company owned by A": a list right after one and "by" names its owners, no investors
  TimeWord,          // time_words: "Monday", "mars": a rule's "unless" word right before one is a date's preposition ("on Monday"), no blocker
  Count
};
static_assert(static_cast<unsigned>(Words::Count) <= 63, "word flags are bits of a 64-bit mask (one kept for kRuleWord)");
constexpr std::uint64_t word_flag(Words w) { return std::uint64_t{1} << static_cast<unsigned>(w); }
inline constexpr std::uint64_t kNameStop = word_flag(Words::NameStop), kCorefLead = word_flag(Words::CorefLead),
                               kOrgLast = word_flag(Words::OrgHeadLast), kOrgFirst = word_flag(Words::OrgHeadFirst),
                               kEventLast = word_flag(Words::EventHeadLast), kTimeWord = word_flag(Words::TimeWord),
                               kOwnerParticiple = word_flag(Words::OwnerParticiple),
                               kOrgLink = word_flag(Words::OrgHeadLink), kSpanBlock = word_flag(Words::SpanBlock),
                               kAdjectivePrefix = word_flag(Words::AdjectivePrefix),
                               kIdiomOpener = word_flag(Words::IdiomOpener),
                               kIdiomCloser = word_flag(Words::IdiomCloser),
                               kIdiomHead = word_flag(Words::IdiomHead),
                               kStaffNoun = word_flag(Words::StaffNoun),
                               kSlotPrep = word_flag(Words::SlotPreposition),
                               kPlacePrep = word_flag(Words::PlacePreposition),
                               kConjunction = word_flag(Words::Conjunction),
                               kCoordDeterminer = word_flag(Words::CoordDeterminer),
                               kOpener = word_flag(Words::AppositionOpener), kFormer = word_flag(Words::Former),
                               kFronted = word_flag(Words::FrontedParticiple),
                               kGivenName = word_flag(Words::GivenName),
                               kFamilyFirst = word_flag(Words::FamilyFirst),
                               kCompanySuffix = word_flag(Words::CompanySuffix),
                               kNameJoiner = word_flag(Words::NameJoiner), kNotName = word_flag(Words::NotName),
                               kNameOpenStart = word_flag(Words::NameOpenStart),
                               kNameParticle = word_flag(Words::NameParticle),
                               kVersionWord = word_flag(Words::VersionWord),
                               kLegalForm = word_flag(Words::LegalForm),
                               kPassiveAgent = word_flag(Words::PassiveAgent),
                               kUnitWord = word_flag(Words::UnitWord),
                               kNameTail = word_flag(Words::NameTail),
                               kExampleCue = word_flag(Words::ExampleCue),
                               kStartupWord = word_flag(Words::StartupWord),
                               kFutureWord = word_flag(Words::FutureWord),
                               kLocatingSuffix = word_flag(Words::LocatingSuffix),
                               kHonorific = word_flag(Words::Honorific),
                               kDescriptor = word_flag(Words::Descriptor),
                               kHeadlineCue = word_flag(Words::HeadlineCue),
                               kSingularVerb = word_flag(Words::SingularVerb),
                               kOriginPrep = word_flag(Words::OriginPrep),
                               kInvestorHead = word_flag(Words::InvestorHead),
                               kFundingCue = word_flag(Words::FundingCue),
                               kInvesteePrep = word_flag(Words::InvesteePrep),
                               kRivalCue = word_flag(Words::RivalCue),
                               kFunctionWord = word_flag(Words::FunctionWord),
                               kUnitCue = word_flag(Words::UnitCue),
                               kDemonstrative = word_flag(Words::Demonstrative),
                               kComplementPrep = word_flag(Words::ComplementPrep),
                               kListAdjunct = word_flag(Words::ListAdjunct),
                               kPossessedProduct = word_flag(Words::PossessedProduct),
                               kInvestorVerb = word_flag(Words::InvestorVerb),
                               kListTrailer = word_flag(Words::ListTrailer),
                               kAgeWord = word_flag(Words::AgeWord),
                               kPluralVerb = word_flag(Words::PluralVerb),
                               kSourceOpener = word_flag(Words::SourceOpener),
                               kMeasureUnit = word_flag(Words::MeasureUnit);

// Confidence factors (the "confidence" object of the rule files; a later file's value
// replaces an earlier one's). A multiplier no file gives is 1; a fact whose confidence no
// file gives is not produced.
struct Confidence {
  double discovered = 1;  // "discovered": per slot filled by a name found in the text
  double open = 1;        // "open": per slot filled by a name known by its capitals only (type guessed)
  double pronoun = 1;     // "pronoun": a slot filled by a pronoun's referent (S=prev)
  double coref = 1;       // "coref": a slot filled by a resolved description ("+coref")
  double lexicon_maker = 0;         // "lexicon.maker": "Deepseek V3" -> DeepSeek develops it
  double lexicon_maker_in_doc = 0;  // "lexicon.maker_in_doc": the document named the maker before
  double lexicon_maker_named = 0;   // "lexicon.maker_named": the sentence names a thing and its lexicon maker
  double lexicon_name_country = 0;  // "lexicon.name_country": "Saudi Aramco" -> based_in Saudi Arabia
  double name_unit = 0;             // "name.unit": "Naver Cloud" (a unit named after its company) -> part_of it
  double coref_demonym = 0;         // "coref.demonym": "The South Korean group" -> based_in (x coref)
  double name_ticker = 0;           // "name.ticker": "Nvidia (NASDAQ: NVDA)" -> listed_on the exchange
  double investor_list = 0;         // "investor_list": investors listed in a sentence about the deal company's round
  double rival_list = 0;            // "rival_list": rivals listed after a rivalry word
  double demonym_list = 0;          // "demonym_list": "Chinese companies, including A and B" -> based_in
  double unit_list = 0;             // "unit_list": "Alibaba's subsidiaries, including A and B" -> part_of
};

// Everything the rule files loaded so far say, in file order.
struct RuleSet {
  std::vector<Rule> rules;      // relation rules
  std::vector<Rule> discovery;  // cue rules naming unknown entities
  std::vector<Coref> corefs;
  std::unordered_map<std::string, std::string> macros;
  std::vector<std::string> before_blockers;  // blockers.before: opinion cues anywhere before a match
  std::vector<std::string> span_phrases;     // blockers.span of several words ("yet to")
  std::vector<std::string> conjunction_phrases;  // conjunctions of more than one word ("ainsi que")
  std::vector<std::string> maker_chip_suffixes;  // "GPUs": "les puces de Nvidia" -> "Nvidia GPUs"
  Confidence confidence;
  TextRules text;  // elisions, abbreviations, boilerplate
  std::array<std::unordered_set<std::string>, static_cast<std::size_t>(Words::Count)> words;
  std::unordered_map<std::string, std::string> rule_files;  // rule id -> the file that gave it (ids are unique)

  const std::unordered_set<std::string>& of(Words w) const { return words[static_cast<std::size_t>(w)]; }

  // Adds one rule file. InputError naming `source` and the key or rule on malformed content.
  void add(std::string_view json, const std::string& source);
};

}  // namespace kg::extract::detail
