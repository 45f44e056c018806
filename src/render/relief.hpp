#pragma once
// The shaded-relief raster: a world hillshade, 8-bit grey, equirectangular (Plate Carrée),
// built by tools/relief from SRTM30 elevation (see assets/PROVENANCE.md). Decoded on the CPU
// here (stb_image); MapRenderer uploads it as a mipmapped texture and multiplies the land fill
// by it.
//
// Raster space: column 0 = 180°W, the last column ends at 180°E; row 0 = 90°N, the last row
// ends at 90°S; width = 2 * height. Value = 255 * Lambert shade for a light from the
// north-west (azimuth 315°, altitude 45°): flat ground and all sea are kReliefFlat.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace wiremap::render {

/// Value of flat ground in the raster: round(255 * sin 45°).
inline constexpr int kReliefFlat = 180;
/// Size limits a relief raster must respect (pixels; also bounded by the GL texture limit).
inline constexpr int kReliefMinWidth = 16;
inline constexpr int kReliefMaxWidth = 16384;
/// Largest relief file read (bytes).
inline constexpr std::size_t kReliefMaxBytes = 32u << 20;

struct ReliefRaster {
  int width = 0, height = 0;
  std::vector<std::uint8_t> grey;  ///< width * height bytes, rows top (north) to bottom
};

/// Default location: files::assetPath("relief.jpg").
std::filesystem::path defaultReliefPath();

/// Checks a relief file without decoding its pixels (existence, size, image header, 2:1
/// shape, limits). Errors name the path and the problem.
Status probeRelief(const std::filesystem::path& path);

/// Decodes a relief image (JPEG or PNG; colour images are converted to grey). Errors name
/// `name` and the problem (not an image, truncated, wrong shape, too large).
Result<ReliefRaster> decodeReliefRaster(std::span<const std::byte> bytes, std::string_view name);

/// Reads and decodes a relief file.
Result<ReliefRaster> loadReliefRaster(const std::filesystem::path& path);

}  // namespace wiremap::render
