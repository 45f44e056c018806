#pragma once
#include <span>
#include <string_view>

namespace wiremap::embedded {

/// A file compiled into the binary by cmake/Embed.cmake. `name` is relative to its folder.
struct EmbeddedFile {
  std::string_view name;
  std::string_view contents;
};

/// Looks a file up by relative name in a table; empty view when absent.
inline std::string_view find(std::span<const EmbeddedFile> table, std::string_view name) {
  for (const auto& f : table)
    if (f.name == name) return f.contents;
  return {};
}

}  // namespace wiremap::embedded
