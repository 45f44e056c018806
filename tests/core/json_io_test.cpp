#include "core/json_io.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <random>

using namespace wiremap;

namespace {

std::string viaTree(const Document& doc, const std::string& source) {
  return toEvalJson(doc, source).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string direct(const Document& doc, const std::string& source) {
  std::string out = "(earlier line)\n";  // the writer appends; it must not touch what is there
  appendEvalJsonLine(doc, source, out);
  EXPECT_EQ(out.substr(0, 15), "(earlier line)\n");
  return out.substr(15);
}

Place place(std::string name, bool resolved, double lat, double lon, std::int64_t id, std::vector<Span> mentions) {
  Place p;
  p.name = std::move(name);
  p.kind = PlaceKind::City;
  p.resolved = resolved;
  p.lat = lat;
  p.lon = lon;
  p.geonameId = id;
  for (Span s : mentions) p.mentions.push_back({s, false, false});
  return p;
}

}  // namespace

TEST(EvalJsonLine, EmptyDocumentMatchesTheTree) {
  Document doc;
  EXPECT_EQ(direct(doc, "empty.txt"), viaTree(doc, "empty.txt"));
  EXPECT_EQ(direct(doc, "empty.txt"), "{\"entities\":[],\"places\":[],\"quotes\":[],\"source\":\"empty.txt\"}\n");
}

TEST(EvalJsonLine, EveryFieldShapeMatchesTheTree) {
  Document doc;
  doc.entities.push_back({{0, 5}, EntityType::PER, 1.0f});
  doc.entities.push_back({{7, 12}, EntityType::LOC, 0.5f});
  doc.places.push_back(place("Port \"Quoted\" \\ Town\n\t\x01", true, 37.5665, 126.978, 1835848, {{7, 12}, {40, 45}}));
  doc.places.push_back(place("Nowhere", false, 10.0, 20.0, 0, {{50, 57}}));       // unresolved: nulls
  doc.places.push_back(place("No id", true, -0.0, 180.0, 0, {{60, 65}}));          // no geonameid key
  doc.places.push_back(place("Tiny", true, 0.0001, -1e-7, 7, {{70, 74}}));         // number formats
  doc.places.push_back(place("Unmentioned", true, 1.0, 2.0, 3, {}));               // skipped
  doc.places.push_back(place("Seoul 서울 “Москва”", true, 1e15, -123456.789, 9, {{80, 85}}));
  Quote q1;  // no cue, no speaker
  q1.content = {100, 140};
  doc.quotes.push_back(q1);
  Quote q2;  // cue, source span and name
  q2.content = {150, 190};
  q2.cue = Span{191, 195};
  q2.source = Span{196, 203};
  q2.speakerName = "Jo \"JJ\" Park";
  q2.direct = true;
  doc.quotes.push_back(q2);
  Quote q3;  // a name without a span
  q3.content = {210, 220};
  q3.speakerName = "the ministry";
  doc.quotes.push_back(q3);
  Quote q4;  // a span without a name
  q4.content = {230, 240};
  q4.source = Span{241, 243};
  doc.quotes.push_back(q4);
  const std::string line = direct(doc, "dir/a \"b\".txt");
  EXPECT_EQ(line, viaTree(doc, "dir/a \"b\".txt"));
  // And it is one valid JSON line carrying what was put in.
  ASSERT_EQ(line.find('\n'), line.size() - 1);
  const auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["places"].size(), 5u);
  EXPECT_TRUE(j["places"][1]["lat"].is_null());
  EXPECT_FALSE(j["places"][2].contains("geonameid"));
  EXPECT_EQ(j["quotes"][1]["speaker"]["name"], "Jo \"JJ\" Park");
  EXPECT_EQ(j["quotes"][3]["speaker"]["start"], 241);
}

TEST(EvalJsonLine, InvalidUtf8IsReplacedAsTheTreeDoes) {
  Document doc;
  doc.places.push_back(place(std::string("bad\xC3") + "\x28name\xFF", true, 1.5, 2.5, 4, {{0, 3}}));
  const std::string source = std::string("path\xE2\x82") + "/x\x80.txt";
  const std::string line = direct(doc, source);
  EXPECT_EQ(line, viaTree(doc, source));
  EXPECT_NE(line.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_TRUE(nlohmann::json::parse(line).is_object());
}

TEST(EvalJsonLine, RandomDocumentsMatchTheTreeByteForByte) {
  std::mt19937_64 rng(20261129);
  const char alphabet[] = "aZ9 \"\\/\n\t\x01\x7f\xC3\xA9\xE2\x80\x9C\xFF.";
  auto str = [&](std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += alphabet[rng() % (sizeof alphabet - 1)];
    return s;
  };
  auto dbl = [&]() {
    switch (rng() % 5) {
      case 0: return std::uniform_real_distribution<double>(-180, 180)(rng);
      case 1: return static_cast<double>(static_cast<int>(rng() % 361) - 180);
      case 2: return std::ldexp(static_cast<double>(rng() % 1000), -static_cast<int>(rng() % 60));
      case 3: return std::numeric_limits<double>::denorm_min() * static_cast<double>(rng() % 7);
      default: return -std::ldexp(1.0 + static_cast<double>(rng() % 97), static_cast<int>(rng() % 70));
    }
  };
  auto span = [&]() {
    const auto a = static_cast<std::uint32_t>(rng() % 100000);
    return Span{a, a + static_cast<std::uint32_t>(rng() % 500)};
  };
  for (int d = 0; d < 400; ++d) {
    Document doc;
    for (std::size_t k = rng() % 30; k > 0; --k)
      doc.entities.push_back({span(), static_cast<EntityType>(rng() % 4), 1.0f});
    for (std::size_t k = rng() % 6; k > 0; --k) {
      std::vector<Span> ms(rng() % 4);
      for (auto& s : ms) s = span();
      Place p = place(str(rng() % 12), rng() % 3 != 0, dbl(), dbl(),
                      rng() % 3 ? static_cast<std::int64_t>(rng() % 20000000) : 0, ms);
      p.kind = static_cast<PlaceKind>(rng() % 8);
      doc.places.push_back(std::move(p));
    }
    for (std::size_t k = rng() % 8; k > 0; --k) {
      Quote q;
      q.content = span();
      q.direct = rng() % 2;
      if (rng() % 2) q.cue = span();
      if (rng() % 2) q.source = span();
      if (rng() % 2) q.speakerName = str(1 + rng() % 10);
      doc.quotes.push_back(std::move(q));
    }
    const std::string source = str(rng() % 20);
    ASSERT_EQ(direct(doc, source), viaTree(doc, source)) << "document " << d;
  }
}
