#include "geo/great_circle.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace wiremap::geo {
namespace {

using V3 = std::array<double, 3>;

V3 toVec(GeoPoint p) {
  const double la = p.lat * kDegToRad, lo = p.lon * kDegToRad;
  return {std::cos(la) * std::cos(lo), std::cos(la) * std::sin(lo), std::sin(la)};
}

GeoPoint toGeo(const V3& v) {
  const double len = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
  return GeoPoint{std::atan2(v[1], v[0]) * kRadToDeg, std::asin(std::clamp(v[2] / len, -1.0, 1.0)) * kRadToDeg};
}

}  // namespace

std::vector<std::vector<LonLat>> greatCircle(GeoPoint a, GeoPoint b, int n) {
  n = std::max(2, n);
  const V3 va = toVec(a), vb = toVec(b);
  const double d = angularDistance(a, b);
  std::vector<GeoPoint> pts;
  pts.reserve(n);
  if (d < 1e-12) {
    pts.assign(n, a);
  } else if (std::abs(d - kPi) < 1e-9) {
    // Antipodal: go through the pole on a's side.
    const GeoPoint pole{a.lon, a.lat >= 0 ? 90.0 : -90.0};
    const int h = n / 2 + 1;
    auto first = greatCircle(a, pole, h);
    auto second = greatCircle(pole, b, n - h + 1);
    std::vector<std::vector<LonLat>> out = first;
    for (auto& line : second) out.push_back(line);
    return out;
  } else {
    const double s = std::sin(d);
    for (int i = 0; i < n; ++i) {
      const double t = static_cast<double>(i) / (n - 1);
      const double ka = std::sin((1 - t) * d) / s, kb = std::sin(t * d) / s;
      pts.push_back(toGeo({ka * va[0] + kb * vb[0], ka * va[1] + kb * vb[1], ka * va[2] + kb * vb[2]}));
    }
    pts.front() = a;
    pts.back() = b;
  }
  std::vector<std::vector<LonLat>> out(1);
  auto push = [&](double lon, double lat) {
    out.back().push_back(LonLat{static_cast<float>(lon), static_cast<float>(lat)});
  };
  push(pts[0].lon, pts[0].lat);
  for (std::size_t i = 1; i < pts.size(); ++i) {
    const GeoPoint p = pts[i - 1], q = pts[i];
    const double dl = q.lon - p.lon;
    if (std::abs(dl) > 180) {
      // Crosses the antimeridian: interpolate the latitude at +-180 on the unwrapped path.
      const double edge = p.lon > 0 ? 180.0 : -180.0;
      const double qUnwrapped = q.lon + (p.lon > 0 ? 360.0 : -360.0);
      const double t = (edge - p.lon) / (qUnwrapped - p.lon);
      const double lat = p.lat + (q.lat - p.lat) * t;
      push(edge, lat);
      out.emplace_back();
      push(-edge, lat);
    }
    push(q.lon, q.lat);
  }
  return out;
}

std::vector<LonLat> bowedPath(GeoPoint a, GeoPoint b, int n) {
  n = std::max(n, 2);
  double dLon = b.lon - a.lon;
  dLon -= 360.0 * std::round(dLon / 360.0);  // the shorter way round
  const double bulge = std::min(15.0, 0.15 * std::abs(dLon));
  const double sign = (a.lat + b.lat) >= 0 ? 1.0 : -1.0;
  std::vector<LonLat> pts;
  pts.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / (n - 1);
    const double lat = a.lat + (b.lat - a.lat) * t + sign * bulge * std::sin(M_PI * t);
    pts.push_back({static_cast<float>(a.lon + dLon * t),
                   static_cast<float>(std::clamp(lat, -kPolarArcLatitude, kPolarArcLatitude))});
  }
  return pts;
}

}  // namespace wiremap::geo
