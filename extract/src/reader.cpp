// Reader: input files and directories -> Documents. Plain text and Markdown as they are,
// JSONL corpora one article a line, HTML reduced to its text.
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include "kg/document.hpp"
#include "kg/error.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/io.hpp"
#include "kg/json.hpp"
#include "kg/text.hpp"
#include "metadata.hpp"

namespace kg::extract {
namespace fs = std::filesystem;

DocumentInfo Document::info(bool with_sketch) const {
  DocumentInfo d;
  d.name = name;
  d.hash = hash;
  if (!location.empty()) d.locations.push_back(location);
  d.title = title;
  d.url = url;
  d.date = date;
  d.lang = lang.empty() ? text::guess_language(text) : lang;  // .txt/.md/.html say nothing
  d.source = source;
  d.metadata_from = metadata_from;
  if (with_sketch) d.sketch = text_sketch(text);
  d.bytes = text.size();
  return d;
}

namespace {

bool readable_ext(const std::string& ext) {
  return ext == "txt" || ext == "md" || ext == "html" || ext == "htm" || ext == "jsonl";
}

// "./corpus//a.txt" -> "corpus/a.txt": a location names a file the same way each run.
std::string normal_path(const std::string& path) { return fs::path(path).lexically_normal().generic_string(); }

void check_text(std::string_view bytes, const std::string& where) {
  if (text::looks_binary(bytes)) throw InputError(where + ": binary file, not text");
  if (auto bad = text::find_invalid_utf8(bytes))
    throw InputError(where + ": invalid UTF-8 at byte " + std::to_string(*bad));
}

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (auto& c : r) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

}  // namespace

// Text of an HTML page: script/style/nav/header/footer/aside dropped, block elements
// become line breaks, entities decoded, runs of blank space collapsed.
std::string html_to_text(std::string_view html, std::string* title) {
  static const char* skip_tags[] = {"script", "style", "nav", "header", "footer", "aside",
                                    "noscript", "form", "svg", "template", "iframe"};
  static const char* block_tags[] = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
                                     "h5", "h6", "tr", "table", "section", "article", "blockquote",
                                     "hr", "figcaption", "dd", "dt", "pre", "main", "title"};
  std::string out;
  std::size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      if (html.compare(i, 4, "<!--") == 0) {
        auto e = html.find("-->", i + 4);
        i = e == std::string_view::npos ? html.size() : e + 3;
        continue;
      }
      auto e = html.find('>', i);
      if (e == std::string_view::npos) break;
      std::string_view tag = html.substr(i + 1, e - i - 1);
      bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      std::size_t n = 0;
      while (n < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[n])))) ++n;
      std::string name = lower_ascii(tag.substr(0, n));
      i = e + 1;
      if (!closing) {
        if (name == "title" && title) {
          const auto end = detail::find_ci(html, "</title", i);
          if (end != std::string_view::npos) {
            std::string t = detail::decode_entities(html.substr(i, end - i));
            std::replace(t.begin(), t.end(), '\n', ' ');
            *title = text::ellipsize(t, 200);
            i = end;
            continue;
          }
        }
        bool skipped = false;
        for (const char* s : skip_tags) {
          if (name == s && !(tag.size() && tag.back() == '/')) {
            const auto end = detail::find_ci(html, std::string("</") + s, i);
            i = end == std::string_view::npos ? html.size() : end;
            skipped = true;
            break;
          }
        }
        if (skipped) continue;
      }
      for (const char* b : block_tags) {
        if (name == b) { out += '\n'; break; }
      }
      continue;
    }
    if (c == '&') {
      if (auto used = detail::decode_entity(html, i, out)) { i += used; continue; }
    }
    if (c == '\r') { ++i; continue; }
    if (c == '\n' || c == '\t') c = ' ';
    out += c;
    ++i;
  }
  // collapse spaces and blank lines
  std::string clean;
  clean.reserve(out.size());
  int newlines = 0;
  bool space = false;
  for (char c : out) {
    if (c == '\n') { ++newlines; space = false; continue; }
    if (c == ' ') { space = true; continue; }
    if (newlines) { if (!clean.empty()) clean += newlines > 1 ? "\n\n" : "\n"; newlines = 0; space = false; }
    else if (space) { if (!clean.empty()) clean += ' '; space = false; }
    clean += c;
  }
  return clean;
}

namespace {
std::string kind_of(fs::file_type t) {
  switch (t) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    default: return "not a regular file";
  }
}

// The article files under `dir`, walked by hand so that what cannot be read is said: an
// unreadable subdirectory or a symbolic link loop is a warning naming it (the rest is read),
// never a silent gap or an internal error. Symbolic links to directories are not followed
// (no cycles); links to files are.
void walk(const fs::path& dir, std::vector<std::string>& found) {
  std::vector<fs::path> todo{dir};
  while (!todo.empty()) {
    const fs::path d = todo.back();
    todo.pop_back();
    std::error_code ec;
    fs::directory_iterator it(d, ec), end;
    if (ec) {
      if (d == dir) throw InputError(dir.string() + ": cannot read directory: " + ec.message());
      io::warn(d.string() + ": cannot read directory: " + ec.message() + "; skipped");
      continue;
    }
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path p = it->path();
      const auto name = p.filename().string();
      if (!name.empty() && name[0] == '.') continue;
      std::error_code ec2;
      const auto link = it->symlink_status(ec2);
      if (!ec2 && fs::is_directory(link)) {
        todo.push_back(p);
        continue;
      }
      if (!readable_ext(io::extension(p.string()))) continue;
      const auto st = it->status(ec2);
      if (ec2) {
        io::warn(p.string() + ": " + ec2.message() + "; skipped");
        continue;
      }
      if (fs::is_regular_file(st)) found.push_back(p.string());
      else if (!fs::is_directory(st)) io::warn(p.string() + ": " + kind_of(st.type()) + ", not an article file; skipped");
    }
    if (ec) io::warn(d.string() + ": cannot read directory: " + ec.message() + "; skipped");
  }
}
}  // namespace

std::vector<std::string> list_input_files(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  if (inputs.empty()) throw UsageError("no input given");
  for (const auto& in : inputs) {
    std::error_code ec;
    const auto st = fs::status(in, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) throw InputError(in + ": " + ec.message());
    if (!fs::exists(st)) throw InputError(in + ": no such file or directory");
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      walk(in, found);
      std::sort(found.begin(), found.end());
      if (found.empty()) throw InputError(in + ": no .txt, .md, .html or .jsonl files in this directory");
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(st)) {
      out.push_back(in);
    } else {
      // Opening a FIFO blocks until a writer comes; a device never ends. Articles are files.
      throw InputError(in + ": " + kind_of(st.type()) + ", not an article file (kg reads regular files and directories)");
    }
  }
  return out;
}

namespace {
// A document's title, date, URL, source and language: what the document was given (a JSONL
// article's fields, marked as given by `given_by`), then what `found` holds (a page's head,
// a front matter), then the labelled lines and the title line of its text.
void settle_metadata(Document& d, detail::Metadata found, const std::string& given_by) {
  detail::Metadata m;
  for (const auto& [field, value] : {std::pair<const char*, const std::string*>{"title", &d.title}, {"date", &d.date},
                                     {"url", &d.url}, {"source", &d.source}, {"lang", &d.lang}})
    m.offer(field, *value, given_by);
  m.fill_from(found);
  m.fill_from(detail::text_metadata(d.text));
  d.title = m.title;
  d.date = m.date;
  d.url = m.url;
  d.source = m.source;
  d.lang = m.lang;
  d.metadata_from = m.from;
  d.metadata_from.erase("lang");  // a language is no citation; guessed anyway when missing
}

// A JSONL corpus, one line at a time. A line that is not an article (malformed JSON, no
// "text", a field of the wrong type, invalid UTF-8) is reported on stderr with its number
// and skipped: one bad line of a scraped corpus must not lose the others. A corpus with
// no article at all is an error that says why its first bad line was refused.
class JsonlCorpus {
 public:
  JsonlCorpus(const std::string& path, const std::function<void(Document&&)>& sink)
      : path_(path), base_(fs::path(path).filename().string()), sink_(sink) {}

  void line(std::string_view line) {
    ++line_no_;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) return;
    const std::string where = path_ + ":" + std::to_string(line_no_);
    try {
      check_text(line, where);
      article(line, where);
      ++articles_;
    } catch (const InputError& e) {
      if (bad_++ == 0) first_error_ = e.what();
      if (bad_ <= kMaxWarnings) io::warn(std::string(e.what()) + "; line skipped");
    }
  }

  void finish() const {
    if (bad_ > kMaxWarnings)
      io::warn(path_ + ": " + std::to_string(bad_) + " lines skipped in all (the first " +
               std::to_string(kMaxWarnings) + " are listed above)");
    if (articles_ > 0) return;
    if (bad_ == 0) throw InputError(path_ + ": empty corpus (no JSON lines)");
    throw InputError(path_ + ": no valid article in " + std::to_string(bad_) + " line" +
                     (bad_ == 1 ? "" : "s") + " (first: " + first_error_ + ")");
  }

 private:
  void article(std::string_view line, const std::string& where) {
    rapidjson::Document d;
    if (auto err = json::parse(d, line))
      throw InputError(where + ": malformed JSON at column " + std::to_string(err->offset + 1) + ": " + err->message);
    if (!d.IsObject()) throw InputError(where + ": expected an object per line");
    auto str = [&](const char* k, bool integer_ok = false) -> std::string {
      auto it = d.FindMember(k);
      if (it == d.MemberEnd() || it->value.IsNull()) return {};
      const auto& v = it->value;
      if (v.IsString()) return {v.GetString(), v.GetStringLength()};
      if (integer_ok && v.IsInt64()) return std::to_string(v.GetInt64());
      if (integer_ok && v.IsUint64()) return std::to_string(v.GetUint64());
      throw InputError(where + ": \"" + k + "\" must be a string" + (integer_ok ? " or an integer" : ""));
    };
    Document doc;
    doc.text = str("text");
    if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) throw InputError(where + ": missing \"text\"");
    doc.name = str("id", true);
    doc.location = normal_path(path_) + "#" + (doc.name.empty() ? "line" + std::to_string(line_no_) : doc.name);
    if (doc.name.empty()) doc.name = base_ + ":" + std::to_string(line_no_);
    doc.title = str("title");
    doc.url = str("url");
    if (const std::string date = str("date"); !date.empty()) {
      if (auto day = text::article_date(date))
        doc.date = *day;
      else
        io::warn(where + ": \"date\" '" + text::ellipsize(date, 40) + "' is not a date (YYYY-MM-DD); article kept undated");
    }
    doc.lang = str("lang");
    doc.source = str("source");
    doc.hash = text_hash(doc.text);
    settle_metadata(doc, {}, "jsonl");
    sink_(std::move(doc));
  }

  static constexpr std::size_t kMaxWarnings = 20;
  const std::string& path_;
  std::string base_;
  const std::function<void(Document&&)>& sink_;
  std::size_t line_no_ = 0, articles_ = 0, bad_ = 0;
  std::string first_error_;
};
}  // namespace

void parse_documents(const std::string& path, std::string_view bytes,
                     const std::function<void(Document&&)>& sink) {
  const std::string ext = io::extension(path);
  const std::string base = fs::path(path).filename().string();
  if (ext == "jsonl") {
    JsonlCorpus corpus(path, sink);
    std::size_t i = 0;
    while (i < bytes.size()) {
      auto nl = bytes.find('\n', i);
      if (nl == std::string_view::npos) nl = bytes.size();
      corpus.line(bytes.substr(i, nl - i));
      i = nl + 1;
    }
    corpus.finish();
    return;
  }
  check_text(bytes, path);
  Document doc;
  doc.name = base;
  doc.location = normal_path(path);
  detail::Metadata found;
  if (ext == "html" || ext == "htm") {
    std::string title_tag;  // the <title> is metadata, not text: html_metadata weighs it
    doc.text = html_to_text(bytes, &title_tag);
    found = detail::html_metadata(bytes);
  } else {
    doc.text = std::string(bytes);
    // A front matter is metadata, not text: blanked (offsets into the file stay right).
    std::size_t length = 0;
    found = detail::front_matter(doc.text, length);
    for (std::size_t i = 0; i < length; ++i)
      if (doc.text[i] != '\n') doc.text[i] = ' ';
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw InputError(path + ": empty document");
  doc.hash = text_hash(doc.text);
  settle_metadata(doc, std::move(found), "");
  sink(std::move(doc));
}

void read_documents(const std::string& path, const std::function<void(Document&&)>& sink) {
  if (io::extension(path) != "jsonl") {
    parse_documents(path, io::read_file(path), sink);
    return;
  }
  // A JSONL corpus can be large: stream it a line at a time (memory stays flat).
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw InputError(path + ": is a directory, expected a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": no such file or cannot be read");
  JsonlCorpus corpus(path, sink);
  std::string line;
  while (std::getline(in, line)) corpus.line(line);
  if (in.bad()) throw InputError(path + ": read error");
  corpus.finish();
}

}  // namespace kg::extract
