// Antimeridian handling (stitched rings, lines that jump +180 -> -180) and whole-map checks
// of the committed packs: every land point covered by exactly one triangle at every LOD, no
// primitive spanning more than 180 degrees of longitude.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "geo/lod.hpp"
#include "geo/pack.hpp"
#include "geo/polygon.hpp"

using namespace wiremap::geo;
namespace fs = std::filesystem;

namespace {

// Counts the triangles that strictly contain p (degenerate triangles contain nothing).
int coverCount(const Triangles& t, PointD p) {
  int n = 0;
  for (std::size_t i = 0; i + 2 < t.indices.size(); i += 3) {
    const PointD& a = t.vertices[t.indices[i]];
    const PointD& b = t.vertices[t.indices[i + 1]];
    const PointD& c = t.vertices[t.indices[i + 2]];
    const double d1 = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    const double d2 = (c.x - b.x) * (p.y - b.y) - (c.y - b.y) * (p.x - b.x);
    const double d3 = (a.x - c.x) * (p.y - c.y) - (a.y - c.y) * (p.x - c.x);
    if ((d1 > 0 && d2 > 0 && d3 > 0) || (d1 < 0 && d2 < 0 && d3 < 0)) ++n;
  }
  return n;
}

double maxLonSpan(const Triangles& t) {
  double m = 0;
  for (std::size_t i = 0; i + 2 < t.indices.size(); i += 3) {
    const double a = t.vertices[t.indices[i]].x, b = t.vertices[t.indices[i + 1]].x, c = t.vertices[t.indices[i + 2]].x;
    m = std::max(m, std::max({a, b, c}) - std::min({a, b, c}));
  }
  return m;
}

// A Chukotka-like stitched ring: Siberia west of 180, a lobe east of it, joined by two edges
// that step from +180 to -180 (as world-atlas stores Russia).
Polygon stitchedRing() {
  return {{{170, 60}, {179.5, 65}, {-179.5, 65}, {-170, 66}, {-170, 69}, {-179.5, 69}, {179.5, 69}, {170, 72}}};
}

}  // namespace

TEST(Antimeridian, StitchedRingIsCutNotTurnedInsideOut) {
  const Polygon p = stitchedRing();
  ASSERT_TRUE(crossesAntimeridian(p[0]));
  const Polygon cut = splitAtAntimeridian(p);
  ASSERT_EQ(cut.size(), 2u);
  for (const Ring& r : cut)
    for (const PointD& q : r) {
      EXPECT_GE(q.x, -180.0);
      EXPECT_LE(q.x, 180.0);
    }
  const Triangles t = tessellate(cut);
  EXPECT_LT(maxLonSpan(t), 180.0);
  // Inside: west of 180 and the lobe east of it; outside: the rest of the latitude band that
  // the planar ring would have filled.
  EXPECT_EQ(coverCount(t, {175.3, 66.1}), 1);
  EXPECT_EQ(coverCount(t, {-175.3, 67.1}), 1);
  EXPECT_EQ(coverCount(t, {101.3, 67.0}), 0);
  EXPECT_EQ(coverCount(t, {0.3, 67.0}), 0);
  // The area on the sphere is kept (the planar area of the unwrapped ring).
  Ring unwrapped = p[0];
  for (PointD& q : unwrapped)
    if (q.x < 0) q.x += 360;
  EXPECT_NEAR(trianglesArea(t), std::abs(signedArea(unwrapped)), 1e-9);
}

TEST(Antimeridian, HoleOnTheOtherSideStaysAHole) {
  Polygon p = stitchedRing();
  p.push_back({{-176, 67}, {-174, 67}, {-174, 68}, {-176, 68}});  // a lake east of 180
  const Triangles t = tessellate(splitAtAntimeridian(p));
  EXPECT_EQ(coverCount(t, {-175.1, 67.4}), 0);
  EXPECT_EQ(coverCount(t, {-172.1, 67.4}), 1);
}

TEST(Antimeridian, RingAroundThePoleIsClosedThroughIt) {
  // Antarctica-like: runs once around the world, closing edge from +179 back to -180.
  Polygon p = {{{-180, -70}, {-90, -72}, {0, -69}, {90, -66}, {179, -75}}};
  const Triangles t = tessellate(splitAtAntimeridian(p));
  ASSERT_FALSE(t.indices.empty());
  EXPECT_LT(maxLonSpan(t), 360.1);
  EXPECT_EQ(coverCount(t, {0.3, -80.0}), 1);
  EXPECT_EQ(coverCount(t, {-120.3, -85.0}), 1);
  EXPECT_EQ(coverCount(t, {0.3, -60.0}), 0);
}

TEST(Antimeridian, PlainPolygonIsUntouched) {
  const Polygon p = {{{10, 10}, {20, 10}, {20, 20}}};
  EXPECT_EQ(splitAtAntimeridian(p), p);
}

TEST(Antimeridian, LinesAreCutAtTheCrossing) {
  const auto parts = splitLineAtAntimeridian({{170, 0}, {179, 10}, {-179, 20}, {-170, 30}});
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].back().x, 180.0);
  EXPECT_NEAR(parts[0].back().y, 15.0, 1e-9);
  EXPECT_EQ(parts[1].front().x, -180.0);
  EXPECT_NEAR(parts[1].front().y, 15.0, 1e-9);
  // A step along the antimeridian itself (+180 -> -180 at one latitude) leaves no segment.
  const auto same = splitLineAtAntimeridian({{179, 5}, {180, 5}, {-180, 5}, {-179, 6}});
  ASSERT_EQ(same.size(), 2u);
  for (const auto& l : same)
    for (std::size_t i = 1; i < l.size(); ++i) EXPECT_LE(std::abs(l[i].x - l[i - 1].x), 180.0);
}

TEST(Antimeridian, SimplifyMeasuresTheShortWayRound) {
  // Far from the world-wide chord, close to the short one: the middle points go, the ends stay.
  const std::vector<PointD> line = {{179.0, 60}, {179.9, 60.001}, {-179.9, 60.002}, {-179.0, 60}};
  const auto s = simplifyPolyline(line, 0.01);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s.front(), line.front());
  EXPECT_EQ(s.back(), line.back());
}

// ---------------------------------------------------------------- the committed packs

namespace {

const MapData* packs() {
  static std::optional<MapData> data;
  static bool tried = false;
  if (!tried) {
    tried = true;
    const char* env = std::getenv("WIREMAP_ASSETS");
    const fs::path dir = fs::path(env ? env : "assets") / "map";
    if (fs::exists(dir))
      if (auto r = loadMapData(dir); r.ok()) data = std::move(*r);
  }
  return data ? &*data : nullptr;
}

double lonSpan(const std::vector<LonLat>& v, const std::uint32_t* idx, int n) {
  float lo = 1e9f, hi = -1e9f;
  for (int k = 0; k < n; ++k) {
    lo = std::min(lo, v[idx[k]].lon);
    hi = std::max(hi, v[idx[k]].lon);
  }
  return hi - lo;
}

struct Coverage {
  int total = 0;
  int feature = -1;  // of the last covering triangle
};

Coverage cover(const FillLayer& l, double x, double y) {
  Coverage c;
  for (const Chunk& ch : l.chunks) {
    if (x < ch.bbox.minLon || x > ch.bbox.maxLon || y < ch.bbox.minLat || y > ch.bbox.maxLat) continue;
    for (std::uint32_t i = ch.first; i < ch.first + ch.count; i += 3) {
      const LonLat& a = l.vertices[l.indices[i]];
      const LonLat& b = l.vertices[l.indices[i + 1]];
      const LonLat& cc = l.vertices[l.indices[i + 2]];
      const double d1 = (double(b.lon) - a.lon) * (y - a.lat) - (double(b.lat) - a.lat) * (x - a.lon);
      const double d2 = (double(cc.lon) - b.lon) * (y - b.lat) - (double(cc.lat) - b.lat) * (x - b.lon);
      const double d3 = (double(a.lon) - cc.lon) * (y - cc.lat) - (double(a.lat) - cc.lat) * (x - cc.lon);
      if ((d1 > 0 && d2 > 0 && d3 > 0) || (d1 < 0 && d2 < 0 && d3 < 0)) {
        ++c.total;
        c.feature = ch.feature;
      }
    }
  }
  return c;
}

/// Coastline segments bucketed by 1-degree longitude column, for ray casting.
struct CoastIndex {
  std::vector<std::vector<std::uint32_t>> columns = std::vector<std::vector<std::uint32_t>>(360);
  const LineLayer* layer = nullptr;
  explicit CoastIndex(const LineLayer& l) : layer(&l) {
    for (std::size_t s = 0; s + 1 < l.segments.size(); s += 2) {
      const LonLat& a = l.points[l.segments[s]];
      const LonLat& b = l.points[l.segments[s + 1]];
      const int c0 = std::clamp(static_cast<int>(std::floor(std::min(a.lon, b.lon) + 180)), 0, 359);
      const int c1 = std::clamp(static_cast<int>(std::floor(std::max(a.lon, b.lon) + 180)), 0, 359);
      for (int c = c0; c <= c1; ++c) columns[c].push_back(static_cast<std::uint32_t>(s));
    }
  }
  /// Land by the coastlines alone: crossings of a ray from p to the north pole, odd = land.
  bool land(double x, double y) const {
    const int col = std::clamp(static_cast<int>(std::floor(x + 180)), 0, 359);
    int n = 0;
    for (std::uint32_t s : columns[col]) {
      const LonLat& a = layer->points[layer->segments[s]];
      const LonLat& b = layer->points[layer->segments[s + 1]];
      if ((a.lon > x) == (b.lon > x)) continue;
      const double t = (x - a.lon) / (double(b.lon) - a.lon);
      if (a.lat + t * (double(b.lat) - a.lat) > y) ++n;
    }
    return n % 2 == 1;
  }
};

}  // namespace

TEST(CommittedPacks, NoPrimitiveSpansTheWorld) {
  const MapData* d = packs();
  if (!d) GTEST_SKIP() << "no assets/map";
  auto checkFill = [](const FillLayer& l, const std::string& name) {
    int bad = 0;
    for (std::size_t i = 0; i + 2 < l.indices.size(); i += 3)
      if (lonSpan(l.vertices, &l.indices[i], 3) > 180) ++bad;
    EXPECT_EQ(bad, 0) << name << ": triangles wider than 180 degrees of longitude";
    for (const Chunk& c : l.chunks) EXPECT_LE(c.bbox.maxLon - c.bbox.minLon, 180.0f) << name;
  };
  auto checkLine = [](const LineLayer& l, const std::string& name) {
    int bad = 0;
    for (std::size_t i = 0; i + 1 < l.segments.size(); i += 2)
      if (lonSpan(l.points, &l.segments[i], 2) > 180) ++bad;
    EXPECT_EQ(bad, 0) << name << ": segments wider than 180 degrees of longitude";
  };
  for (int lod = 0; lod < kLodCount; ++lod) {
    const std::string s = std::to_string(lod);
    checkFill(d->land[lod], "land." + s);
    checkFill(d->lakes[lod], "lakes." + s);
    checkLine(d->coastlines[lod], "coastlines." + s);
    checkLine(d->borders[lod], "borders." + s);
  }
  checkFill(d->admin1, "admin1");
  checkFill(d->disputedAreas, "disputedAreas");
  checkLine(d->admin1Lines, "admin1Lines");
  checkLine(d->disputedBorders, "disputedBorders");
  checkLine(d->rivers, "rivers");
}

// Every point of a 1-degree grid (offset off the clipping grid lines) is covered by exactly
// one land triangle where the coastlines of the same LOD say it is land, and by none where
// they say it is sea. Before the antimeridian fix Russia had a hole band at 65-69N and a
// double band at 71N at every LOD.
TEST(CommittedPacks, EveryLandPointIsCoveredExactlyOnce) {
  const MapData* d = packs();
  if (!d) GTEST_SKIP() << "no assets/map";
  std::vector<int> landPerLod;
  for (int lod = 0; lod < kLodCount; ++lod) {
    const FillLayer& land = d->land[lod];
    const CoastIndex coast(d->coastlines[lod]);
    int holes = 0, doubles = 0, spills = 0, landPoints = 0;
    std::string firstBad;
    for (double y = -83.71; y < 84; y += 1.0)
      for (double x = -179.63; x < 180; x += 1.0) {
        const bool isLand = coast.land(x, y);
        const Coverage c = cover(land, x, y);
        landPoints += isLand;
        const bool bad = isLand ? c.total != 1 : c.total != 0;
        if (isLand && c.total == 0) ++holes;
        if (c.total > 1) ++doubles;
        if (!isLand && c.total == 1) ++spills;
        if (bad && firstBad.empty()) firstBad = std::to_string(x) + "," + std::to_string(y);
      }
    std::printf("lod %d: %d land points, %d holes, %d double, %d outside the coast\n", lod, landPoints, holes, doubles,
                spills);
    EXPECT_EQ(holes, 0) << "lod " << lod << ", first bad point " << firstBad;
    EXPECT_EQ(doubles, 0) << "lod " << lod << ", first bad point " << firstBad;
    EXPECT_EQ(spills, 0) << "lod " << lod << ", first bad point " << firstBad;
    landPerLod.push_back(landPoints);
  }
  // Every LOD has the same land within a few percent (world-atlas 1:50m once lost Antarctica).
  for (int lod = 0; lod < kLodCount; ++lod)
    EXPECT_NEAR(landPerLod[lod], landPerLod.back(), landPerLod.back() * 0.03) << "lod " << lod;
}

// Points well inside the big countries, including the band across Siberia and Chukotka that
// was left uncovered (66-69N) or covered twice (70-71N): exactly one triangle of that
// country's own fill at every LOD.
TEST(CommittedPacks, BigCountriesAreCoveredOnceByTheirOwnFill) {
  const MapData* d = packs();
  if (!d) GTEST_SKIP() << "no assets/map";
  std::map<std::string, int> index;
  for (std::size_t i = 0; i < d->countries.size(); ++i) index[d->countries[i].id] = static_cast<int>(i);
  struct Probe {
    const char* id;
    double lonMin, latMin, lonMax, latMax;  // a box that is land of that country at every scale
  };
  const Probe probes[] = {
      {"RU", 60, 56, 100, 65},    {"RU", 100.3, 62, 125, 69.5}, {"RU", 95, 70.2, 105, 72},  {"RU", 40, 52, 50, 62},
      {"RU", 140, 63, 160, 67},   {"RU", 165, 65, 172, 68},    {"CA", -120, 52, -95, 62},  {"CA", -78, 47, -72, 52},
      {"US", -115, 35, -85, 45},  {"US", -155, 62, -145, 68},  {"CN", 85, 30, 115, 40},    {"BR", -55, -18, -42, -5},
      {"AU", 120, -30, 145, -20}, {"KZ", 63, 47, 79, 50},
  };
  for (const Probe& p : probes) {
    ASSERT_TRUE(index.count(p.id)) << p.id;
    const int want = index[p.id];
    for (int lod = 0; lod < kLodCount; ++lod)
      for (double y = p.latMin + 0.137; y < p.latMax; y += 0.5)
        for (double x = p.lonMin + 0.171; x < p.lonMax; x += 0.5) {
          const Coverage c = cover(d->land[lod], x, y);
          EXPECT_EQ(c.total, 1) << p.id << " lod " << lod << " at " << x << "," << y;
          EXPECT_EQ(c.feature, want) << p.id << " lod " << lod << " at " << x << "," << y;
        }
  }
  // The reported hole: lon 101.3E, lat 66-68N.
  for (int lod = 0; lod < kLodCount; ++lod)
    for (double y = 66.05; y < 68; y += 0.1) {
      const Coverage c = cover(d->land[lod], 101.3, y);
      EXPECT_EQ(c.total, 1) << "lod " << lod << " at 101.3," << y;
      EXPECT_EQ(c.feature, index["RU"]) << "lod " << lod << " at 101.3," << y;
    }
}
