#pragma once
// RGBA images to PNG bytes (stb_image_write with zlib level 1 and a fixed filter: fast and
// deterministic: identical input gives identical bytes).
#include <filesystem>
#include <string>

#include "core/result.hpp"
#include "render/image.hpp"

namespace wiremap::render {

/// Encodes `image` (RGBA, rows top-to-bottom) as PNG. Errors on an empty or inconsistent image.
Result<std::string> encodePng(const Image& image);

/// Encodes and writes atomically (wiremap::files::writeAtomic): `path` is replaced whole or
/// left untouched.
Status writePng(const std::filesystem::path& path, const Image& image);

}  // namespace wiremap::render
