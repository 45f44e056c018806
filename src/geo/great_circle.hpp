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

/// Latitude (degrees) beyond which a link's great circle is not drawn as such on the map.
inline constexpr double kPolarArcLatitude = 78.0;

/// A map-friendly path for a link from a to b whose great circle runs over the polar cap
/// (Washington to Kuala Lumpur): on a Mercator map such a geodesic shoots off the top and comes
/// back as a near-vertical line. Returns `n` >= 2 points along the shorter longitude direction,
/// bowed towards the nearer pole by up to 15 degrees and kept within +-kPolarArcLatitude;
/// longitudes are continuous (they may leave [-180, 180]).
std::vector<LonLat> bowedPath(GeoPoint a, GeoPoint b, int n);

}  // namespace wiremap::geo
