// The compact binary graph format (.kgb): the store's arrays written raw, so a
// multi-million-relation graph reopens at disk speed. Native little-endian only; the header
// says so and a reader on another byte order refuses the file rather than misread it.
#pragma once

#include <string>

namespace kg::graph::detail {
struct Store;
bool is_kgb_file(const std::string& path);
void write_kgb(const Store& s, const std::string& path);
void read_kgb(Store& s, const std::string& path);  // InputError naming the file
}  // namespace kg::graph::detail
