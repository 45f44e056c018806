#include "geo/projection.hpp"

#include <algorithm>
#include <cmath>

namespace wiremap::geo {

double wrapLon(double lon) {
  double l = std::fmod(lon + 180.0, 360.0);
  if (l < 0) l += 360.0;
  return l - 180.0;
}

Vec2 mercatorForward(GeoPoint p) {
  const double lat = std::clamp(p.lat, -kMaxMercatorLat, kMaxMercatorLat) * kDegToRad;
  return Vec2{p.lon / 180.0, std::log(std::tan(kPi / 4 + lat / 2)) / kPi};
}

GeoPoint mercatorInverse(Vec2 v) {
  double lon = v.x * 180.0;
  if (lon < -180.0 || lon >= 180.0) lon = wrapLon(lon);
  const double lat = (2 * std::atan(std::exp(v.y * kPi)) - kPi / 2) * kRadToDeg;
  return GeoPoint{lon, lat};
}

OrthoPoint orthographicForward(GeoPoint p, GeoPoint c) {
  const double lam = (p.lon - c.lon) * kDegToRad, phi = p.lat * kDegToRad, phi0 = c.lat * kDegToRad;
  const double cosc = std::sin(phi0) * std::sin(phi) + std::cos(phi0) * std::cos(phi) * std::cos(lam);
  OrthoPoint o;
  o.xy.x = std::cos(phi) * std::sin(lam);
  o.xy.y = std::cos(phi0) * std::sin(phi) - std::sin(phi0) * std::cos(phi) * std::cos(lam);
  o.visible = cosc >= 0;
  return o;
}

bool orthographicInverse(Vec2 v, GeoPoint c, GeoPoint& out) {
  const double rho = std::hypot(v.x, v.y);
  if (rho > 1.0 + 1e-12) return false;
  const double phi0 = c.lat * kDegToRad;
  if (rho < 1e-15) {
    out = c;
    return true;
  }
  const double cc = std::asin(std::min(1.0, rho));
  const double sinc = std::sin(cc), cosc = std::cos(cc);
  const double lat = std::asin(std::clamp(cosc * std::sin(phi0) + v.y * sinc * std::cos(phi0) / rho, -1.0, 1.0));
  const double lon = c.lon * kDegToRad +
                     std::atan2(v.x * sinc, rho * std::cos(phi0) * cosc - v.y * std::sin(phi0) * sinc);
  out = GeoPoint{wrapLon(lon * kRadToDeg), lat * kRadToDeg};
  return true;
}

double angularDistance(GeoPoint a, GeoPoint b) {
  const double p1 = a.lat * kDegToRad, p2 = b.lat * kDegToRad;
  const double dp = p2 - p1, dl = (b.lon - a.lon) * kDegToRad;
  const double h = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
  return 2 * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace wiremap::geo
