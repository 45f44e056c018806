// Gazetteer asset: loading, folding, lookups and corruption handling.
#include "extract/gazetteer.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/files.hpp"

namespace wiremap::extract {
namespace {

namespace fs = std::filesystem;

fs::path assetFile() { return files::assetPath("gazetteer.wmg"); }

std::string readBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path writeTemp(const std::string& name, const std::string& bytes) {
  const fs::path p = fs::temp_directory_path() / ("wiremap_gaz_test_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return p;
}

TEST(Gazetteer, FoldsNamesForTheIndex) {
  std::string out;
  ASSERT_TRUE(foldName("Zürich", out));
  EXPECT_EQ(out, "zurich");
  ASSERT_TRUE(foldName("U.S.", out));
  EXPECT_EQ(out, "us");
  ASSERT_TRUE(foldName("Indo-Pacific", out));
  EXPECT_EQ(out, "indo pacific");
  ASSERT_TRUE(foldName("  Łódź   Voivodeship ", out));
  EXPECT_EQ(out, "lodz voivodeship");
  ASSERT_TRUE(foldName("Côte d\xE2\x80\x99Ivoire", out));  // curly apostrophe dropped
  EXPECT_EQ(out, "cote divoire");
  EXPECT_FALSE(foldName("Москва", out));  // not held by the index
  EXPECT_FALSE(foldName("a,b", out));
  EXPECT_FALSE(foldName("...", out));
}

TEST(Gazetteer, LoadsQuicklyAndFindsPlaces) {
  const auto t0 = std::chrono::steady_clock::now();
  auto gaz = Gazetteer::load(assetFile());
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(gaz.ok()) << gaz.error().message;
  RecordProperty("load_ms", std::to_string(ms));
  EXPECT_LT(ms, 250.0) << "gazetteer load took " << ms << " ms (target 30 ms)";
  const Gazetteer& g = **gaz;
  EXPECT_GT(g.size(), 150000u);

  auto seoul = g.find("seoul");
  ASSERT_TRUE(seoul.found());
  bool cityInKorea = false;
  for (auto p : seoul.postings) {
    const auto& e = g.entry(p & kPostingIndexMask);
    if (e.kind == static_cast<std::uint8_t>(PlaceKind::City) && g.countryCode(e) == "KR" && e.population > 5000000) {
      cityInKorea = true;
      EXPECT_NEAR(e.lat, 37.57, 0.2);
      EXPECT_NEAR(e.lon, 126.98, 0.2);
    }
  }
  EXPECT_TRUE(cityInKorea);

  // Countries: own point, capital as anchor, ISO code as polygon id.
  const auto kr = g.countryIndex("KR");
  ASSERT_GE(kr, 0);
  const auto& korea = g.entry(static_cast<std::uint32_t>(kr));
  EXPECT_EQ(g.name(korea), "South Korea");
  EXPECT_EQ(g.polygonId(korea), "KR");
  EXPECT_NEAR(korea.anchorLat, 37.57, 0.2);
  EXPECT_NEAR(korea.anchorLon, 126.98, 0.2);

  // Demonyms and abbreviations are flagged postings of the country.
  auto russian = g.find("russian");
  ASSERT_TRUE(russian.found());
  EXPECT_TRUE(russian.postings[0] & kPostingDemonym);
  EXPECT_EQ(g.countryCode(g.entry(russian.postings[0] & kPostingIndexMask)), "RU");
  auto us = g.find("us");
  ASSERT_TRUE(us.found());
  EXPECT_EQ(g.name(g.entry(us.postings[0] & kPostingIndexMask)), "United States");

  // Admin-1 with ISO 3166-2 polygon id.
  auto kursk = g.find("kursk");
  ASSERT_TRUE(kursk.found());
  bool oblast = false;
  for (auto p : kursk.postings)
    if (g.polygonId(g.entry(p & kPostingIndexMask)) == "RU-KRS") oblast = true;
  EXPECT_TRUE(oblast);

  // Our own regions table.
  auto indo = g.find("indo pacific");
  ASSERT_TRUE(indo.found());
  EXPECT_EQ(g.entry(indo.postings[0]).kind, static_cast<std::uint8_t>(PlaceKind::Region));

  // Flags: common words and person names.
  auto reading = g.find("reading");
  ASSERT_TRUE(reading.found());
  EXPECT_TRUE(reading.keyFlags & kKeyCommonWord);
  auto kim = g.find("jordan");
  ASSERT_TRUE(kim.found());
  EXPECT_TRUE(kim.keyFlags & kKeyPersonName);

  EXPECT_FALSE(g.find("no such place anywhere").found());
}

TEST(Gazetteer, CountiesRiversAndCountryIds) {
  auto gaz = Gazetteer::load(assetFile());
  ASSERT_TRUE(gaz.ok()) << gaz.error().message;
  const Gazetteer& g = **gaz;
  auto butler = g.find("butler county");
  ASSERT_TRUE(butler.found());
  int counties = 0;
  for (auto p : butler.postings) {
    const auto& e = g.entry(p & kPostingIndexMask);
    if (e.rank != kRankAdmin2) continue;
    ++counties;
    EXPECT_EQ(e.kind, static_cast<std::uint8_t>(PlaceKind::Other));
    EXPECT_EQ(g.countryCode(e), "US");
    ASSERT_GE(e.parent, 0);
    EXPECT_EQ(g.entry(static_cast<std::uint32_t>(e.parent)).kind, static_cast<std::uint8_t>(PlaceKind::Admin1));
  }
  EXPECT_GE(counties, 5);  // Alabama, Iowa, Kansas, Kentucky, Missouri, Nebraska, Ohio, Pennsylvania
  auto parish = g.find("rapides parish");
  ASSERT_TRUE(parish.found());
  auto tumen = g.find("tumen river");
  ASSERT_TRUE(tumen.found());
  EXPECT_EQ(g.entry(tumen.postings[0] & kPostingIndexMask).kind, static_cast<std::uint8_t>(PlaceKind::Water));
  const std::int32_t jp = g.countryIndex("JP");
  ASSERT_GE(jp, 0);
  EXPECT_EQ(g.entry(static_cast<std::uint32_t>(jp)).geonameId, 1861060u);
}

TEST(Gazetteer, MissingFileIsAnErrorNamingIt) {
  auto gaz = Gazetteer::load("/nonexistent/dir/gazetteer.wmg");
  ASSERT_FALSE(gaz.ok());
  EXPECT_NE(gaz.error().message.find("/nonexistent/dir/gazetteer.wmg"), std::string::npos);
}

TEST(Gazetteer, CorruptOrTruncatedFilesAreErrors) {
  const std::string bytes = readBytes(assetFile());
  ASSERT_GT(bytes.size(), 1000u);

  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x5A;
  const fs::path p1 = writeTemp("flipped.wmg", flipped);
  auto r1 = Gazetteer::load(p1);
  ASSERT_FALSE(r1.ok());
  EXPECT_NE(r1.error().message.find(p1.string()), std::string::npos);
  EXPECT_NE(r1.error().message.find("checksum"), std::string::npos) << r1.error().message;

  const fs::path p2 = writeTemp("truncated.wmg", bytes.substr(0, bytes.size() - 4096));
  auto r2 = Gazetteer::load(p2);
  ASSERT_FALSE(r2.ok());
  EXPECT_NE(r2.error().message.find("truncated"), std::string::npos) << r2.error().message;

  const fs::path p3 = writeTemp("tiny.wmg", bytes.substr(0, 40));
  auto r3 = Gazetteer::load(p3);
  ASSERT_FALSE(r3.ok());
  EXPECT_NE(r3.error().message.find("truncated"), std::string::npos) << r3.error().message;

  std::string magic = bytes;
  magic[0] = 'X';
  const fs::path p4 = writeTemp("magic.wmg", magic);
  auto r4 = Gazetteer::load(p4);
  ASSERT_FALSE(r4.ok());
  EXPECT_NE(r4.error().message.find("magic"), std::string::npos) << r4.error().message;

  std::string version = bytes;
  version[8] = 9;
  const fs::path p5 = writeTemp("version.wmg", version);
  auto r5 = Gazetteer::load(p5);
  ASSERT_FALSE(r5.ok());
  EXPECT_NE(r5.error().message.find("version"), std::string::npos) << r5.error().message;

  for (const auto& p : {p1, p2, p3, p4, p5}) fs::remove(p);
}

TEST(Gazetteer, DistanceIsGreatCircleKm) {
  EXPECT_NEAR(distanceKm(37.57, 126.98, 35.69, 139.69), 1153, 15);  // Seoul - Tokyo
  EXPECT_NEAR(distanceKm(0, 179.5, 0, -179.5), 111.2, 1);           // across the antimeridian
}

}  // namespace
}  // namespace wiremap::extract
