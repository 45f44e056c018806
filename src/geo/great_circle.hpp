#pragma once
// Great-circle arcs for links between places, split where they cross the antimeridian.
#include <vector>

#include "geo/map_data.hpp"
#include "geo/projection.hpp"

namespace wiremap::geo {

/// The shortest great-circle path from a to b as `n` >= 2 evenly spaced points (degrees),
/// cut into polylines wherever it crosses +-180 longitude; the cut gets an interpolated
/// point exactly on +180 / -180 on each side, so no segment jumps across the map.
/// Antipodal endpoints have no unique path; one is chosen (through the pole nearest a).
std::vector<std::vector<LonLat>> greatCircle(GeoPoint a, GeoPoint b, int n);

}  // namespace wiremap::geo
