#pragma once
// Map projections as forward/inverse pairs, in double precision.
//
// Mercator space: x = lon / 180 in [-1, 1], y = mercator northing / pi, so y is in [-1, 1]
// for latitudes within +-kMaxMercatorLat (north up, y grows northwards).
// Orthographic space: the unit disc seen from above the point (lon0, lat0); x east, y north;
// points on the far hemisphere are not visible.
namespace wiremap::geo {

inline constexpr double kPi = 3.14159265358979323846;
inline constexpr double kDegToRad = kPi / 180.0;
inline constexpr double kRadToDeg = 180.0 / kPi;
/// Latitude (degrees) where Web Mercator's square world ends.
inline constexpr double kMaxMercatorLat = 85.05112877980659;

struct Vec2 {
  double x = 0;
  double y = 0;
};

struct GeoPoint {
  double lon = 0;  ///< degrees
  double lat = 0;  ///< degrees
};

/// Web Mercator forward; latitude is clamped to +-kMaxMercatorLat.
Vec2 mercatorForward(GeoPoint p);
/// Inverse of mercatorForward; x outside [-1, 1] wraps into [-180, 180).
GeoPoint mercatorInverse(Vec2 v);

struct OrthoPoint {
  Vec2 xy;               ///< position on the unit disc
  bool visible = false;  ///< false on the far hemisphere
};

/// Orthographic forward centred on `center`.
OrthoPoint orthographicForward(GeoPoint p, GeoPoint center);
/// Inverse; false when (x, y) lies outside the unit disc.
bool orthographicInverse(Vec2 v, GeoPoint center, GeoPoint& out);

/// Wraps a longitude into [-180, 180).
double wrapLon(double lon);
/// Great-circle distance in radians.
double angularDistance(GeoPoint a, GeoPoint b);

}  // namespace wiremap::geo
