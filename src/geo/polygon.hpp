#pragma once
// Build-time polygon geometry in double precision: simplification, clipping to a lon/lat
// grid and tessellation into triangles. Used by tools/mapgen and by tests; the program
// itself only loads the triangles these functions produced.
//
// Coordinate space: planar longitude/latitude in degrees (x = lon, y = lat).
#include <cstdint>
#include <vector>

#include "geo/map_data.hpp"

namespace wiremap::geo {

struct PointD {
  double x = 0;  ///< longitude, degrees
  double y = 0;  ///< latitude, degrees
  bool operator==(const PointD&) const = default;
};

/// A ring without a repeated closing point; orientation is free.
using Ring = std::vector<PointD>;
/// Rings of one polygon, filled by the even-odd rule (an outer ring and its holes).
using Polygon = std::vector<Ring>;

/// Signed shoelace area (counter-clockwise positive), square degrees.
double signedArea(const Ring& ring);
/// Area of a polygon under the even-odd rule for non-overlapping, properly nested rings:
/// |outer| - sum |holes| (first ring outer, the rest holes).
double polygonArea(const Polygon& polygon);

struct Triangles {
  std::vector<PointD> vertices;
  std::vector<std::uint32_t> indices;  ///< 3 per triangle
};
double trianglesArea(const Triangles& t);  ///< sum of |triangle areas|, square degrees

/// Triangulates the polygon (even-odd rule; self-intersections resolved) with GLU's
/// tessellator. Empty on degenerate input.
Triangles tessellate(const Polygon& polygon);

/// Keeps the part of each ring inside the axis-aligned rectangle (Sutherland-Hodgman per
/// ring; the even-odd fill of the result equals the polygon's fill clipped to the box).
Polygon clipToRect(const Polygon& polygon, double minX, double minY, double maxX, double maxY);

/// One grid cell's share of a polygon, tessellated.
struct GridPiece {
  int cellX = 0, cellY = 0;  ///< cell index: lon = -180 + cellX * cellDeg, lat = -90 + cellY * cellDeg
  Triangles triangles;
  BBox bbox;  ///< bounds of the triangles
};

/// Clips the polygon to a grid of `cellDeg` degree cells aligned at (-180, -90) and
/// tessellates each non-empty cell. Splits recursively, so the cost grows with
/// log(cells) rather than cells.
std::vector<GridPiece> tessellateOnGrid(const Polygon& polygon, double cellDeg);

/// Douglas-Peucker simplification of an open polyline; keeps both end points. If the
/// polyline is closed (first == last) it is split at its point farthest from the start so
/// the result stays a closed ring with at least 4 points when possible.
std::vector<PointD> simplifyPolyline(const std::vector<PointD>& points, double tolerance);

}  // namespace wiremap::geo
