#include "png.hpp"

#include <zlib.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace kg::render::detail {
namespace {

std::uint32_t le32(std::string_view s, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}
std::uint16_t le16(std::string_view s, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8));
}

void put32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

void chunk(std::string& out, const char* type, std::string_view data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t start = out.size();
  out.append(type, 4);
  out.append(data);
  const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(out.data() + start), static_cast<uInt>(out.size() - start));
  put32(out, static_cast<std::uint32_t>(crc));
}

}  // namespace

std::optional<std::string> png_from_bmp(std::string_view bmp, double dpi) {
  if (bmp.size() < 54 || bmp[0] != 'B' || bmp[1] != 'M') return std::nullopt;
  const std::uint32_t offset = le32(bmp, 10);
  const std::int32_t width = static_cast<std::int32_t>(le32(bmp, 18));
  const std::int32_t height = static_cast<std::int32_t>(le32(bmp, 22));
  if (le16(bmp, 28) != 24 || le32(bmp, 30) != 0 || width <= 0 || height == 0) return std::nullopt;
  const std::size_t w = static_cast<std::size_t>(width), h = static_cast<std::size_t>(std::abs(height));
  const std::size_t stride = (w * 3 + 3) / 4 * 4;
  if (offset > bmp.size() || (bmp.size() - offset) / stride < h) return std::nullopt;

  z_stream z{};
  if (deflateInit2(&z, 1, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK) return std::nullopt;
  std::string idat;
  std::vector<unsigned char> row(1 + w * 3), prev(w * 3, 0), cur(w * 3);
  std::vector<unsigned char> buf(1 << 16);
  auto pump = [&](const unsigned char* data, std::size_t n, int flush) {
    z.next_in = const_cast<Bytef*>(data);
    z.avail_in = static_cast<uInt>(n);
    do {
      z.next_out = buf.data();
      z.avail_out = static_cast<uInt>(buf.size());
      deflate(&z, flush);
      idat.append(reinterpret_cast<const char*>(buf.data()), buf.size() - z.avail_out);
    } while (z.avail_out == 0 || (flush == Z_FINISH && z.avail_in > 0));
  };
  for (std::size_t y = 0; y < h; ++y) {
    // BMP rows go bottom up (positive height), pixels blue-green-red.
    const std::size_t src_row = height > 0 ? h - 1 - y : y;
    const auto* src = reinterpret_cast<const unsigned char*>(bmp.data() + offset + src_row * stride);
    for (std::size_t x = 0; x < w; ++x) {
      cur[3 * x] = src[3 * x + 2];
      cur[3 * x + 1] = src[3 * x + 1];
      cur[3 * x + 2] = src[3 * x];
    }
    row[0] = 2;  // "up": white space and fills become runs of zeros
    for (std::size_t i = 0; i < cur.size(); ++i) row[1 + i] = static_cast<unsigned char>(cur[i] - prev[i]);
    pump(row.data(), row.size(), Z_NO_FLUSH);
    prev.swap(cur);
  }
  pump(nullptr, 0, Z_FINISH);
  deflateEnd(&z);

  std::string out("\x89PNG\r\n\x1a\n", 8);
  std::string ihdr;
  put32(ihdr, static_cast<std::uint32_t>(w));
  put32(ihdr, static_cast<std::uint32_t>(h));
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, deflate, no interlace
  chunk(out, "IHDR", ihdr);
  if (dpi > 0) {
    std::string phys;
    const auto ppm = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
    put32(phys, ppm);
    put32(phys, ppm);
    phys.push_back('\x01');  // per metre
    chunk(out, "pHYs", phys);
  }
  chunk(out, "IDAT", idat);
  chunk(out, "IEND", {});
  return out;
}

}  // namespace kg::render::detail
