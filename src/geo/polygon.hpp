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
/// Triangles are made Delaunay (Lawson flips of interior edges, judged in Web Mercator):
/// GLU's sweep leaves long slivers, and each sliver edge costs a software rasterizer a row
/// of partly covered pixel blocks.
Triangles tessellate(const Polygon& polygon);
/// Flips interior edges (those shared by exactly two triangles) of a triangulation until it is
/// Delaunay where its boundary allows; the covered area and the boundary edges are unchanged.
void makeDelaunay(Triangles& triangles);

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
/// the result stays a closed ring with at least 4 points when possible. A step of more than
/// 180 degrees of longitude is taken as a crossing of the antimeridian (distances are measured
/// on the unwrapped line); the points returned are always a subset of the input points.
std::vector<PointD> simplifyPolyline(const std::vector<PointD>& points, double tolerance);

// ---- Antimeridian ------------------------------------------------------------------------
//
// Some sources (world-atlas TopoJSON) are stitched on the sphere: a ring that crosses the
// antimeridian steps from lon ~+180 to ~-180 in one edge. In the planar lon/lat space where
// tessellation happens such an edge spans the whole world and turns the fill inside out
// along a band of latitudes. These functions remove such edges at the source.

/// True if some edge of the ring (closing edge included) spans more than 180 degrees of
/// longitude.
bool crossesAntimeridian(const Ring& ring);

/// The same area as planar rings inside lon -180..180: each ring is unwrapped (edges of more
/// than 180 degrees are taken the short way round), cut at +-180 and the pieces are moved by
/// 360 degrees back into range. A ring that winds once around a pole (Antarctica) is closed
/// through that pole (lat +-90). Even-odd fill of the result equals the input's fill on the
/// sphere. Rings without such edges are returned as they are.
Polygon splitAtAntimeridian(const Polygon& polygon);

/// Cuts a polyline where a step spans more than 180 degrees of longitude: the crossing
/// latitude is interpolated and the line ends on one side (lon +-180) and goes on from the
/// other. Zero-length and single-point pieces are dropped.
std::vector<std::vector<PointD>> splitLineAtAntimeridian(const std::vector<PointD>& line);

}  // namespace wiremap::geo
