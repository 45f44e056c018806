#pragma once
// Level-of-detail choice and per-chunk culling.
#include <array>
#include <cstdint>
#include <vector>

#include "geo/map_data.hpp"

namespace wiremap::geo {

class Camera;

/// Douglas-Peucker tolerance (degrees) each LOD was simplified with by tools/mapgen, and the
/// grid cell (degrees) its fills were clipped to. Keep in sync with the packs.
inline constexpr std::array<double, kLodCount> kLodToleranceDeg = {0.08, 0.025, 0.006};
inline constexpr std::array<double, kLodCount> kLodGridDeg = {10.0, 5.0, 2.0};

/// The coarsest LOD whose simplification error stays under ~1.5 pixels at this scale
/// (degrees of longitude per pixel at the view centre).
Lod lodForDegreesPerPixel(double degreesPerPixel);
/// Same, from a slippy-map zoom (world = 256 * 2^zoom pixels wide).
Lod lodForZoom(double zoom);
/// Same, for a camera (accounts for the Mercator scale at the centre latitude).
Lod lodForCamera(const Camera& camera);

/// Indices of the chunks whose bbox intersects `view` (degrees), in chunk order.
std::vector<std::uint32_t> visibleChunks(const std::vector<Chunk>& chunks, const BBox& view);
inline std::vector<std::uint32_t> visibleChunks(const FillLayer& layer, const BBox& view) {
  return visibleChunks(layer.chunks, view);
}
inline std::vector<std::uint32_t> visibleChunks(const LineLayer& layer, const BBox& view) {
  return visibleChunks(layer.chunks, view);
}

/// A range of indices to draw (first, count into indices / segments).
struct DrawRange {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
};
/// The visible chunks as draw ranges, adjacent ranges merged (fewer draw calls).
std::vector<DrawRange> visibleRanges(const std::vector<Chunk>& chunks, const BBox& view);

}  // namespace wiremap::geo
