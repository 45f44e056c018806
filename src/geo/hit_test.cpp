#include "geo/hit_test.hpp"

#include <cmath>

namespace wiremap::geo {

std::optional<std::uint32_t> nearestMarker(const std::vector<GeoPoint>& markers, const Camera& camera, Vec2 cursor,
                                           double maxPixels) {
  std::optional<std::uint32_t> best;
  double bestD2 = maxPixels * maxPixels;
  for (std::uint32_t i = 0; i < markers.size(); ++i) {
    Vec2 s;
    if (!camera.worldToScreen(markers[i], s)) continue;
    const double d2 = (s.x - cursor.x) * (s.x - cursor.x) + (s.y - cursor.y) * (s.y - cursor.y);
    if (d2 <= bestD2) {
      if (best && d2 == bestD2) continue;  // ties: the first marker wins
      bestD2 = d2;
      best = i;
    }
  }
  return best;
}

std::int32_t featureAt(const FillLayer& layer, GeoPoint p) {
  const double x = p.lon, y = p.lat;
  for (const Chunk& c : layer.chunks) {
    if (x < c.bbox.minLon || x > c.bbox.maxLon || y < c.bbox.minLat || y > c.bbox.maxLat) continue;
    for (std::uint32_t i = c.first; i + 2 < c.first + c.count; i += 3) {
      const LonLat& a = layer.vertices[layer.indices[i]];
      const LonLat& b = layer.vertices[layer.indices[i + 1]];
      const LonLat& d = layer.vertices[layer.indices[i + 2]];
      const double d1 = (x - b.lon) * (a.lat - b.lat) - (a.lon - b.lon) * (y - b.lat);
      const double d2 = (x - d.lon) * (b.lat - d.lat) - (b.lon - d.lon) * (y - d.lat);
      const double d3 = (x - a.lon) * (d.lat - a.lat) - (d.lon - a.lon) * (y - a.lat);
      const bool neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
      if (!(neg && pos)) return c.feature;
    }
  }
  return -1;
}

std::int32_t featureAtScreen(const FillLayer& layer, const Camera& camera, Vec2 cursor) {
  GeoPoint g;
  if (!camera.screenToWorld(cursor, g)) return -1;
  return featureAt(layer, g);
}

}  // namespace wiremap::geo
