// Pack round trips, corruption and truncation detection, and the committed packs.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "core/files.hpp"
#include "geo/pack.hpp"

using namespace wiremap::geo;
namespace fs = std::filesystem;

namespace {

MapData sample() {
  MapData d;
  d.land[0].vertices = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  d.land[0].indices = {0, 1, 2, 0, 2, 3};
  d.land[0].chunks = {Chunk{BBox{0, 0, 1, 1}, 0, 6, 0}};
  d.borders[2].points = {{10, 10}, {11, 12}, {12, 12}};
  d.borders[2].segments = {0, 1, 1, 2};
  d.borders[2].chunks = {Chunk{BBox{10, 10, 12, 12}, 0, 4, -1}};
  Feature f;
  f.name = "Testland";
  f.id = "TL";
  f.labelPoint = {0.5f, 0.5f};
  f.bbox = BBox{0, 0, 1, 1};
  f.labelRank = 3;
  d.countries = {f};
  Feature c;
  c.kind = FeatureKind::City;
  c.name = "Ünïcode City";
  c.id = "12345";
  c.population = 9876543210LL;
  d.cities = {c};
  return d;
}

std::vector<PackSection> sections(const MapData& d) {
  return {{"land.0", SectionType::Fill, encodeFill(d.land[0])},
          {"borders.2", SectionType::Line, encodeLine(d.borders[2])},
          {"countries", SectionType::Features, encodeFeatures(d.countries)},
          {"cities", SectionType::Features, encodeFeatures(d.cities)}};
}

fs::path tempDir(const char* name) {
  fs::path p = fs::temp_directory_path() / (std::string("wiremap_geo_") + name + "_" + std::to_string(::getpid()));
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

}  // namespace

TEST(Pack, RoundTrip) {
  const MapData d = sample();
  const fs::path dir = tempDir("roundtrip");
  ASSERT_TRUE(writePackFile(dir / "test.wmp", sections(d)).ok());
  auto r = loadMapData(dir);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const MapData& e = *r;
  ASSERT_EQ(e.land[0].indices, d.land[0].indices);
  ASSERT_EQ(e.land[0].vertices.size(), 4u);
  EXPECT_EQ(e.land[0].vertices[2].lon, 1.0f);
  ASSERT_EQ(e.land[0].chunks.size(), 1u);
  EXPECT_EQ(e.land[0].chunks[0].count, 6u);
  EXPECT_EQ(e.land[0].chunks[0].feature, 0);
  EXPECT_EQ(e.borders[2].segments, d.borders[2].segments);
  EXPECT_EQ(e.borders[2].chunks[0].bbox.maxLat, 12.0f);
  ASSERT_EQ(e.countries.size(), 1u);
  EXPECT_EQ(e.countries[0].name, "Testland");
  EXPECT_EQ(e.countries[0].id, "TL");
  EXPECT_EQ(e.countries[0].labelRank, 3);
  EXPECT_EQ(e.cities[0].name, "Ünïcode City");
  EXPECT_EQ(e.cities[0].kind, FeatureKind::City);
  EXPECT_EQ(e.cities[0].population, 9876543210LL);
  fs::remove_all(dir);
}

TEST(Pack, EveryCorruptedByteIsDetected) {
  const std::string image = encodePack(sections(sample()));
  ASSERT_TRUE(decodePack(image, "t.wmp").ok());
  for (std::size_t i = 0; i < image.size(); ++i) {
    if (i >= 12 && i < 16) continue;  // flipping the stored CRC itself also fails, checked below
    std::string bad = image;
    bad[i] = static_cast<char>(bad[i] ^ 0x5a);
    auto r = decodePack(bad, "t.wmp");
    ASSERT_FALSE(r.ok()) << "byte " << i;
    EXPECT_EQ(r.error().message.rfind("t.wmp: ", 0), 0u) << r.error().message;
  }
  std::string bad = image;
  bad[20 + 0] ^= 1;  // inside the size field
  EXPECT_FALSE(decodePack(bad, "t.wmp").ok());
  bad = image;
  bad[13] ^= 1;  // the CRC
  auto r = decodePack(bad, "countries.wmp");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "countries.wmp: checksum mismatch");
}

TEST(Pack, TruncationIsDetectedAndNamed) {
  const std::string image = encodePack(sections(sample()));
  for (std::size_t n : {std::size_t{0}, std::size_t{7}, std::size_t{31}, std::size_t{32}, image.size() / 2, image.size() - 1}) {
    auto r = decodePack(std::string_view(image).substr(0, n), "labels.wmp");
    ASSERT_FALSE(r.ok()) << n;
    EXPECT_NE(r.error().message.find("labels.wmp"), std::string::npos);
    EXPECT_NE(r.error().message.find("truncated"), std::string::npos) << r.error().message;
  }
  // Through the loader, from disk.
  const fs::path dir = tempDir("trunc");
  ASSERT_TRUE(wiremap::files::writeAtomic(dir / "broken.wmp", image.substr(0, image.size() - 9)).ok());
  auto m = loadMapData(dir);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("broken.wmp"), std::string::npos) << m.error().message;
  fs::remove_all(dir);
}

TEST(Pack, BadIndicesAreRejectedEvenWithAValidChecksum) {
  FillLayer l;
  l.vertices = {{0, 0}, {1, 0}, {1, 1}};
  l.indices = {0, 1, 7};
  l.chunks = {Chunk{BBox{0, 0, 1, 1}, 0, 3, -1}};
  EXPECT_FALSE(decodeFill(encodeFill(l)).ok());
  l.indices = {0, 1, 2};
  l.chunks[0].count = 6;
  EXPECT_FALSE(decodeFill(encodeFill(l)).ok());
  l.chunks[0].count = 3;
  EXPECT_TRUE(decodeFill(encodeFill(l)).ok());
}

TEST(Pack, EmptyOrMissingFolderIsAnError) {
  EXPECT_FALSE(loadMapData("/nonexistent/wiremap/map").ok());
  const fs::path dir = tempDir("empty");
  auto r = loadMapData(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("no map packs"), std::string::npos);
  fs::remove_all(dir);
}

TEST(CommittedPacks, LoadFastAndHoldTheStoryCountries) {
  const fs::path dir = wiremap::files::assetDir() / "map";
  if (!fs::exists(dir)) GTEST_SKIP() << "no assets/map";
  const auto t0 = std::chrono::steady_clock::now();
  auto r = loadMapData(dir);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(r.ok()) << r.error().message;
  std::printf("loadMapData(%s): %.1f ms\n", dir.c_str(), ms);
  const MapData& d = *r;
  for (int l = 0; l < kLodCount; ++l) {
    EXPECT_GT(d.land[l].indices.size(), 1000u) << l;
    EXPECT_GT(d.coastlines[l].segments.size(), 1000u) << l;
    EXPECT_GT(d.borders[l].segments.size(), 500u) << l;
  }
  // Finer levels carry more detail: 1:110m < 1:50m, and the 1:10m levels by tolerance. (The
  // widest 1:10m level, at 0.065 degrees, may hold fewer triangles than 1:50m at 0.025.)
  EXPECT_LT(d.land[0].indices.size(), d.land[1].indices.size());
  EXPECT_LT(d.land[0].indices.size(), d.land[2].indices.size());
  for (int l = 2; l + 1 < kLodCount; ++l) {
    EXPECT_LT(d.land[l].indices.size(), d.land[l + 1].indices.size()) << l;
    EXPECT_LT(d.coastlines[l].segments.size(), d.coastlines[l + 1].segments.size()) << l;
  }
  for (const char* id : {"RU", "KR", "KP", "JP", "CN", "UA", "MY", "US"}) {
    auto it = std::find_if(d.countries.begin(), d.countries.end(), [&](const Feature& f) { return f.id == id; });
    EXPECT_NE(it, d.countries.end()) << id;
  }
  auto kursk = std::find_if(d.admin1Regions.begin(), d.admin1Regions.end(), [](const Feature& f) { return f.id == "RU-KRS"; });
  ASSERT_NE(kursk, d.admin1Regions.end());
  EXPECT_EQ(kursk->name, "Kursk");
  EXPECT_FALSE(d.cities.empty());
  EXPECT_FALSE(d.seas.empty());
  EXPECT_FALSE(d.regions.empty());
  EXPECT_FALSE(d.disputed.empty());
  EXPECT_FALSE(d.admin1Lines.segments.empty());
  // The wide views' admin-1 lines: the same boundaries, far fewer segments.
  EXPECT_GT(d.admin1LinesWide.segments.size(), 1000u);
  EXPECT_LT(d.admin1LinesWide.segments.size() * 2, d.admin1Lines.segments.size());
  EXPECT_FALSE(d.rivers.segments.empty());
  for (int l = 0; l < kLodCount; ++l) EXPECT_FALSE(d.lakes[l].indices.empty());
}
