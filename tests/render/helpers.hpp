#pragma once

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>

namespace kg::render::test {

inline bool have_program(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

inline std::string temp_path(const std::string& name) {
  return "/tmp/kg_render_test_" + std::to_string(::getpid()) + "_" + name;
}

inline void write_text(const std::string& path, const std::string& s) {
  std::ofstream(path, std::ios::binary) << s;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// All values of attribute `attr` in the document (attr="...").
inline std::vector<std::string> attribute_values(const std::string& doc, const std::string& attr) {
  std::vector<std::string> out;
  const std::string key = " " + attr + "=\"";
  for (std::size_t p = 0; (p = doc.find(key, p)) != std::string::npos;) {
    p += key.size();
    const std::size_t q = doc.find('"', p);
    out.push_back(doc.substr(p, q - p));
    p = q;
  }
  return out;
}

}  // namespace kg::render::test
