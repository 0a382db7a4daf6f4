// PNG written by kg from the pixels cairo drew (internal to kg_render). Graphviz's
// png:cairo device has cairo write the file with libpng's defaults (every filter tried on
// every row, zlib level 6): on a 300-entity map that took more than half of kg render's
// time. kg asks Graphviz for the same pixels as an uncompressed BMP (bmp:cairo:gdk) and
// writes the PNG itself, rows "up"-filtered and deflated at zlib's fastest run-length
// setting: the same picture, several times faster, a somewhat larger file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::render::detail {

// The PNG of a 24-bit uncompressed BMP (what gdk-pixbuf writes), or nullopt for any
// other BMP. `dpi` goes in the pHYs chunk.
std::optional<std::string> png_from_bmp(std::string_view bmp, double dpi);

}  // namespace kg::render::detail
