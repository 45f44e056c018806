#pragma once
// Level-of-detail choice and per-chunk culling.
#include <array>
#include <cstdint>
#include <vector>

#include "geo/map_data.hpp"

namespace wiremap::geo {

class Camera;

/// Natural Earth scale each LOD was built from ("110m", "50m", "10m").
inline constexpr std::array<const char*, kLodCount> kLodSourceScale = {"110m", "50m", "10m", "10m", "10m", "10m"};
/// Douglas-Peucker tolerance (degrees) each LOD was simplified with by tools/mapgen (arcs
/// simplified once, so shared borders stay shared), and the grid cell (degrees) its fills
/// were clipped to before tessellation (and its lines chunked by). Keep in sync with the packs.
///
/// The grid trades two costs. The relief's texture coordinates are interpolated linearly
/// across a triangle, which in Web Mercator is off by about tan(lat) * cell^2 / 8 radians of
/// latitude: at lat 55, 0.15 relief texels for 2-degree cells and 0.6 for 4-degree cells
/// (~1.5 px in the region views that use them). Smaller cells mean more triangles and more
/// partly covered pixel blocks for llvmpipe: 4-degree cells draw the region view ~8 % cheaper
/// than 2-degree cells did. The zoomed LODs keep 2 degrees, where a texel spans more pixels.
inline constexpr std::array<double, kLodCount> kLodToleranceDeg = {0.08, 0.07, 0.065, 0.04, 0.012, 0.006};
inline constexpr std::array<double, kLodCount> kLodGridDeg = {10.0, 5.0, 4.0, 2.0, 2.0, 2.0};
/// LOD l is drawn while the view's degrees of longitude per pixel is at least
/// kLodMinDegreesPerPixel[l] (the first such LOD, coarse to fine). Each LOD's simplification
/// error stays under 1.5 px where it is chosen; 1:110m / 1:50m give way to 1:10m-derived
/// geometry before their own generalisation shows (zoom ~3.7 / ~4.3). The 1:10m levels step
/// by a factor of about 1.6-3 in scale, so no level draws much more than its views can show
/// (the regional level was split at 0.044: a 2.5x range had the widest views drawing
/// segments of well under a pixel).
inline constexpr std::array<double, kLodCount> kLodMinDegreesPerPixel = {0.11, 0.068, 0.044, 0.027, 0.009, 0.0};
/// Simplification (degrees) of the single-level 1:50m rivers (drawn from zoom ~4 at every LOD).
inline constexpr double kRiverToleranceDeg = 0.025;
/// Simplification (degrees) of admin-1 lines for the views at Lod::Subregional and wider
/// (admin1LinesWide; under 1.5 px there), so zoom ~5 does not draw the fine lines.
inline constexpr double kAdmin1WideToleranceDeg = 0.04;
/// Simplification (degrees) of the single-level 1:10m layers: admin-1, disputed areas.
inline constexpr double kFineSingleLevelToleranceDeg = 0.006;

/// "coarse (1:110m)", "medium (1:50m)", "regional (1:10m@0.04)", ... for logs and benchmarks.
const char* lodName(Lod lod);

/// The coarsest LOD fit for this scale (degrees of longitude per pixel at the view centre).
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
