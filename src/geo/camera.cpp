#include "geo/camera.hpp"

#include <algorithm>
#include <cmath>

namespace wiremap::geo {

Camera Camera::regionView(double width, double height) {
  Camera c(width, height);
  // Kursk (51.7N 36.2E) to the Sea of Japan, down to Kuala Lumpur (3.1N 101.7E).
  c.fitBBox(BBox{33.0f, 1.0f, 142.0f, 55.0f}, 8);
  return c;
}

void Camera::setViewport(double width, double height) {
  width_ = std::max(1.0, width);
  height_ = std::max(1.0, height);
}

void Camera::setCenter(GeoPoint c) {
  center_.lon = wrapLon(c.lon);
  center_.lat = std::clamp(c.lat, projection_ == ProjectionKind::Mercator ? -kMaxMercatorLat : -90.0,
                           projection_ == ProjectionKind::Mercator ? kMaxMercatorLat : 90.0);
}

void Camera::setZoom(double zoom) { zoom_ = std::clamp(zoom, kMinZoom, kMaxZoom); }

double Camera::worldPixels() const { return 256.0 * std::exp2(zoom_); }
double Camera::globeRadiusPixels() const { return worldPixels() / (2 * kPi); }

bool Camera::worldToScreen(GeoPoint p, Vec2& s) const {
  if (projection_ == ProjectionKind::Mercator) {
    const Vec2 m = mercatorForward(p), c = mercatorForward(center_);
    double dx = m.x - c.x;
    if (dx > 1) dx -= 2;
    if (dx < -1) dx += 2;
    const double k = pixelsPerMercatorUnit();
    s = Vec2{width_ / 2 + dx * k, height_ / 2 - (m.y - c.y) * k};
    return true;
  }
  const OrthoPoint o = orthographicForward(p, center_);
  const double r = globeRadiusPixels();
  s = Vec2{width_ / 2 + o.xy.x * r, height_ / 2 - o.xy.y * r};
  return o.visible;
}

bool Camera::screenToWorld(Vec2 s, GeoPoint& out) const {
  if (projection_ == ProjectionKind::Mercator) {
    const Vec2 c = mercatorForward(center_);
    const double k = pixelsPerMercatorUnit();
    const Vec2 m{c.x + (s.x - width_ / 2) / k, c.y - (s.y - height_ / 2) / k};
    out = mercatorInverse(m);
    return true;
  }
  const double r = globeRadiusPixels();
  return orthographicInverse(Vec2{(s.x - width_ / 2) / r, -(s.y - height_ / 2) / r}, center_, out);
}

void Camera::panByPixels(double dx, double dy) {
  if (projection_ == ProjectionKind::Mercator) {
    const Vec2 c = mercatorForward(center_);
    const double k = pixelsPerMercatorUnit();
    Vec2 m{c.x - dx / k, c.y + dy / k};
    m.y = std::clamp(m.y, -1.0, 1.0);
    setCenter(mercatorInverse(m));
    return;
  }
  const double r = globeRadiusPixels();
  setCenter(GeoPoint{center_.lon - dx / r * kRadToDeg / std::max(0.2, std::cos(center_.lat * kDegToRad)),
                     center_.lat + dy / r * kRadToDeg});
}

void Camera::zoomAbout(Vec2 cursor, double delta) {
  GeoPoint anchor;
  const bool onMap = screenToWorld(cursor, anchor);
  setZoom(zoom_ + delta);
  if (!onMap) return;
  if (projection_ == ProjectionKind::Mercator) {
    // Exact: put the anchor back under the cursor.
    const Vec2 a = mercatorForward(anchor);
    const double k = pixelsPerMercatorUnit();
    Vec2 c{a.x - (cursor.x - width_ / 2) / k, a.y + (cursor.y - height_ / 2) / k};
    c.y = std::clamp(c.y, -1.0, 1.0);
    setCenter(mercatorInverse(c));
    return;
  }
  Vec2 now;
  if (worldToScreen(anchor, now)) panByPixels(cursor.x - now.x, cursor.y - now.y);
}

void Camera::fitBBox(const BBox& b, double pad) {
  double minLon = b.minLon, maxLon = b.maxLon;
  if (minLon > maxLon) maxLon += 360;  // crosses the antimeridian
  const Vec2 lo = mercatorForward(GeoPoint{minLon, b.minLat});
  const Vec2 hi = mercatorForward(GeoPoint{maxLon, b.maxLat});
  const double spanX = std::max(1e-9, (maxLon - minLon) / 180.0);
  const double spanY = std::max(1e-9, hi.y - lo.y);
  const double availW = std::max(1.0, width_ - 2 * pad), availH = std::max(1.0, height_ - 2 * pad);
  // k = pixels per Mercator unit = 128 * 2^zoom.
  const double k = std::min(availW / spanX, availH / spanY);
  setZoom(std::log2(k / 128.0));
  setCenter(mercatorInverse(Vec2{(lo.x + spanX / 2), (lo.y + hi.y) / 2}));
}

BBox Camera::visibleBBox() const {
  if (projection_ == ProjectionKind::Mercator) {
    const Vec2 c = mercatorForward(center_);
    const double k = pixelsPerMercatorUnit();
    const double x0 = c.x - width_ / 2 / k, x1 = c.x + width_ / 2 / k;
    const double y0 = std::max(-1.0, c.y - height_ / 2 / k), y1 = std::min(1.0, c.y + height_ / 2 / k);
    const GeoPoint sw = mercatorInverse(Vec2{0, y0}), ne = mercatorInverse(Vec2{0, y1});
    BBox b{-180.0f, static_cast<float>(sw.lat), 180.0f, static_cast<float>(ne.lat)};
    if (x0 >= -1 && x1 < 1) {
      b.minLon = static_cast<float>(x0 * 180);
      b.maxLon = static_cast<float>(x1 * 180);
    }
    if (y1 >= 1) b.maxLat = 90;
    if (y0 <= -1) b.minLat = -90;
    return b;
  }
  // Orthographic: sample the visible rim of the globe clipped to the viewport.
  BBox b{1e9f, 1e9f, -1e9f, -1e9f};
  auto add = [&](GeoPoint p) {
    b.minLon = std::min(b.minLon, static_cast<float>(p.lon)); b.maxLon = std::max(b.maxLon, static_cast<float>(p.lon));
    b.minLat = std::min(b.minLat, static_cast<float>(p.lat)); b.maxLat = std::max(b.maxLat, static_cast<float>(p.lat));
  };
  const double r = globeRadiusPixels();
  constexpr int kSteps = 64;
  for (int i = 0; i < kSteps; ++i) {
    const double t = 2 * kPi * i / kSteps;
    for (double f : {1.0, 0.5}) {
      Vec2 s{width_ / 2 + std::cos(t) * r * f, height_ / 2 + std::sin(t) * r * f};
      s.x = std::clamp(s.x, 0.0, width_);
      s.y = std::clamp(s.y, 0.0, height_);
      GeoPoint g;
      if (screenToWorld(s, g)) add(g);
    }
    // The viewport border itself.
    const double u = static_cast<double>(i) / kSteps;
    for (Vec2 s : {Vec2{u * width_, 0}, Vec2{u * width_, height_}, Vec2{0, u * height_}, Vec2{width_, u * height_}}) {
      GeoPoint g;
      if (screenToWorld(s, g)) add(g);
    }
  }
  add(center_);
  Vec2 s;
  const bool north = worldToScreen(GeoPoint{0, 90}, s) && s.x >= 0 && s.x <= width_ && s.y >= 0 && s.y <= height_;
  const bool south = worldToScreen(GeoPoint{0, -90}, s) && s.x >= 0 && s.x <= width_ && s.y >= 0 && s.y <= height_;
  if (north) b.maxLat = 90;
  if (south) b.minLat = -90;
  if (north || south || b.maxLon - b.minLon > 180) {
    b.minLon = -180;
    b.maxLon = 180;
  }
  return b;
}

}  // namespace wiremap::geo
