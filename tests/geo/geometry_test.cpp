// Numeric tests: projections, tessellation, simplification, great circles.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

#include "geo/great_circle.hpp"
#include "geo/polygon.hpp"
#include "geo/projection.hpp"

using namespace wiremap::geo;

TEST(Projection, MercatorRoundTrip) {
  for (double lat : {-85.0, -60.0, -1e-9, 0.0, 37.5, 84.9})
    for (double lon : {-180.0, -179.999, -10.0, 0.0, 127.0, 179.999}) {
      const Vec2 v = mercatorForward({lon, lat});
      const GeoPoint g = mercatorInverse(v);
      EXPECT_NEAR(g.lon, lon, 1e-9) << lon << "," << lat;
      EXPECT_NEAR(g.lat, lat, 1e-9) << lon << "," << lat;
    }
}

TEST(Projection, MercatorKnownValues) {
  EXPECT_NEAR(mercatorForward({180, 0}).x, 1.0, 1e-12);
  EXPECT_NEAR(mercatorForward({0, kMaxMercatorLat}).y, 1.0, 1e-9);
  EXPECT_NEAR(mercatorForward({0, 90}).y, 1.0, 1e-9);  // clamped, finite
  EXPECT_NEAR(mercatorInverse({1.5, 0}).lon, -90.0, 1e-9);  // wraps
}

TEST(Projection, OrthographicRoundTripAndVisibility) {
  const GeoPoint centers[] = {{127, 37}, {0, 89.9}, {179.5, -10}, {-180, 0}};
  for (GeoPoint c : centers)
    for (double lat = -80; lat <= 80; lat += 20)
      for (double lon = -170; lon <= 180; lon += 35) {
        const OrthoPoint o = orthographicForward({lon, lat}, c);
        if (!o.visible) continue;
        GeoPoint g;
        ASSERT_TRUE(orthographicInverse(o.xy, c, g));
        const double d = angularDistance(g, {lon, lat});
        EXPECT_LT(d, 1e-9) << lon << "," << lat << " centre " << c.lon << "," << c.lat;
      }
  // The antipode is hidden, the centre maps to the origin.
  EXPECT_FALSE(orthographicForward({-53, -37}, {127, 37}).visible);
  const OrthoPoint o = orthographicForward({127, 37}, {127, 37});
  EXPECT_TRUE(o.visible);
  EXPECT_NEAR(o.xy.x, 0, 1e-12);
  EXPECT_NEAR(o.xy.y, 0, 1e-12);
  GeoPoint g;
  EXPECT_FALSE(orthographicInverse({0.8, 0.8}, {0, 0}, g));
  // Across the antimeridian near the pole.
  const OrthoPoint p = orthographicForward({-179, 88}, {179, 88});
  ASSERT_TRUE(p.visible);
  ASSERT_TRUE(orthographicInverse(p.xy, {179, 88}, g));
  EXPECT_LT(angularDistance(g, {-179, 88}), 1e-9);
}

namespace {
Ring square(double x0, double y0, double x1, double y1, bool ccw = true) {
  Ring r{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  if (!ccw) std::reverse(r.begin(), r.end());
  return r;
}
}  // namespace

TEST(Tessellation, AreaMatchesSimpleShapes) {
  const Polygon sq{square(0, 0, 3, 2)};
  EXPECT_NEAR(trianglesArea(tessellate(sq)), 6.0, 1e-9);
  // Concave "L" shape, clockwise.
  Polygon l{{{0, 0}, {0, 4}, {1, 4}, {1, 1}, {3, 1}, {3, 0}}};
  EXPECT_NEAR(trianglesArea(tessellate(l)), polygonArea(l), 1e-9);
  EXPECT_NEAR(polygonArea(l), 6.0, 1e-12);
}

TEST(Tessellation, HolesAreNotFilled) {
  // Outer 10x10 with two holes (one of each orientation).
  Polygon p{square(0, 0, 10, 10), square(1, 1, 3, 3, false), square(5, 5, 9, 8, true)};
  const double expected = 100 - 4 - 12;
  EXPECT_NEAR(polygonArea(p), expected, 1e-12);
  EXPECT_NEAR(trianglesArea(tessellate(p)), expected, 1e-9);
}

TEST(Tessellation, GridClippingPreservesArea) {
  // A star-like concave polygon with a hole spanning several 2-degree cells.
  Ring star;
  for (int i = 0; i < 20; ++i) {
    const double a = i * 2 * kPi / 20, r = (i % 2) ? 3.0 : 7.5;
    star.push_back({120 + r * std::cos(a), 35 + r * std::sin(a)});
  }
  Polygon p{star, square(119, 34, 121.5, 36.2, false)};
  const double expected = polygonArea(p);
  for (double cell : {2.0, 5.0, 10.0}) {
    const auto pieces = tessellateOnGrid(p, cell);
    double area = 0;
    for (const GridPiece& g : pieces) {
      area += trianglesArea(g.triangles);
      // Every piece fits in its cell.
      EXPECT_GE(g.bbox.minLon, -180 + g.cellX * cell - 1e-4);
      EXPECT_LE(g.bbox.maxLon, -180 + (g.cellX + 1) * cell + 1e-4);
      EXPECT_GE(g.bbox.minLat, -90 + g.cellY * cell - 1e-4);
      EXPECT_LE(g.bbox.maxLat, -90 + (g.cellY + 1) * cell + 1e-4);
    }
    EXPECT_NEAR(area, expected, 1e-6 * expected) << "cell " << cell;
    if (cell == 2.0) {
      EXPECT_GT(pieces.size(), 20u);
    }
  }
}

namespace {
// Largest sum of the two angles facing an interior edge (shared by two triangles), radians.
// A Delaunay triangulation has none above pi; long slivers make it approach 2 pi.
double worstOppositeAngleSum(const Triangles& t) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<std::uint32_t>> opposite;
  for (std::size_t k = 0; k + 2 < t.indices.size(); k += 3)
    for (int e = 0; e < 3; ++e) {
      std::uint32_t a = t.indices[k + e], b = t.indices[k + (e + 1) % 3], c = t.indices[k + (e + 2) % 3];
      opposite[{std::min(a, b), std::max(a, b)}].push_back(c);
    }
  auto angle = [&](std::uint32_t o, std::uint32_t a, std::uint32_t b) {
    const PointD& p = t.vertices[o];
    const double ax = t.vertices[a].x - p.x, ay = t.vertices[a].y - p.y;
    const double bx = t.vertices[b].x - p.x, by = t.vertices[b].y - p.y;
    return std::atan2(std::abs(ax * by - ay * bx), ax * bx + ay * by);
  };
  double worst = 0;
  for (const auto& [edge, opp] : opposite)
    if (opp.size() == 2)
      worst = std::max(worst, angle(opp[0], edge.first, edge.second) + angle(opp[1], edge.first, edge.second));
  return worst;
}
}  // namespace

TEST(Tessellation, DelaunayFlipPicksTheShortDiagonal) {
  // A flat rhombus split along its long diagonal: two slivers with 2 * 152 degrees facing it.
  Triangles t;
  t.vertices = {{0, 0}, {4, -1}, {8, 0}, {4, 1}};
  t.indices = {0, 1, 2, 0, 2, 3};
  EXPECT_GT(worstOppositeAngleSum(t), 5.0);
  makeDelaunay(t);
  ASSERT_EQ(t.indices.size(), 6u);
  EXPECT_NEAR(trianglesArea(t), 8.0, 1e-12);
  EXPECT_LE(worstOppositeAngleSum(t), kPi + 1e-9);
  // Both triangles now use the short diagonal 1-3 and keep their counter-clockwise winding.
  for (std::size_t k = 0; k < 6; k += 3) {
    const std::uint32_t* tri = &t.indices[k];
    EXPECT_TRUE(std::count(tri, tri + 3, 1u) == 1 && std::count(tri, tri + 3, 3u) == 1) << k;
    const PointD &a = t.vertices[tri[0]], &b = t.vertices[tri[1]], &c = t.vertices[tri[2]];
    EXPECT_GT((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x), 0) << k;
  }
}

TEST(Tessellation, ResultIsDelaunayAndKeepsArea) {
  // A jagged coast-like ring: GLU's sweep leaves slivers across it.
  Ring coast;
  for (int i = 0; i <= 40; ++i) coast.push_back({i * 0.25, 3 + ((i % 3) == 0 ? 0.4 : 0.0) + 0.05 * (i % 7)});
  coast.push_back({10, 0});
  coast.push_back({0, 0});
  const Polygon p{coast};
  const Triangles t = tessellate(p);
  EXPECT_NEAR(trianglesArea(t), polygonArea(p), 1e-9);
  EXPECT_LE(worstOppositeAngleSum(t), kPi + 1e-3);  // judged in Web Mercator: ~0.1 % off planar here
}

TEST(Tessellation, ClipToRect) {
  const Polygon p{square(0, 0, 10, 10), square(2, 2, 4, 4, false)};
  const Polygon c = clipToRect(p, 3, 3, 13, 13);
  // (3..10)^2 minus the hole's part (3..4)^2.
  EXPECT_NEAR(trianglesArea(tessellate(c)), 49 - 1, 1e-9);
}

TEST(Simplify, KeepsEndsAndDropsSmallWiggles) {
  std::vector<PointD> line;
  for (int i = 0; i <= 100; ++i) line.push_back({i * 0.1, (i % 2) * 0.001});
  const auto s = simplifyPolyline(line, 0.01);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s.front(), line.front());
  EXPECT_EQ(s.back(), line.back());
  const auto kept = simplifyPolyline(line, 0.0001);
  EXPECT_EQ(kept.size(), line.size());
  // A closed ring stays closed and keeps a triangle.
  std::vector<PointD> ring{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
  const auto r = simplifyPolyline(ring, 0.2);
  EXPECT_EQ(r.front(), r.back());
  EXPECT_GE(r.size(), 4u);
}

TEST(GreatCircle, EndpointsAndMidpointOnSphere) {
  auto lines = greatCircle({126.98, 37.57}, {36.19, 51.73}, 65);  // Seoul -> Kursk
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].size(), 65u);
  EXPECT_NEAR(lines[0].front().lon, 126.98, 1e-4);
  EXPECT_NEAR(lines[0].back().lat, 51.73, 1e-4);
  // Great circle between these goes north of both endpoints.
  float maxLat = -90;
  for (const LonLat& p : lines[0]) maxLat = std::max(maxLat, p.lat);
  EXPECT_GT(maxLat, 55);
}

TEST(GreatCircle, SplitsAtAntimeridianWithoutJumps) {
  const auto lines = greatCircle({139.7, 35.7}, {-122.4, 37.8}, 100);  // Tokyo -> San Francisco
  ASSERT_EQ(lines.size(), 2u);
  for (const auto& l : lines)
    for (std::size_t i = 1; i < l.size(); ++i) EXPECT_LT(std::abs(l[i].lon - l[i - 1].lon), 10.0f);
  EXPECT_FLOAT_EQ(lines[0].back().lon, 180.0f);
  EXPECT_FLOAT_EQ(lines[1].front().lon, -180.0f);
  EXPECT_FLOAT_EQ(lines[0].back().lat, lines[1].front().lat);
  // The westward (short) way would not cross; check the other direction too.
  const auto back = greatCircle({-122.4, 37.8}, {139.7, 35.7}, 100);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_FLOAT_EQ(back[0].back().lon, -180.0f);
  // No crossing: a single polyline.
  EXPECT_EQ(greatCircle({10, 10}, {20, 20}, 10).size(), 1u);
}

TEST(GreatCircle, PolarLinksGetABowedPathWithinTheMap) {
  // Washington to Kuala Lumpur: the geodesic crosses the polar cap.
  const GeoPoint a{-77.04, 38.90}, b{101.69, 3.14};
  double maxLat = -90;
  for (const auto& piece : greatCircle(a, b, 181))
    for (const LonLat& p : piece) maxLat = std::max(maxLat, static_cast<double>(p.lat));
  ASSERT_GT(maxLat, kPolarArcLatitude) << "the test needs a geodesic over the cap";
  const auto path = bowedPath(a, b, 64);
  ASSERT_EQ(path.size(), 64u);
  EXPECT_NEAR(path.front().lon, a.lon, 1e-4);
  EXPECT_NEAR(path.front().lat, a.lat, 1e-4);
  EXPECT_NEAR(std::remainder(path.back().lon - b.lon, 360.0), 0.0, 1e-3);
  EXPECT_NEAR(path.back().lat, b.lat, 1e-4);
  for (std::size_t i = 1; i < path.size(); ++i) {
    EXPECT_LE(std::abs(path[i].lat), kPolarArcLatitude);
    EXPECT_LT(std::abs(path[i].lon - path[i - 1].lon), 10.0f) << "continuous longitudes, no jump across the map";
  }
  // Bowed towards the north pole for northern links: the middle lies above the chord.
  EXPECT_GT(path[32].lat, (a.lat + b.lat) / 2);
}
