#pragma once
// File I/O that never loses data: reads with clear errors, writes through a temporary file
// renamed into place, so an existing file is either replaced whole or left untouched.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace wiremap::files {

/// Largest file wiremap reads as an article (bytes).
inline constexpr std::size_t kMaxArticleBytes = 64u << 20;

/// Reads a whole file. Errors name the path and the problem (missing, a directory,
/// unreadable, larger than maxBytes).
Result<std::string> readAll(const std::filesystem::path& path, std::size_t maxBytes = kMaxArticleBytes);

/// Writes `data` to `path` atomically: a temporary file in the same folder, flushed and
/// fsynced, then renamed over `path`. On any failure (full disk, read-only folder) the
/// temporary file is removed, `path` is untouched, and the error names the path.
Status writeAtomic(const std::filesystem::path& path, std::string_view data);

/// Folder holding the program's assets: $WIREMAP_ASSETS, else `assets/` beside the
/// executable or its parent, else the source tree's assets folder compiled in.
std::filesystem::path assetDir();

/// Full path of an asset file by name ("countries.wmp").
std::filesystem::path assetPath(std::string_view name);

/// wiremap's version string.
const char* version();

}  // namespace wiremap::files
