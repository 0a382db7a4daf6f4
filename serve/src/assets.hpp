// The web pages (serve/web/), compiled in by serve/embed.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace kg::serve::detail {

struct Asset {
  std::string_view path;   // "/app.js"
  std::string_view bytes;
};
const std::vector<Asset>& assets();

}  // namespace kg::serve::detail
