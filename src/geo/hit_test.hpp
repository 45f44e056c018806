#pragma once
// Picking as CPU queries through the inverse projection (unit-testable, no GL).
#include <cstdint>
#include <optional>
#include <vector>

#include "geo/camera.hpp"
#include "geo/map_data.hpp"

namespace wiremap::geo {

/// Index of the marker nearest to `cursor` (screen pixels) within `maxPixels`, if any.
/// Markers on the far side of the globe are ignored.
std::optional<std::uint32_t> nearestMarker(const std::vector<GeoPoint>& markers, const Camera& camera, Vec2 cursor,
                                           double maxPixels);

/// The feature (chunk.feature) whose triangles contain `p` (degrees), or -1. Searches only
/// chunks whose bbox contains the point.
std::int32_t featureAt(const FillLayer& layer, GeoPoint p);

/// The country / admin-1 region under a screen point: inverse projection then featureAt on
/// `layer`. -1 for the sea or off the globe.
std::int32_t featureAtScreen(const FillLayer& layer, const Camera& camera, Vec2 cursor);

}  // namespace wiremap::geo
