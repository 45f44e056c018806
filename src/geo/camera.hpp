#pragma once
// The map view: what part of the world is shown, at what scale, in a viewport.
//
// Screen space: framebuffer pixels, origin top-left, x right, y down.
// Zoom: the Mercator world is 256 * 2^zoom pixels wide (slippy-map convention). In the
// orthographic view the globe's radius is worldPixels / (2 pi), so the scale at the centre
// matches Mercator at the equator.
#include "geo/map_data.hpp"
#include "geo/projection.hpp"

namespace wiremap::geo {

enum class ProjectionKind { Mercator, Orthographic };

class Camera {
 public:
  static constexpr double kMinZoom = 0.0;
  static constexpr double kMaxZoom = 12.0;

  Camera() = default;
  Camera(double width, double height) { setViewport(width, height); }

  /// The default view: the Korean Peninsula and its region, wide enough that Kuala Lumpur
  /// (3.1N 101.7E) and Kursk (51.7N 36.2E) are both on screen.
  static Camera regionView(double width, double height);

  void setViewport(double width, double height);
  double width() const { return width_; }
  double height() const { return height_; }

  void setProjection(ProjectionKind kind) { projection_ = kind; }
  ProjectionKind projection() const { return projection_; }

  void setCenter(GeoPoint c);
  GeoPoint center() const { return center_; }
  void setZoom(double zoom);
  double zoom() const { return zoom_; }

  /// Width of the whole Mercator world in pixels at the current zoom.
  double worldPixels() const;
  /// Pixels per Mercator unit (Mercator x spans 2 units): screen = (merc - centerMerc) * this.
  double pixelsPerMercatorUnit() const { return worldPixels() / 2.0; }
  /// Globe radius in pixels (orthographic).
  double globeRadiusPixels() const;
  /// Degrees of longitude per pixel at the centre (drives level-of-detail choice).
  double degreesPerPixel() const { return 360.0 / worldPixels(); }

  /// Projects to screen pixels. Returns false when the point is on the far side of the globe
  /// (orthographic); Mercator always succeeds and picks the world copy nearest the centre.
  bool worldToScreen(GeoPoint p, Vec2& screen) const;
  /// Inverse; false off the globe (orthographic).
  bool screenToWorld(Vec2 screen, GeoPoint& out) const;

  /// Moves the map by a pixel delta (the content follows the pointer).
  void panByPixels(double dx, double dy);
  /// Changes the zoom by `delta` keeping the point under `cursor` (screen pixels) fixed.
  void zoomAbout(Vec2 cursor, double delta);
  /// Centres and zooms so the bbox (degrees; minLon > maxLon means it crosses the
  /// antimeridian) fits within the viewport less `paddingPixels` on each side.
  void fitBBox(const BBox& bbox, double paddingPixels = 16);

  /// Conservative lon/lat bounds of what is visible. When the view crosses the antimeridian
  /// or shows a pole the longitude range is the full [-180, 180].
  BBox visibleBBox() const;

 private:
  double width_ = 1, height_ = 1;
  GeoPoint center_{127.5, 37.0};
  double zoom_ = 4;
  ProjectionKind projection_ = ProjectionKind::Mercator;
};

}  // namespace wiremap::geo
