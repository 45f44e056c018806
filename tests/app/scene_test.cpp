#include "app/scene.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/sidecar.hpp"

using namespace wiremap;
using namespace wiremap::app;

namespace {

Place place(const char* name, PlaceKind kind, double lat, double lon, const char* cc, Span mention) {
  Place p;
  p.name = name;
  p.kind = kind;
  p.lat = p.anchorLat = lat;
  p.lon = p.anchorLon = lon;
  p.countryCode = cc;
  p.resolved = true;
  if (kind == PlaceKind::Country) p.polygonId = cc;
  p.mentions.push_back({mention});
  return p;
}

Document sampleDoc() {
  Document d;
  d.setText("Envoys from Peru met in Lima. Chile sent troops to Peru.");
  d.places.push_back(place("Lima", PlaceKind::City, -12.05, -77.04, "PE", {24, 28}));
  d.places.push_back(place("Chile", PlaceKind::Country, -33.45, -70.67, "CL", {30, 35}));
  d.places.push_back(place("Peru", PlaceKind::Country, -12.05, -77.04, "PE", {12, 16}));
  d.places[2].mentions.push_back({{51, 55}});
  Place unresolved;
  unresolved.name = "Nowhere";
  unresolved.mentions.push_back({{0, 1}});
  d.places.push_back(unresolved);
  Link l;
  l.type = LinkType::Deployment;
  l.from.place = 1;
  l.to.place = 2;
  l.trigger = {36, 40};
  d.links.push_back(l);
  Link same = l;  // a second link of the same pair and type draws one arc
  d.links.push_back(same);
  return d;
}

}  // namespace

TEST(Scene, MarkersArcsAndHighlights) {
  Document d = sampleDoc();
  d.places[1].mentions.push_back({{0, 5}});  // Chile becomes the most mentioned place
  const Scene s = buildScene(d, {});
  // Lima, Chile; Peru's capital is Lima, already marked, so Peru shows as an area only.
  EXPECT_EQ(s.symbols.markers.size(), 2u) << "unresolved places get no marker";
  EXPECT_EQ(s.symbols.arcs.size(), 1u);
  ASSERT_EQ(s.symbols.highlights.size(), 2u);
  EXPECT_EQ(s.symbols.labels.size(), 2u);
  for (const auto& m : s.markers) EXPECT_NE(m.place, 2) << "no country marker on top of its named capital";
  // The most mentioned place is drawn last (on top) with the largest marker.
  EXPECT_EQ(s.markers.back().place, 1);
  EXPECT_GT(s.markers.back().radiusPx, s.markers.front().radiusPx);
}

TEST(Scene, FiltersHideKindsAndLinks) {
  const Document d = sampleDoc();
  ui::UiState st;
  st.filters.placeKinds[static_cast<int>(PlaceKind::Country)] = false;
  const Scene s = buildScene(d, st);
  EXPECT_EQ(s.symbols.markers.size(), 1u) << "only the city Lima";
  EXPECT_TRUE(s.symbols.arcs.empty());
  EXPECT_TRUE(s.symbols.highlights.empty());
}

TEST(Scene, PickFindsTheMarkerUnderThePointer) {
  const Document d = sampleDoc();
  const Scene s = buildScene(d, {});
  render::FrameParams f;
  fitFrame(f, d, 800, 600);
  const auto lima = render::projectToImage(f, 800, 600, {-77.04f, -12.05f});
  ASSERT_TRUE(lima);
  const Id hit = pickMarker(s, f, 800, 600, lima->x + 2, lima->y - 2);
  EXPECT_EQ(hit, 0);
  EXPECT_EQ(pickMarker(s, f, 800, 600, 5, 5), kNone);
}

TEST(Scene, FitKeepsEveryPlaceOnScreen) {
  const Document d = sampleDoc();
  render::FrameParams f;
  fitFrame(f, d, 800, 600);
  for (const auto& p : d.places) {
    if (!p.resolved) continue;
    const auto px = render::projectToImage(f, 800, 600, {static_cast<float>(p.lon), static_cast<float>(p.lat)});
    ASSERT_TRUE(px);
    EXPECT_GT(px->x, 0);
    EXPECT_LT(px->x, 800);
    EXPECT_GT(px->y, 0);
    EXPECT_LT(px->y, 600);
  }
}

TEST(Sidecar, OverrideRoundTripMovesThePlace) {
  Document d = sampleDoc();
  PlaceCandidate other;
  other.name = "Lima";
  other.kind = PlaceKind::City;
  other.countryCode = "US";
  other.lat = 40.74;
  other.lon = -84.11;
  d.places[0].candidates = {PlaceCandidate{"Lima", PlaceKind::City, "PE", "", -12.05, -77.04, 3936456, 0, 0.9, ""}, other};
  Sidecar sc;
  addOverride(sc, d, 0, 1);
  const auto path = std::filesystem::temp_directory_path() / "wiremap-sidecar-test.wiremap.json";
  ASSERT_TRUE(saveSidecar(path, sc));
  auto loaded = loadSidecar(path);
  ASSERT_TRUE(loaded);
  Document fresh = sampleDoc();
  fresh.places[0].candidates = d.places[0].candidates;
  EXPECT_EQ(applySidecar(fresh, *loaded), 1);
  EXPECT_EQ(fresh.places[0].countryCode, "US");
  EXPECT_NEAR(fresh.places[0].lat, 40.74, 1e-9);
  EXPECT_EQ(fresh.places[0].candidates.front().why, "chosen by the user (sidecar)");
  EXPECT_EQ(sidecarPath("/a/story.txt"), std::filesystem::path("/a/story.wiremap.json"));
}

TEST(Sidecar, MalformedSidecarIsAnErrorNamingIt) {
  const auto path = std::filesystem::temp_directory_path() / "wiremap-bad.wiremap.json";
  std::ofstream(path) << "{\"version\": 1, \"overrides\": [ {";
  auto r = loadSidecar(path);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("wiremap-bad.wiremap.json"), std::string::npos);
  auto missing = loadSidecar("/no/such/x.wiremap.json");
  ASSERT_TRUE(missing);
  EXPECT_TRUE(missing->overrides.empty());
}

TEST(Scene, FitFollowsTheStoryNotFarCapitals) {
  Document d;
  d.setText("Talks in Seoul and Busan. The United States and Japan joined.");
  d.places.push_back(place("Seoul", PlaceKind::City, 37.57, 126.98, "KR", {9, 14}));
  d.places.push_back(place("Busan", PlaceKind::City, 35.10, 129.04, "KR", {19, 24}));
  d.places.push_back(place("United States", PlaceKind::Country, 38.90, -77.04, "US", {30, 43}));
  d.places.push_back(place("Japan", PlaceKind::Country, 35.69, 139.69, "JP", {48, 53}));
  const auto b = articleBBox(d, {});
  ASSERT_TRUE(b);
  EXPECT_NEAR(b->maxLon, 139.69, 0.01) << "Tokyo is near the story and joins the frame";
  EXPECT_GT(b->minLon, 100.0f) << "Washington is far from the story's places and does not stretch the frame";
  // Countries alone: all of them count.
  Document c;
  c.setText("The United States and Japan.");
  c.places.push_back(place("United States", PlaceKind::Country, 38.90, -77.04, "US", {4, 17}));
  c.places.push_back(place("Japan", PlaceKind::Country, 35.69, 139.69, "JP", {22, 27}));
  const auto cb = articleBBox(c, {});
  ASSERT_TRUE(cb);
  EXPECT_LT(cb->minLon, -70.0f);
}

TEST(Sidecar, WrongTypesAndHugeNumbersAreIgnoredNotConverted) {
  // Found by the sidecar fuzzer: 8.9e88 where an int is expected was converted (undefined).
  const auto path = std::filesystem::temp_directory_path() / "wiremap-types.wiremap.json";
  std::ofstream(path) << R"({"version": 8.9e88, "overrides": []})";
  EXPECT_FALSE(loadSidecar(path)) << "a non-integer version is not version 1";
  std::ofstream(path) << R"({"version": 1, "overrides": [
      {"mention": "Lima", "start": 1e99, "choice": {"name": "Lima", "lat": "north", "lon": 1, "kind": 9e40}},
      {"mention": "Lima", "start": 0, "choice": {"name": "Lima", "lat": 40.7, "lon": -84.1, "kind": 1e30, "geonameid": -5}}]})";
  auto r = loadSidecar(path);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->overrides.size(), 1u) << "the override with a text latitude is dropped";
  EXPECT_EQ(r->overrides[0].choice.kind, PlaceKind::Other);
  EXPECT_EQ(r->overrides[0].choice.geonameId, 0);
}
