// The compact binary graph format (.kgb): the store's arrays written raw, so a
// multi-million-relation graph reopens at disk speed. Native little-endian only; the header
// says so and a reader on another byte order refuses the file rather than misread it.
#pragma once

#include <string>
#include <string_view>

namespace kg::graph::detail {
struct Store;
bool is_kgb_file(const std::string& path);
void write_kgb(const Store& s, const std::string& path);
void read_kgb(Store& s, const std::string& path);  // InputError naming the file
// The same from bytes already read (a pipe, which cannot be opened twice).
bool is_kgb_bytes(std::string_view bytes);
void read_kgb_bytes(Store& s, const std::string& path, std::string_view bytes);
}  // namespace kg::graph::detail
