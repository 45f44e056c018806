#include "geo/lod.hpp"

#include <algorithm>
#include <cmath>

#include "geo/camera.hpp"

namespace wiremap::geo {

const char* lodName(Lod lod) {
  static constexpr std::array<const char*, kLodCount> kNames = {
      "coarse (1:110m)",         "medium (1:50m)",       "regional (1:10m@0.065)",
      "subregional (1:10m@0.04)", "detail (1:10m@0.012)", "fine (1:10m@0.006)"};
  const auto i = static_cast<std::size_t>(lod);
  return i < kNames.size() ? kNames[i] : "?";
}

Lod lodForDegreesPerPixel(double dpp) {
  for (int l = 0; l < kLodCount; ++l)
    if (dpp >= kLodMinDegreesPerPixel[l]) return static_cast<Lod>(l);
  return Lod::Fine;
}

Lod lodForZoom(double zoom) { return lodForDegreesPerPixel(360.0 / (256.0 * std::exp2(zoom))); }

Lod lodForCamera(const Camera& camera) {
  // On Mercator a degree is 1/cos(lat) times longer on screen away from the equator.
  const double c = std::max(0.2, std::cos(camera.center().lat * kDegToRad));
  const double scale = camera.projection() == ProjectionKind::Mercator ? c : 1.0;
  return lodForDegreesPerPixel(camera.degreesPerPixel() * scale);
}

std::vector<std::uint32_t> visibleChunks(const std::vector<Chunk>& chunks, const BBox& view) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < chunks.size(); ++i)
    if (chunks[i].count > 0 && chunks[i].bbox.intersects(view)) out.push_back(i);
  return out;
}

std::vector<DrawRange> visibleRanges(const std::vector<Chunk>& chunks, const BBox& view) {
  std::vector<DrawRange> out;
  for (const Chunk& c : chunks) {
    if (c.count == 0 || !c.bbox.intersects(view)) continue;
    if (!out.empty() && out.back().first + out.back().count == c.first)
      out.back().count += c.count;
    else
      out.push_back(DrawRange{c.first, c.count});
  }
  return out;
}

}  // namespace wiremap::geo
