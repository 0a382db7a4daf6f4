// SVG post-processing: per-figure id prefixes and a bare <svg> element for inlining.
// Graphviz escapes every text and attribute value it writes ('<', '"' and '&' never appear
// raw inside them), so tags and quoted values can be found by scanning characters.
#include <string>

#include "kg/render/render.hpp"

namespace kg::render {
namespace {

bool is_url_attribute(std::string_view name) {
  return name == "fill" || name == "stroke" || name == "clip-path" || name == "mask" ||
         name == "filter" || name == "marker-start" || name == "marker-mid" || name == "marker-end" ||
         name == "style";
}

// Graphviz writes '-' in ids as "&#45;": same id, but plain text is what CSS selectors
// and tests expect.
std::string plain_dashes(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v.compare(i, 5, "&#45;") == 0) {
      out.push_back('-');
      i += 4;
    } else {
      out.push_back(v[i]);
    }
  }
  return out;
}

std::string rewrite_value(std::string_view name, std::string_view value, std::string_view prefix) {
  if (name == "id") return std::string(prefix) + plain_dashes(value);
  if ((name == "href" || name == "xlink:href") && !value.empty() && value[0] == '#')
    return "#" + std::string(prefix) + plain_dashes(value.substr(1));
  if (is_url_attribute(name)) {
    std::string out;
    std::size_t last = 0;
    for (std::size_t pos; (pos = value.find("url(#", last)) != std::string_view::npos; last = pos + 5) {
      out.append(value.substr(last, pos + 5 - last));
      out.append(prefix);
    }
    out.append(value.substr(last));
    return out;
  }
  return std::string(value);
}

// Rewrites the attributes of one start tag, `tag` being the text between '<' and '>'.
std::string rewrite_tag(std::string_view tag, std::string_view prefix) {
  std::string out;
  std::size_t i = 0;
  while (i < tag.size()) {
    const std::size_t eq = tag.find('=', i);
    if (eq == std::string_view::npos || eq + 1 >= tag.size() || (tag[eq + 1] != '"' && tag[eq + 1] != '\'')) {
      out.append(tag.substr(i));
      break;
    }
    const char quote = tag[eq + 1];
    const std::size_t close = tag.find(quote, eq + 2);
    if (close == std::string_view::npos) {
      out.append(tag.substr(i));
      break;
    }
    std::size_t name_start = eq;
    while (name_start > i && tag[name_start - 1] != ' ' && tag[name_start - 1] != '\n' && tag[name_start - 1] != '\t')
      --name_start;
    const std::string_view name = tag.substr(name_start, eq - name_start);
    out.append(tag.substr(i, eq + 2 - i));
    out.append(rewrite_value(name, tag.substr(eq + 2, close - eq - 2), prefix));
    out.push_back(quote);
    i = close + 1;
  }
  return out;
}

}  // namespace

std::string prefix_svg_ids(std::string_view svg, std::string_view prefix) {
  if (prefix.empty()) return std::string(svg);
  std::string out;
  out.reserve(svg.size() + svg.size() / 16);
  std::size_t i = 0;
  while (i < svg.size()) {
    const std::size_t lt = svg.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(svg.substr(i));
      break;
    }
    out.append(svg.substr(i, lt - i));
    // Comments, declarations and the DOCTYPE are copied as they are.
    if (svg.compare(lt, 4, "<!--") == 0) {
      std::size_t end = svg.find("-->", lt + 4);
      end = end == std::string_view::npos ? svg.size() : end + 3;
      out.append(svg.substr(lt, end - lt));
      i = end;
      continue;
    }
    const std::size_t gt = svg.find('>', lt);
    if (gt == std::string_view::npos) {
      out.append(svg.substr(lt));
      break;
    }
    if (svg[lt + 1] == '/' || svg[lt + 1] == '!' || svg[lt + 1] == '?') {
      out.append(svg.substr(lt, gt + 1 - lt));
    } else {
      out.push_back('<');
      out.append(rewrite_tag(svg.substr(lt + 1, gt - lt - 1), prefix));
      out.push_back('>');
    }
    i = gt + 1;
  }
  return out;
}

std::string svg_for_inline(std::string_view svg) {
  const std::size_t start = svg.find("<svg");
  if (start == std::string_view::npos) return {};
  std::string out;
  std::size_t i = start;
  // Drop comments: Graphviz writes the graph and node names in them.
  while (i < svg.size()) {
    const std::size_t c = svg.find("<!--", i);
    if (c == std::string_view::npos) {
      out.append(svg.substr(i));
      break;
    }
    out.append(svg.substr(i, c - i));
    const std::size_t end = svg.find("-->", c + 4);
    i = end == std::string_view::npos ? svg.size() : end + 3;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace kg::render
