// Implementation of the shared render-test fixture (render_fixture.hpp) and tests of the
// fixture's own comparison, so a broken comparison can't silently pass golden tests.
#include "render_fixture.hpp"

#include <cstdio>
#include <iostream>

#include "core/files.hpp"

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

namespace wiremap::render::testing {

namespace {
struct Globals {
  std::unique_ptr<platform::HeadlessContext> context;
  std::unique_ptr<MapRenderer> renderer;
  bool tried = false;
};
Globals& globals() {
  static Globals g;  // test-only process state; destroyed by the environment below
  return g;
}
class ContextEnvironment : public ::testing::Environment {
 public:
  void TearDown() override {
    globals().renderer.reset();  // GL objects die while the context is current
    globals().context.reset();
  }
};
const auto* const kEnv = ::testing::AddGlobalTestEnvironment(new ContextEnvironment);
}  // namespace

platform::HeadlessContext* context() {
  Globals& g = globals();
  if (!g.tried) {
    g.tried = true;
    auto c = platform::HeadlessContext::create();
    if (!c) {
      std::cerr << "headless context: " << c.error().message << "\n";
      return nullptr;
    }
    g.context = std::make_unique<platform::HeadlessContext>(std::move(c).value());
  }
  return g.context.get();
}

MapRenderer* renderer() {
  Globals& g = globals();
  if (g.renderer) return g.renderer.get();
  if (context() == nullptr) return nullptr;
  // No relief raster: the golden images predating relief stay relief-free whatever their
  // FrameParams say; relief tests create their own renderer (relief_test.cpp).
  auto r = MapRenderer::create({.relief = false, .reliefPath = {}});
  if (!r) {
    ADD_FAILURE() << "MapRenderer::create: " << r.error().message;
    return nullptr;
  }
  g.renderer = std::make_unique<MapRenderer>(std::move(r).value());
  return g.renderer.get();
}

namespace {
// A rectangle [x0,x1]x[y0,y1] as a grid of quads (cells of `step` degrees) appended to `fill`,
// its outline to `line`; one chunk each, feature `feature`.
void addRect(geo::FillLayer& fill, geo::LineLayer* line, float x0, float y0, float x1, float y1, int feature,
             float step = 1.0f) {
  geo::Chunk c;
  c.bbox = {x0, y0, x1, y1};
  c.first = static_cast<std::uint32_t>(fill.indices.size());
  c.feature = feature;
  for (float y = y0; y < y1 - 1e-4f; y += step)
    for (float x = x0; x < x1 - 1e-4f; x += step) {
      const float xe = std::min(x + step, x1), ye = std::min(y + step, y1);
      const auto i = static_cast<std::uint32_t>(fill.vertices.size());
      fill.vertices.push_back({x, y});
      fill.vertices.push_back({xe, y});
      fill.vertices.push_back({xe, ye});
      fill.vertices.push_back({x, ye});
      for (std::uint32_t k : {0u, 1u, 2u, 0u, 2u, 3u}) fill.indices.push_back(i + k);
    }
  c.count = static_cast<std::uint32_t>(fill.indices.size()) - c.first;
  fill.chunks.push_back(c);
  if (line == nullptr) return;
  geo::Chunk lc;
  lc.bbox = c.bbox;
  lc.first = static_cast<std::uint32_t>(line->segments.size());
  const geo::LonLat corners[4] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  for (int e = 0; e < 4; ++e) {
    const geo::LonLat a = corners[e], b = corners[(e + 1) % 4];
    const int n = 8;
    for (int k = 0; k < n; ++k) {
      const auto i = static_cast<std::uint32_t>(line->points.size());
      const float t0 = static_cast<float>(k) / n, t1 = static_cast<float>(k + 1) / n;
      line->points.push_back({a.lon + (b.lon - a.lon) * t0, a.lat + (b.lat - a.lat) * t0});
      line->points.push_back({a.lon + (b.lon - a.lon) * t1, a.lat + (b.lat - a.lat) * t1});
      line->segments.push_back(i);
      line->segments.push_back(i + 1);
    }
  }
  lc.count = static_cast<std::uint32_t>(line->segments.size()) - lc.first;
  line->chunks.push_back(lc);
}

geo::Feature feature(std::string name, std::string id, geo::FeatureKind kind, float lon, float lat, int rank) {
  geo::Feature f;
  f.name = std::move(name);
  f.id = std::move(id);
  f.kind = kind;
  f.labelPoint = {lon, lat};
  f.labelRank = static_cast<std::uint8_t>(rank);
  return f;
}
}  // namespace

geo::MapData syntheticMap() {
  geo::MapData d;
  d.countries = {feature("Westland", "WL", geo::FeatureKind::Country, 110, 40, 2),
                 feature("Eastland", "EL", geo::FeatureKind::Country, 128, 40, 2),
                 feature("Isle", "IS", geo::FeatureKind::Country, 135, 20, 3),
                 feature("Dateline", "DL", geo::FeatureKind::Country, 178, 60, 3),
                 feature("Dateline", "DL", geo::FeatureKind::Country, -178, 60, 3)};
  d.seas = {feature("Quiet Sea", "", geo::FeatureKind::Sea, 120, 25, 1)};
  d.admin1Regions = {feature("North Eastland", "EL-N", geo::FeatureKind::Admin1, 128, 45, 5)};
  for (int lod = 0; lod < geo::kLodCount; ++lod) {
    const float step = lod == 0 ? 4.0f : lod == 1 ? 2.0f : 1.0f;
    addRect(d.land[lod], &d.coastlines[lod], 100, 30, 120, 50, 0, step);
    addRect(d.land[lod], &d.coastlines[lod], 120, 30, 136, 50, 1, step);
    addRect(d.land[lod], &d.coastlines[lod], 130, 15, 140, 25, 2, step);
    addRect(d.land[lod], &d.coastlines[lod], 172, 55, 180, 65, 3, step);
    addRect(d.land[lod], &d.coastlines[lod], -180, 55, -172, 65, 4, step);
    addRect(d.lakes[lod], nullptr, 106, 36, 110, 40, -1, step);
    // The shared border at lon 120.
    geo::LineLayer& b = d.borders[lod];
    geo::Chunk c;
    c.bbox = {120, 30, 120, 50};
    c.first = 0;
    for (int k = 0; k < 20; ++k) {
      const auto i = static_cast<std::uint32_t>(b.points.size());
      b.points.push_back({120, 30.0f + static_cast<float>(k)});
      b.points.push_back({120, 31.0f + static_cast<float>(k)});
      b.segments.push_back(i);
      b.segments.push_back(i + 1);
    }
    c.count = static_cast<std::uint32_t>(b.segments.size());
    b.chunks.push_back(c);
  }
  addRect(d.admin1, &d.admin1Lines, 120, 40, 136, 50, 0, 1.0f);
  return d;
}

Comparison compareImages(const Image& a, const Image& b, int threshold, Image* diff) {
  Comparison c;
  if (a.width != b.width || a.height != b.height) {
    c.total = 1;
    c.mismatched = 1;
    c.maxDiff = 255;
    return c;
  }
  if (diff != nullptr) *diff = Image(a.width, a.height);
  c.total = static_cast<std::size_t>(a.width) * static_cast<std::size_t>(a.height);
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const std::uint8_t* p = a.pixel(x, y);
      const std::uint8_t* q = b.pixel(x, y);
      int d = 0;
      for (int k = 0; k < 4; ++k) d = std::max(d, std::abs(static_cast<int>(p[k]) - static_cast<int>(q[k])));
      c.maxDiff = std::max(c.maxDiff, d);
      const bool bad = d > threshold;
      c.mismatched += bad ? 1 : 0;
      if (diff != nullptr) {
        std::uint8_t* o = diff->pixel(x, y);
        // Mismatches in red over a faded copy of the expected image.
        const auto fade = static_cast<std::uint8_t>(200 + (q[0] + q[1] + q[2]) / 3 * 55 / 255);
        o[0] = bad ? 255 : fade;
        o[1] = bad ? 0 : fade;
        o[2] = bad ? 0 : fade;
        o[3] = 255;
      }
    }
  return c;
}

Image decodePng(const std::string& bytes) {
  int w = 0, h = 0, n = 0;
  stbi_uc* px = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()),
                                      &w, &h, &n, 4);
  Image img;
  if (px == nullptr) return img;
  img = Image(w, h);
  std::copy(px, px + img.rgba.size(), img.rgba.begin());
  stbi_image_free(px);
  return img;
}

void expectMatchesGolden(const Image& actual, const std::string& name, int threshold, double allowedRatio) {
  const std::filesystem::path expectedPath = std::filesystem::path(WIREMAP_TEST_DATA_DIR) / "golden" / (name + ".png");
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    ASSERT_TRUE(writePng(expectedPath, actual)) << "could not write " << expectedPath;
    std::cerr << "[golden] rebaselined " << expectedPath << "\n";
    return;
  }
  auto bytes = files::readAll(expectedPath, 256u << 20);
  ASSERT_TRUE(bytes) << bytes.error().message << " (run with UPDATE_GOLDEN=1 to create it)";
  const Image expected = decodePng(*bytes);
  ASSERT_GT(expected.width, 0) << "undecodable " << expectedPath;
  Image diff;
  const Comparison c = compareImages(actual, expected, threshold, &diff);
  if (c.ratio() > allowedRatio) {
    const std::filesystem::path dir = std::filesystem::current_path() / "golden-failures";
    std::filesystem::create_directories(dir);
    const auto a = dir / (name + ".actual.png"), dp = dir / (name + ".diff.png");
    (void)writePng(a, actual);
    if (diff.width > 0) (void)writePng(dp, diff);
    ADD_FAILURE() << "golden " << name << ": " << c.mismatched << " of " << c.total << " pixels differ by more than "
                  << threshold << " (ratio " << c.ratio() << " > " << allowedRatio << ", max diff " << c.maxDiff
                  << ", size " << actual.width << "x" << actual.height << " vs " << expected.width << "x"
                  << expected.height << ").\n  actual: " << a << "\n  diff:   " << dp
                  << "\n  expected: " << expectedPath << "\n  rebaseline with UPDATE_GOLDEN=1 if the change is intended";
  }
}

// ---- tests of the comparison itself

TEST(Fixture, ComparisonCountsPixelsOverThreshold) {
  Image a(10, 10), b(10, 10);
  for (auto& v : a.rgba) v = 100;
  b = a;
  b.pixel(3, 4)[1] = 130;  // over threshold 24
  b.pixel(5, 5)[0] = 110;  // under
  const Comparison c = compareImages(a, b, 24);
  EXPECT_EQ(c.mismatched, 1u);
  EXPECT_EQ(c.maxDiff, 30);
  EXPECT_EQ(c.total, 100u);
  Image small(5, 5);
  EXPECT_EQ(compareImages(a, small, 24).ratio(), 1.0);
}

}  // namespace wiremap::render::testing
