// kg's own PNG writer (render/src/png.hpp): the pixels of the BMP cairo drew, losslessly.
#include <catch2/catch.hpp>
#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

#include "kg/render/render.hpp"
#include "png.hpp"

using namespace kg::render::detail;

namespace {

std::uint32_t be32(const std::string& s, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

void le(std::string& s, std::uint32_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// A 24-bit BMP, bottom-up rows padded to 4 bytes, as gdk-pixbuf writes it.
std::string bmp(int w, int h, const std::vector<std::uint8_t>& rgb_top_down) {
  const int stride = (w * 3 + 3) / 4 * 4;
  std::string s = "BM";
  le(s, 54 + stride * h, 4);
  le(s, 0, 4);
  le(s, 54, 4);
  le(s, 40, 4);
  le(s, static_cast<std::uint32_t>(w), 4);
  le(s, static_cast<std::uint32_t>(h), 4);
  le(s, 1, 2);
  le(s, 24, 2);
  le(s, 0, 4);
  le(s, stride * h, 4);
  le(s, 2835, 4);
  le(s, 2835, 4);
  le(s, 0, 4);
  le(s, 0, 4);
  for (int y = h - 1; y >= 0; --y) {
    for (int x = 0; x < w; ++x) {
      const auto* p = &rgb_top_down[3 * (y * w + x)];
      s.push_back(static_cast<char>(p[2]));
      s.push_back(static_cast<char>(p[1]));
      s.push_back(static_cast<char>(p[0]));
    }
    s.append(stride - w * 3, '\0');
  }
  return s;
}

}  // namespace

TEST_CASE("kg's PNG holds the BMP's pixels, top row first, in RGB", "[render][png]") {
  const int w = 3, h = 2;
  const std::vector<std::uint8_t> rgb = {255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 255, 255, 255, 1, 2, 3};
  const auto png = png_from_bmp(bmp(w, h, rgb), 192);
  REQUIRE(png);
  CHECK(png->compare(0, 8, std::string("\x89PNG\r\n\x1a\n", 8)) == 0);
  CHECK(png->compare(12, 4, "IHDR") == 0);
  CHECK(be32(*png, 16) == 3);
  CHECK(be32(*png, 20) == 2);
  CHECK((*png)[24] == 8);
  CHECK((*png)[25] == 2);
  // Chunks: IHDR, pHYs (192 dpi = 7559 per metre), IDAT, IEND.
  std::size_t at = 8;
  std::string idat;
  std::vector<std::string> types;
  while (at + 12 <= png->size()) {
    const std::uint32_t n = be32(*png, at);
    const std::string type = png->substr(at + 4, 4);
    types.push_back(type);
    const std::string data = png->substr(at + 8, n);
    CHECK(be32(*png, at + 8 + n) == crc32(0, reinterpret_cast<const Bytef*>(png->data() + at + 4), n + 4));
    if (type == "IDAT") idat += data;
    if (type == "pHYs") CHECK(be32(data, 0) == 7559);
    at += 12 + n;
  }
  CHECK(types == std::vector<std::string>{"IHDR", "pHYs", "IDAT", "IEND"});
  std::vector<unsigned char> raw(h * (1 + 3 * w));
  uLongf len = raw.size();
  REQUIRE(uncompress(raw.data(), &len, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) == Z_OK);
  REQUIRE(len == raw.size());
  std::vector<std::uint8_t> prev(3 * w, 0), got;
  for (int y = 0; y < h; ++y) {
    const unsigned char* row = &raw[y * (1 + 3 * w)];
    REQUIRE(row[0] == 2);  // up
    for (int i = 0; i < 3 * w; ++i) prev[i] = static_cast<std::uint8_t>(row[1 + i] + prev[i]);
    got.insert(got.end(), prev.begin(), prev.end());
  }
  CHECK(got == rgb);
  CHECK_FALSE(png_from_bmp("BM", 96));
  CHECK_FALSE(png_from_bmp(bmp(w, h, rgb).substr(0, 60), 96));  // cut short
}
