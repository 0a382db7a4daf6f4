#include "kg/export/format.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::interop {
namespace {

void append_u4(std::string& out, unsigned c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04X", c);
  out += buf;
}

}  // namespace

std::string rdf_literal_body(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) append_u4(out, c);
        else out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string iri_segment(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0xF]);
    }
  }
  return out;
}

std::string normalize_base_iri(std::string_view base) {
  const auto bad = [&](const char* why) {
    return UsageError("invalid --base-iri '" + std::string(base) + "': " + why);
  };
  const auto colon = base.find(':');
  if (colon == std::string_view::npos || colon == 0) throw bad("it needs a scheme, e.g. https://kg.example/");
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = base[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
    if (!ok) throw bad("it needs a scheme, e.g. https://kg.example/");
  }
  for (unsigned char c : base) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\')
      throw bad("spaces, controls and <>\"{}|^`\\ are not allowed in an IRI");
  }
  std::string out(base);
  if (out.back() != '/' && out.back() != '#') out.push_back('/');
  return out;
}

std::string csv_field(std::string_view raw) {
  const std::string s = kg::text::displayable(raw);  // a NUL stops CSV readers, controls show as junk
  bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
  for (char c : s) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') {
      quote = true;
      break;
    }
  }
  if (!quote) return std::string(s);
  std::string out;
  out.reserve(s.size() + 4);
  out.push_back('"');
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string spreadsheet_safe(std::string_view s) {
  if (!s.empty() && (s.front() == '=' || s.front() == '+' || s.front() == '-' || s.front() == '@' ||
                     s.front() == '\t' || s.front() == '\r'))
    return "'" + std::string(s);
  return std::string(s);
}

std::string cypher_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 4);
  out.push_back('\'');
  for (unsigned char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\'': out += "\\'"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) append_u4(out, c);
        else out.push_back(static_cast<char>(c));
    }
  }
  out.push_back('\'');
  return out;
}

std::string xml_text(std::string_view raw) {
  const std::string s = kg::text::displayable(raw);  // no character XML 1.0 forbids
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;
      default:
        out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string decimal(double x) {
  if (!std::isfinite(x)) x = 0;
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, 6);
  if (ec != std::errc()) return "0";
  std::string out(buf, end);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  if (out == "-0") out = "0";
  return out;
}

std::string upper_snake(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
  return out;
}

bool is_iso_date(std::string_view s) { return s.size() == 10 && kg::text::is_iso_date(s); }

std::string stable_hash(std::string_view s) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace kg::interop
