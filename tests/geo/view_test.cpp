// Camera, LOD choice, culling, label placement and hit testing.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "core/files.hpp"
#include "geo/camera.hpp"
#include "geo/hit_test.hpp"
#include "geo/labels.hpp"
#include "geo/lod.hpp"
#include "geo/pack.hpp"

using namespace wiremap::geo;

TEST(Camera, RegionViewShowsKualaLumpurKurskAndKorea) {
  for (auto [w, h] : {std::pair{1920.0, 1080.0}, std::pair{1280.0, 800.0}, std::pair{800.0, 800.0}}) {
    const Camera c = Camera::regionView(w, h);
    for (GeoPoint p : {GeoPoint{101.7, 3.1}, GeoPoint{36.2, 51.7}, GeoPoint{127.0, 37.5}, GeoPoint{125.75, 39.02}}) {
      Vec2 s;
      ASSERT_TRUE(c.worldToScreen(p, s));
      EXPECT_GT(s.x, 0);
      EXPECT_LT(s.x, w);
      EXPECT_GT(s.y, 0);
      EXPECT_LT(s.y, h);
    }
    // Not the whole world: Paris and New York are off screen.
    Vec2 s;
    c.worldToScreen({2.35, 48.86}, s);
    EXPECT_TRUE(s.x < 0 || s.x > w);
  }
}

TEST(Camera, ScreenWorldRoundTripBothProjections) {
  for (ProjectionKind k : {ProjectionKind::Mercator, ProjectionKind::Orthographic}) {
    Camera c(1000, 700);
    c.setProjection(k);
    c.setCenter({170, 30});
    c.setZoom(3);
    for (Vec2 s : {Vec2{500, 350}, Vec2{300, 200}, Vec2{700, 500}}) {  // inside the globe (radius ~326 px)
      GeoPoint g;
      ASSERT_TRUE(c.screenToWorld(s, g));
      Vec2 back;
      ASSERT_TRUE(c.worldToScreen(g, back));
      EXPECT_NEAR(back.x, s.x, 1e-6);
      EXPECT_NEAR(back.y, s.y, 1e-6);
    }
  }
  // Off the globe.
  Camera o(1000, 1000);
  o.setProjection(ProjectionKind::Orthographic);
  o.setZoom(1);  // radius ~81 px
  GeoPoint g;
  EXPECT_FALSE(o.screenToWorld({5, 5}, g));
}

TEST(Camera, ZoomAboutCursorKeepsThePointUnderIt) {
  Camera c(1200, 800);
  c.setCenter({127, 37});
  c.setZoom(4);
  const Vec2 cursor{900, 200};
  GeoPoint before;
  ASSERT_TRUE(c.screenToWorld(cursor, before));
  c.zoomAbout(cursor, 1.5);
  EXPECT_NEAR(c.zoom(), 5.5, 1e-12);
  Vec2 after;
  ASSERT_TRUE(c.worldToScreen(before, after));
  EXPECT_NEAR(after.x, cursor.x, 1e-6);
  EXPECT_NEAR(after.y, cursor.y, 1e-6);
}

TEST(Camera, PanMovesContentWithThePointer) {
  Camera c(1200, 800);
  c.setCenter({127, 37});
  c.setZoom(5);
  Vec2 s0;
  c.worldToScreen({130, 35}, s0);
  c.panByPixels(40, -25);
  Vec2 s1;
  c.worldToScreen({130, 35}, s1);
  EXPECT_NEAR(s1.x - s0.x, 40, 1e-6);
  EXPECT_NEAR(s1.y - s0.y, -25, 1e-6);
}

TEST(Camera, FitBBoxAndVisibleBBox) {
  Camera c(1600, 900);
  c.fitBBox(BBox{124, 33, 131, 43}, 10);  // Korean peninsula
  const BBox v = c.visibleBBox();
  EXPECT_LE(v.minLon, 124);
  EXPECT_GE(v.maxLon, 131);
  EXPECT_LE(v.minLat, 33);
  EXPECT_GE(v.maxLat, 43);
  EXPECT_LT(v.maxLat - v.minLat, 20);  // tight: the limiting axis is filled
  // Across the antimeridian: Fiji/Samoa box; the visible bbox must be the conservative full range.
  c.fitBBox(BBox{170, -20, -170, -10}, 10);
  Vec2 s;
  c.worldToScreen({179.9, -15}, s);
  EXPECT_GT(s.x, 0);
  EXPECT_LT(s.x, 1600);
  const BBox w = c.visibleBBox();
  EXPECT_EQ(w.minLon, -180.0f);
  EXPECT_EQ(w.maxLon, 180.0f);
}

TEST(Lod, CoarserWhenZoomedOut) {
  EXPECT_EQ(lodForZoom(0), Lod::Coarse);
  EXPECT_EQ(lodForZoom(2), Lod::Coarse);
  EXPECT_EQ(lodForZoom(8), Lod::Fine);
  EXPECT_EQ(lodForZoom(12), Lod::Fine);
  Lod prev = Lod::Coarse;
  for (double z = 0; z <= 12; z += 0.25) {
    const Lod l = lodForZoom(z);
    EXPECT_GE(static_cast<int>(l), static_cast<int>(prev)) << z;
    prev = l;
  }
  // Each LOD's simplification error stays under ~1.5 px where it is chosen.
  for (double z = 0; z <= 12; z += 0.5) {
    const Lod l = lodForZoom(z);
    const double dpp = 360.0 / (256.0 * std::exp2(z));
    if (l != Lod::Fine) {
      EXPECT_LE(kLodToleranceDeg[static_cast<int>(l)] / dpp, 1.5) << z;
    }
  }
}

TEST(Culling, OnlyIntersectingChunks) {
  std::vector<Chunk> chunks = {Chunk{BBox{0, 0, 10, 10}, 0, 3, -1}, Chunk{BBox{20, 0, 30, 10}, 3, 6, -1},
                               Chunk{BBox{9, 9, 21, 12}, 9, 3, -1}, Chunk{BBox{100, 50, 110, 60}, 12, 3, -1}};
  EXPECT_EQ(visibleChunks(chunks, BBox{5, 5, 8, 8}), (std::vector<std::uint32_t>{0}));
  EXPECT_EQ(visibleChunks(chunks, BBox{15, 11, 25, 20}), (std::vector<std::uint32_t>{2}));
  EXPECT_EQ(visibleChunks(chunks, BBox{-50, -50, 50, 50}), (std::vector<std::uint32_t>{0, 1, 2}));
  EXPECT_TRUE(visibleChunks(chunks, BBox{-50, -50, -40, -40}).empty());
  const auto ranges = visibleRanges(chunks, BBox{-50, -50, 50, 50});
  ASSERT_EQ(ranges.size(), 1u);  // 0..12 merged
  EXPECT_EQ(ranges[0].first, 0u);
  EXPECT_EQ(ranges[0].count, 12u);
}

namespace {
bool overlaps(const PlacedLabel& a, const PlacedLabel& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
}  // namespace

TEST(Labels, NoOverlapsAndPriorityWins) {
  Camera c(800, 600);
  c.setCenter({127, 37});
  c.setZoom(6);
  std::vector<LabelCandidate> cands;
  // A dense cluster: many labels around the same spot, random-ish ranks.
  for (int i = 0; i < 200; ++i) {
    LabelCandidate l;
    l.position = {127 + (i % 20) * 0.15 - 1.5, 37 + (i / 20) * 0.12 - 0.6};
    l.width = 60 + (i * 7) % 40;
    l.height = 14;
    l.rank = (i * 37) % 11;
    cands.push_back(l);
  }
  // The most important label sits in the middle of the cluster and must be kept.
  LabelCandidate top;
  top.position = {127, 37};
  top.width = 90;
  top.height = 16;
  top.rank = -1;
  cands.push_back(top);
  const auto placed = placeLabels(cands, c);
  ASSERT_FALSE(placed.empty());
  EXPECT_EQ(placed.front().candidate, cands.size() - 1);
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = i + 1; j < placed.size(); ++j) ASSERT_FALSE(overlaps(placed[i], placed[j])) << i << " " << j;
  EXPECT_LT(placed.size(), cands.size());  // some were dropped
  // Deterministic.
  const auto again = placeLabels(cands, c);
  ASSERT_EQ(again.size(), placed.size());
  for (std::size_t i = 0; i < placed.size(); ++i) EXPECT_EQ(again[i].candidate, placed[i].candidate);
  // Of two labels at the same place, the better rank wins regardless of order.
  std::vector<LabelCandidate> two(2);
  two[0].position = two[1].position = {127, 37};
  two[0].width = two[1].width = 50;
  two[0].height = two[1].height = 10;
  two[0].rank = 5;
  two[1].rank = 2;
  const auto p2 = placeLabels(two, c);
  ASSERT_EQ(p2.size(), 1u);
  EXPECT_EQ(p2[0].candidate, 1u);
}

TEST(HitTest, NearestMarkerWithinRadius) {
  Camera c(800, 600);
  c.setCenter({127, 37});
  c.setZoom(6);
  std::vector<GeoPoint> markers = {{126.98, 37.57}, {129.07, 35.18}, {125.75, 39.02}};
  Vec2 s;
  c.worldToScreen(markers[1], s);
  auto hit = nearestMarker(markers, c, {s.x + 3, s.y - 2}, 8);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(*hit, 1u);
  EXPECT_FALSE(nearestMarker(markers, c, {s.x + 30, s.y}, 8).has_value());
}

namespace {
const MapData* committedMap() {
  static MapData data;
  static bool loaded = false, tried = false;
  if (!tried) {
    tried = true;
    const auto dir = wiremap::files::assetDir() / "map";
    if (std::filesystem::exists(dir)) {
      auto r = loadMapData(dir);
      if (r) {
        data = std::move(r).value();
        loaded = true;
      }
    }
  }
  return loaded ? &data : nullptr;
}

std::string countryAt(const MapData& d, int lod, GeoPoint p) {
  const int f = featureAt(d.land[lod], p);
  return f < 0 ? std::string("-") : d.countries[static_cast<std::size_t>(f)].id;
}
}  // namespace

TEST(HitTest, CountriesOnTheCommittedMap) {
  const MapData* d = committedMap();
  if (!d) GTEST_SKIP() << "no assets/map";
  for (int lod = 0; lod < kLodCount; ++lod) {
    EXPECT_EQ(countryAt(*d, lod, {126.98, 37.57}), "KR") << "Seoul, lod " << lod;
    EXPECT_EQ(countryAt(*d, lod, {134.0, 40.0}), "-") << "Sea of Japan, lod " << lod;
    EXPECT_EQ(countryAt(*d, lod, {34.1, 45.0}), "UA") << "Crimea, lod " << lod;
    EXPECT_EQ(countryAt(*d, lod, {37.6, 55.75}), "RU") << "Moscow, lod " << lod;
  }
  EXPECT_EQ(countryAt(*d, 2, {125.75, 39.02}), "KP");  // Pyongyang
  EXPECT_EQ(countryAt(*d, 2, {101.69, 3.14}), "MY");   // Kuala Lumpur
  EXPECT_EQ(countryAt(*d, 2, {139.69, 35.69}), "JP");  // Tokyo
  EXPECT_EQ(countryAt(*d, 2, {116.4, 39.9}), "CN");    // Beijing
  // Through the camera's inverse projection.
  const Camera c = Camera::regionView(1920, 1080);
  Vec2 s;
  ASSERT_TRUE(c.worldToScreen({126.98, 37.57}, s));
  const int f = featureAtScreen(d->land[static_cast<int>(lodForCamera(c))], c, s);
  ASSERT_GE(f, 0);
  EXPECT_EQ(d->countries[static_cast<std::size_t>(f)].id, "KR");
  // Admin-1: a point in Kursk oblast.
  const int a = featureAt(d->admin1, {36.19, 51.73});
  ASSERT_GE(a, 0);
  EXPECT_EQ(d->admin1Regions[static_cast<std::size_t>(a)].id, "RU-KRS");
}

TEST(Budget, RegionViewStaysWithinTheFrameBudget) {
  const MapData* d = committedMap();
  if (!d) GTEST_SKIP() << "no assets/map";
  const Camera c = Camera::regionView(1920, 1080);
  const int lod = static_cast<int>(lodForCamera(c));
  const BBox view = c.visibleBBox();
  std::size_t tris = 0, segs = 0;
  for (std::uint32_t i : visibleChunks(d->land[lod], view)) tris += d->land[lod].chunks[i].count / 3;
  for (const LineLayer* l : {&d->coastlines[lod], &d->borders[lod]})
    for (std::uint32_t i : visibleChunks(*l, view)) segs += l->chunks[i].count / 2;
  std::printf("region view: lod %d, %zu fill triangles, %zu line segments in view\n", lod, tris, segs);
  EXPECT_LT(tris, 20000u);
  EXPECT_LT(segs, 12000u);
}
