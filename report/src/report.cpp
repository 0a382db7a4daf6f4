// kg::report: the report writer (see report.hpp). The sections, in order: title and
// summary, Corpus, Overview, Top entities, path maps, Facts and evidence, Method.
#include "kg/report/report.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

namespace kg::report {

namespace {

std::string esc(std::string_view s) { return text::escape_xml(s); }
std::string md(std::string_view s) {
  std::string one(s);
  for (char& c : one)
    if (c == '\n' || c == '\r') c = ' ';
  return text::escape_markdown(one);
}

// A relative link to a sibling file, percent-encoded so any file name stays one link.
std::string link(std::string_view file) {
  std::string out;
  for (unsigned char c : file) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

const char* kCss =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;"
    "color:#222;line-height:1.45}"
    "h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd}"
    "figure{margin:1em 0;padding:.5em;border:1px solid #e5e5e5;border-radius:6px;overflow:auto}"
    "figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.9em}"
    "table{border-collapse:collapse;width:100%;font-size:.88em}"
    "th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}"
    "th{background:#f3f3f3}.note{color:#8a5a00}.meta{color:#555}blockquote{margin:0;color:#333}";

class Writer {
 public:
  Writer(const Options& a, const graph::Graph& g, const std::vector<double>& importance)
      : a_(a), g_(g), importance_(importance), lexicon_(a.lexicon), filter_(a.filter) {}

  Report run() {
    Report rep;
    rep.format = format_for(a_.output);
    html_ = rep.format == Format::html;
    const auto entities = g_.entities();
    for (const auto& e : entities) {
      names_[e.id] = e.name;
      types_[e.id] = e.type;
    }
    const auto relations = g_.relations();
    const auto documents = g_.documents();
    for (const auto& d : documents)
      if (!d.copy_of.empty()) copy_of_.emplace(d.name, d.copy_of);
    std::vector<Figure> figures;

    // Overview.
    graph::ViewOptions ov = view_options();
    ov.title = a_.title.empty() ? "Overview" : a_.title;
    ov.max_nodes = a_.overview_nodes;
    ov.communities = a_.communities;
    GraphView overview = graph::make_view(g_, ov);
    // The overview keeps last edition's layout (--keep-layout) and saves this one's.
    figures.push_back(figure("Overview", "The most important entities and the facts between them.", overview,
                             "overview", &rep));

    // Ego maps of the top entities (by importance in the whole graph).
    graph::ViewOptions all = view_options();
    all.max_nodes = 0;
    std::vector<ViewNode> ranked = graph::make_view(g_, all).nodes;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const ViewNode& x, const ViewNode& y) { return x.importance > y.importance; });
    if (ranked.size() > a_.top) ranked.resize(a_.top);
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      graph::ViewOptions ego = view_options();
      ego.focus = ranked[i].id;
      ego.depth = a_.depth;
      ego.max_nodes = a_.ego_nodes;
      ego.communities = a_.communities;
      ego.title = ranked[i].name;
      GraphView v = graph::make_view(g_, ego);
      figures.push_back(figure(ranked[i].name, "Everything directly connected to " + ranked[i].name + ".", v,
                               "ego-" + std::to_string(i + 1)));
    }

    // Path maps.
    for (std::size_t i = 0; i < a_.paths.size(); ++i) {
      const auto& [from, to] = a_.paths[i];
      graph::ViewOptions p = view_options();
      p.path = std::make_pair(from.id, to.id);
      p.title = from.name + " \u2192 " + to.name;
      GraphView v = graph::make_view(g_, p);
      figures.push_back(figure(from.name + " \u2192 " + to.name,
                               "How " + from.name + " and " + to.name + " are connected (path highlighted).", v,
                               "path-" + std::to_string(i + 1)));
    }

    rep.text = html_ ? html(figures, relations, documents) : markdown(figures, relations, documents);
    rep.figures = std::move(figures);
    rep.facts_listed = std::min(facts(relations).size(), a_.max_facts);
    rep.documents = documents.size();
    return rep;
  }

 private:

  Figure figure(std::string heading, std::string caption, const GraphView& view, const std::string& key,
                Report* overview = nullptr) {
    Figure f;
    f.heading = std::move(heading);
    f.caption = std::move(caption);
    f.notes = view.notes;
    const std::string stem = std::filesystem::path(a_.output).stem().string();
    f.file = stem + "-" + key + ".svg";
    // Each figure its own id prefix: several SVGs live in one HTML page.
    render::RenderOptions o = overview && a_.overview_style ? *a_.overview_style : a_.style;
    o.format = render::Format::svg;
    o.id_prefix = a_.id_prefix + key + "-";
    if (!overview) {
      f.svg = render::render(view, o).bytes;
      return f;
    }
    render::drop_unused_pins(view, o);
    overview->overview = render::render(view, o, a_.overview_positions);
    overview->overview_options = o;
    f.svg = overview->overview.bytes;
    return f;
  }

  // A row of the facts table, as plain text each format escapes its own way.
  struct FactRow {
    std::string subject, relation, object, confidence;
    const std::string* evidence = nullptr;  // the best sentence, if any
    std::vector<std::string> sources;
  };
  // The rows the table lists: the first max_facts of `listed`.
  std::vector<FactRow> rows(const std::vector<const graph::RelationInfo*>& listed) const {
    std::vector<FactRow> out;
    for (std::size_t k = 0; k < listed.size() && k < a_.max_facts; ++k) {
      const auto* r = listed[k];
      const Evidence* best = r->best_evidence();
      char conf[16];
      std::snprintf(conf, sizeof conf, "%.2f", r->confidence);
      out.push_back(FactRow{name(r->subject), relation_cell(*r), name(r->object), conf,
                            best ? &best->sentence : nullptr, doc_names(*r)});
    }
    return out;
  }

  std::string relation_cell(const graph::RelationInfo& r) const {
    return render::predicate_label(r.predicate, r.lexicon_only());  // as the maps and their legends write it
  }

  std::string name(const std::string& id) const {
    auto it = names_.find(id);
    return it == names_.end() ? id : it->second;
  }

  graph::ViewOptions view_options() const {
    graph::ViewOptions o;
    o.lexicon = lexicon_;
    o.predicates = filter_.predicates;
    o.types = filter_.types;
    o.importance_scores = &importance_;
    return o;
  }

  // The facts the tables list: what the articles state, and what only the lexicon knows
  // when it is to be marked.
  std::vector<const graph::RelationInfo*> facts(const std::vector<graph::RelationInfo>& relations) const {
    std::vector<const graph::RelationInfo*> f;
    const auto& ps = filter_.predicates;
    const auto& ts = filter_.types;
    const auto typed = [&](const std::string& id) {
      return std::find(ts.begin(), ts.end(), types_.at(id)) != ts.end();
    };
    for (const auto& r : relations) {
      if (lexicon_ == graph::LexiconKnowledge::omit && r.lexicon_only()) continue;
      if (!ps.empty() && std::find(ps.begin(), ps.end(), r.predicate) == ps.end()) continue;
      if (!ts.empty() && !typed(r.subject) && !typed(r.object)) continue;
      f.push_back(&r);
    }
    std::stable_sort(f.begin(), f.end(), [](auto* x, auto* y) { return x->confidence > y->confidence; });
    return f;
  }

  // What made the report, from what, and how to read it: one sentence a line.
  std::vector<std::string> method(const std::vector<graph::RelationInfo>& relations,
                                  const std::vector<DocumentInfo>& documents) const {
    std::vector<std::string> out;
    out.push_back("Made with kg " KG_VERSION " on " + today() + " from the graph " +
                  std::filesystem::path(a_.graph_file).filename().string() + ".");
    std::size_t copies = 0, undated = 0;
    std::string first, last;
    for (const auto& d : documents) {
      copies += !d.copy_of.empty();
      if (d.date.empty()) ++undated;
      else if (first.empty() || d.date < first) first = d.date;
      if (!d.date.empty() && d.date > last) last = d.date;
    }
    std::string corpus = "Corpus: " + std::to_string(documents.size()) + " documents";
    if (copies) corpus += " (" + std::to_string(copies) + " of them copies of another story)";
    if (!first.empty()) corpus += ", dated from " + first + " to " + last;
    if (undated) corpus += ", " + std::to_string(undated) + " undated";
    out.push_back(corpus + ".");
    std::size_t evidence = 0, lexicon_facts = 0, lexicon_countries = 0;
    for (const auto& r : relations) {
      evidence += r.evidence.size();
      lexicon_facts += r.lexicon_only();
    }
    for (const auto& e : g_.entities()) lexicon_countries += e.country_from == "lexicon";
    const std::size_t listed = facts(relations).size();
    out.push_back("Counts: " + std::to_string(names_.size()) + " entities, " + std::to_string(relations.size()) +
                  " facts, " + std::to_string(evidence) + " pieces of evidence; the table lists " +
                  std::to_string(std::min(listed, a_.max_facts)) + " facts" +
                  (listed > a_.max_facts ? ", the most confident (--max-facts)." : "."));
    if (const std::string slice = filter_.dates.describe(); !slice.empty())
      out.push_back("Time slice: " + slice + ".");
    out.push_back("Facts: each was read in a sentence of an article by kg's French and English rules; the Evidence "
                  "column quotes the most confident sentence, Sources lists every document that states the fact.");
    out.push_back("Confidence: how surely the rules read the fact in a sentence (the pattern's strength, lower when "
                  "a pronoun or a guessed name is involved), combined over independent sources as 1 - (1 - c1)(1 - c2)"
                  "...; copies of one story count once. It measures the reading, not whether the claim is true.");
    out.push_back("Background knowledge: " + std::to_string(lexicon_facts) + " facts and " +
                  std::to_string(lexicon_countries) + " countries that only kg's built-in lexicon knows (no article " +
                  "states them) are " +
                  (lexicon_ == graph::LexiconKnowledge::omit ? "left out (--from-lexicon mark shows them, marked)."
                                                             : "shown, marked \"lexicon\"."));
    return out;
  }

  // The day the report is written: SOURCE_DATE_EPOCH when set (reproducible output), else
  // today (UTC).
  static std::string today() {
    std::time_t t = std::time(nullptr);
    if (const char* e = std::getenv("SOURCE_DATE_EPOCH"); e && *e) t = static_cast<std::time_t>(std::strtoll(e, nullptr, 10));
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
  }

  // The documents a fact cites, copies of one story together (original first), each
  // copy marked: a reader sees which sources are independent.
  std::vector<std::string> doc_names(const graph::RelationInfo& r) const {
    std::vector<std::string> d;
    for (const auto& e : r.evidence) d.push_back(e.doc);
    std::sort(d.begin(), d.end(), [&](const std::string& x, const std::string& y) { return by_story(x, y); });
    d.erase(std::unique(d.begin(), d.end()), d.end());
    for (auto& n : d)
      if (auto it = copy_of_.find(n); it != copy_of_.end()) n += " (same story as " + it->second + ")";
    return d;
  }

  // Order of documents: by story (the original's name), the original first.
  bool by_story(const std::string& x, const std::string& y) const {
    const auto story = [&](const std::string& n) {
      auto it = copy_of_.find(n);
      return std::make_pair(it == copy_of_.end() ? n : it->second, it == copy_of_.end() ? std::string() : n);
    };
    return story(x) < story(y);
  }

  std::vector<DocumentInfo> corpus(std::vector<DocumentInfo> documents) const {
    std::sort(documents.begin(), documents.end(),
              [&](const DocumentInfo& x, const DocumentInfo& y) { return by_story(x.name, y.name); });
    return documents;
  }

  static std::string doc_label(const DocumentInfo& d) {
    return d.copy_of.empty() ? d.name : d.name + " (same story as " + d.copy_of + ")";
  }

  std::string summary(std::size_t relations, std::size_t documents) const {
    std::string out = std::to_string(names_.size()) + " entities, " + std::to_string(relations) +
                      " relations, from " + std::to_string(documents) + (documents == 1 ? " document." : " documents.");
    const std::string slice = filter_.dates.describe();
    if (!slice.empty()) out += " Time slice: " + slice + ".";
    return out;
  }

  std::string html(const std::vector<Figure>& figures, const std::vector<graph::RelationInfo>& relations,
                   const std::vector<DocumentInfo>& documents) const {
    const std::string title = a_.title.empty() ? "Knowledge graph report" : a_.title;
    std::ostringstream h;
    h << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Defence in depth: the page may load nothing and run nothing.
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << esc(title) << "</title>\n<style>" << kCss << "</style>\n</head>\n<body>\n"
      << "<h1>" << esc(title) << "</h1>\n<p class=\"meta\">" << esc(summary(relations.size(), documents.size()))
      << "</p>\n";
    h << "<h2 id=\"corpus\">Corpus</h2>\n<table>\n<tr><th>Document</th><th>Title</th><th>Date</th><th>Source</th>"
         "<th>Language</th></tr>\n";
    for (const auto& d : corpus(documents)) {
      h << "<tr><td>" << esc(doc_label(d)) << "</td><td>" << esc(d.title) << "</td><td>" << esc(d.date) << "</td><td>";
      if (d.url.rfind("https://", 0) == 0 || d.url.rfind("http://", 0) == 0)
        h << "<a href=\"" << esc(d.url) << "\">" << esc(d.source.empty() ? d.url : d.source) << "</a>";
      else
        h << esc(d.source);
      h << "</td><td>" << esc(d.lang) << "</td></tr>\n";
    }
    h << "</table>\n";
    for (std::size_t i = 0; i < figures.size(); ++i) {
      const auto& f = figures[i];
      h << (i == 1 ? "<h2 id=\"entities\">Top entities</h2>\n" : "")
        << (i == 0 ? "<h2 id=\"overview\">" : "<h3>") << esc(f.heading) << (i == 0 ? "</h2>\n" : "</h3>\n")
        << "<figure>\n" << render::svg_for_inline(f.svg) << "\n<figcaption>" << esc(f.caption);
      for (const auto& n : f.notes) h << " <span class=\"note\">" << esc(n) << "</span>";
      h << "</figcaption>\n</figure>\n";
    }
    h << "<h2 id=\"facts\">Facts and evidence</h2>\n<table>\n<tr><th>Subject</th><th>Relation</th><th>Object</th>"
         "<th>Confidence</th><th>Evidence</th><th>Sources</th></tr>\n";
    const auto listed = facts(relations);
    for (const auto& row : rows(listed)) {
      h << "<tr><td>" << esc(row.subject) << "</td><td>" << esc(row.relation) << "</td><td>" << esc(row.object)
        << "</td><td>" << row.confidence << "</td><td>";
      if (row.evidence) h << "<blockquote>" << esc(*row.evidence) << "</blockquote>";
      h << "</td><td>";
      for (std::size_t i = 0; i < row.sources.size(); ++i) h << (i ? "<br>" : "") << esc(row.sources[i]);
      h << "</td></tr>\n";
    }
    h << "</table>\n";
    if (listed.size() > a_.max_facts)
      h << "<p class=\"note\">" << listed.size() - a_.max_facts
        << " less confident facts not listed: kg report --max-facts " << listed.size() << " lists them all, kg facts "
        << "prints them.</p>\n";
    h << "<h2 id=\"method\">Method</h2>\n";
    for (const auto& line : method(relations, documents)) h << "<p class=\"meta\">" << esc(line) << "</p>\n";
    h << "</body>\n</html>\n";
    return h.str();
  }

  std::string markdown(const std::vector<Figure>& figures, const std::vector<graph::RelationInfo>& relations,
                       const std::vector<DocumentInfo>& documents) const {
    const std::string title = a_.title.empty() ? "Knowledge graph report" : a_.title;
    std::ostringstream m;
    m << "# " << md(title) << "\n\n" << md(summary(relations.size(), documents.size())) << "\n\n## Corpus\n\n"
      << "| Document | Title | Date | Source | Language |\n|---|---|---|---|---|\n";
    for (const auto& d : corpus(documents))
      m << "| " << md(doc_label(d)) << " | " << md(d.title) << " | " << md(d.date) << " | " << md(d.source) << " | "
        << md(d.lang) << " |\n";
    for (std::size_t i = 0; i < figures.size(); ++i) {
      const auto& f = figures[i];
      m << "\n" << (i == 1 ? "## Top entities\n\n" : "") << (i == 0 ? "## " : "### ") << md(f.heading) << "\n\n"
        << "![" << md(f.heading) << "](" << link(f.file) << ")\n\n" << md(f.caption);
      for (const auto& n : f.notes) m << " *" << md(n) << "*";
      m << "\n";
    }
    m << "\n## Facts and evidence\n\n| Subject | Relation | Object | Confidence | Evidence | Sources |\n"
         "|---|---|---|---|---|---|\n";
    const auto listed = facts(relations);
    for (const auto& row : rows(listed)) {
      m << "| " << md(row.subject) << " | " << md(row.relation) << " | " << md(row.object) << " | " << row.confidence
        << " | " << (row.evidence ? md(*row.evidence) : "") << " | ";
      for (std::size_t i = 0; i < row.sources.size(); ++i) m << (i ? "<br>" : "") << md(row.sources[i]);
      m << " |\n";
    }
    if (listed.size() > a_.max_facts)
      m << "\n*" << listed.size() - a_.max_facts << " less confident facts not listed: kg report --max-facts "
        << listed.size() << " lists them all, kg facts prints them.*\n";
    m << "\n## Method\n\n";
    for (const auto& line : method(relations, documents)) m << md(line) << "\n\n";
    return m.str();
  }

  const Options& a_;
  const graph::Graph& g_;
  const std::vector<double>& importance_;
  bool html_ = true;
  std::map<std::string, std::string> names_;
  std::map<std::string, std::string> copy_of_;  // document -> the original of its story
  std::map<std::string, EntityType> types_;
  graph::LexiconKnowledge lexicon_ = graph::LexiconKnowledge::omit;
  graph::EdgeFilter filter_;
};

}  // namespace

Format format_for(const std::string& path) {
  const std::string ext = io::extension(path);
  if (ext == "html" || ext == "htm") return Format::html;
  if (ext == "md" || ext == "markdown") return Format::markdown;
  throw UsageError("cannot tell the report format of '" + path + "' from its extension; use .html or .md");
}

Report make(const graph::Graph& g, const std::vector<double>& importance, const Options& opt) {
  return Writer(opt, g, importance).run();
}

std::vector<std::string> figure_paths(const Report& r, const std::string& output) {
  std::vector<std::string> paths;
  if (r.format == Format::html) return paths;
  const auto dir = std::filesystem::path(output).parent_path();
  for (const auto& f : r.figures) paths.push_back((dir / f.file).string());
  return paths;
}

void write(const Report& r, const std::string& output) {
  const std::vector<std::string> paths = figure_paths(r, output);
  std::vector<std::unique_ptr<io::AtomicFile>> files;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    files.push_back(std::make_unique<io::AtomicFile>(paths[i]));
    files.back()->stream() << r.figures[i].svg;
    io::check_interrupted();
  }
  files.push_back(std::make_unique<io::AtomicFile>(output));
  files.back()->stream() << r.text;
  std::vector<std::string> created;
  try {
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::error_code ec;
      const bool existed = i < paths.size() && std::filesystem::exists(paths[i], ec);
      files[i]->commit();
      if (i < paths.size() && !existed) created.push_back(paths[i]);
    }
  } catch (...) {
    for (const auto& p : created) std::remove(p.c_str());
    throw;
  }
}

}  // namespace kg::report
