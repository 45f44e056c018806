// Acceptance: the seed scenario of the workbench (shared/seed/EXPECTED.md). Runs the whole
// pipeline on the seed article read at run time from ../shared; skipped when it is absent.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "app/scene.hpp"
#include "extract/ingest.hpp"
#include "extract/pipeline.hpp"
#include "ui/panels.hpp"

using namespace wiremap;

namespace {

const std::filesystem::path kSeed = std::filesystem::path(WIREMAP_SHARED_DIR) / "seed" / "reuters-korea-japan-us-air-drill.txt";

const Document& seed() {
  static const Document doc = [] {
    auto d = extract::ingestFile(kSeed);
    if (!d) return Document{};
    extract::extractInto(*d, extract::Resources::load());
    return std::move(d.value());
  }();
  return doc;
}

Id placeNamed(const Document& d, std::string_view name) {
  for (std::size_t i = 0; i < d.places.size(); ++i)
    if (d.places[i].name == name) return static_cast<Id>(i);
  return kNone;
}

double dist(double lat1, double lon1, double lat2, double lon2) {
  const double r = M_PI / 180;
  const double a = std::pow(std::sin((lat2 - lat1) * r / 2), 2) + std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
  return 2 * 6371.0 * std::asin(std::sqrt(a));
}

}  // namespace

class Seed : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kSeed)) GTEST_SKIP() << "seed article not present (" << kSeed << ")";
  }
};

TEST_F(Seed, MapShowsTheStoryPlacesAtTheirAnchors) {
  const Document& d = seed();
  const app::Scene scene = app::buildScene(d, {});
  struct Expect {
    const char* name;
    double lat, lon;  // where the marker or highlight anchors (capital for countries)
  };
  for (const Expect& e : {Expect{"Seoul", 37.57, 126.98}, Expect{"Kuala Lumpur", 3.14, 101.69}, Expect{"North Korea", 39.03, 125.75},
                          Expect{"Russia", 55.76, 37.62}, Expect{"Japan", 35.69, 139.69}, Expect{"United States", 38.90, -77.04},
                          Expect{"China", 39.91, 116.39}, Expect{"Ukraine", 50.45, 30.52}, Expect{"Korean Peninsula", 38.0, 127.5}}) {
    const Id id = placeNamed(d, e.name);
    ASSERT_NE(id, kNone) << e.name << " not extracted";
    const auto at = app::placeAnchor(d, id);
    ASSERT_TRUE(at) << e.name << " unresolved";
    EXPECT_LT(dist(at->lat, at->lon, e.lat, e.lon), 161.0) << e.name << " anchored at " << at->lat << "," << at->lon;
  }
  // The Kursk region is highlighted by its admin-1 polygon.
  bool kursk = false;
  for (const auto& h : scene.symbols.highlights) kursk |= h.featureId == "RU-KRS";
  EXPECT_TRUE(kursk);
}

TEST_F(Seed, ClickingSeoulListsCainesQuotes) {
  const Document& d = seed();
  const Id seoul = placeNamed(d, "Seoul");
  ASSERT_NE(seoul, kNone);
  const ui::Related r = ui::relatedToPlace(d, seoul);
  int caine = 0;
  for (Id q : r.quotesSaidAt) caine += d.quotes[q].direct && d.quotes[q].speakerName.find("Caine") != std::string::npos;
  EXPECT_GE(caine, 2) << "Caine's two direct quotes were said in Seoul";
}

TEST_F(Seed, ClickingKualaLumpurListsTheForeignMinistryStatement) {
  const Document& d = seed();
  const Id kl = placeNamed(d, "Kuala Lumpur");
  ASSERT_NE(kl, kNone);
  const ui::Related r = ui::relatedToPlace(d, kl);
  bool ministry = false;
  for (Id q : r.quotesSaidAt) ministry |= d.quotes[q].speakerName.find("Foreign Ministry") != std::string::npos;
  for (Id q : r.quotesAbout) ministry |= d.quotes[q].speakerName.find("Foreign Ministry") != std::string::npos;
  EXPECT_TRUE(ministry);
}

TEST_F(Seed, KurskShowsTheEngineersDeployment) {
  const Document& d = seed();
  Id kursk = kNone;
  for (std::size_t i = 0; i < d.places.size(); ++i)
    if (d.places[i].polygonId == "RU-KRS") kursk = static_cast<Id>(i);
  ASSERT_NE(kursk, kNone);
  const ui::Related r = ui::relatedToPlace(d, kursk);
  bool deployment = false;
  for (Id l : r.links) deployment |= d.links[l].type == LinkType::Deployment;
  EXPECT_TRUE(deployment);
}
