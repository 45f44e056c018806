// Shaded relief: the raster loader's errors, a renderer without a usable raster (missing or
// corrupt file) drawing exactly as without relief, the shader's lon/lat lookup checked
// against the raster sampled on the CPU (Mercator and globe), and golden images.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/files.hpp"
#include "render/png.hpp"
#include "render/relief.hpp"
#include "render_fixture.hpp"

namespace wiremap::render {
namespace {

namespace fs = std::filesystem;
constexpr double kPi = 3.14159265358979323846;

fs::path tempDir() {
  const fs::path d = fs::temp_directory_path() / ("wiremap-relief-test-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

void writeBytes(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// A relief-free map that is all land: quads of `step` degrees over the world (big quads, so a
// lookup by interpolated vertex lon/lat would be visibly off in latitude).
geo::MapData allLand(float step = 5) {
  geo::MapData d;
  for (int lod = 0; lod < geo::kLodCount; ++lod) {
    geo::FillLayer& fill = d.land[lod];
    geo::Chunk c;
    c.bbox = {-180, -90, 180, 90};
    c.first = 0;
    c.feature = 0;
    for (float y = -90; y < 90 - 1e-3f; y += step)
      for (float x = -180; x < 180 - 1e-3f; x += step) {
        const float ye = std::min(y + step, 90.0f);
        const auto i = static_cast<std::uint32_t>(fill.vertices.size());
        fill.vertices.push_back({x, y});
        fill.vertices.push_back({x + step, y});
        fill.vertices.push_back({x + step, ye});
        fill.vertices.push_back({x, ye});
        for (std::uint32_t k : {0u, 1u, 2u, 0u, 2u, 3u}) fill.indices.push_back(i + k);
      }
    c.count = static_cast<std::uint32_t>(fill.indices.size());
    fill.chunks.push_back(c);
  }
  return d;
}

// A renderer with the real relief raster (assets/relief.jpg), or null with a failure.
std::unique_ptr<MapRenderer> reliefRenderer(const RendererOptions& o = {}) {
  if (testing::context() == nullptr) return nullptr;
  auto r = MapRenderer::create(o);
  if (!r) {
    ADD_FAILURE() << r.error().message;
    return nullptr;
  }
  return std::make_unique<MapRenderer>(std::move(r).value());
}

FrameParams koreaJapan() {
  FrameParams f;
  f.centerLon = 132;
  f.centerLat = 37;
  f.zoom = 5;
  f.labels = false;
  f.theme.land = {200, 200, 200, 255};  // mid grey: lit slopes don't clip at white
  return f;
}

Image draw(MapRenderer& r, const FrameParams& f, int w, int h) {
  auto img = renderToImage(r, f, w, h);
  EXPECT_TRUE(img.ok());
  return img ? std::move(img).value() : Image{};
}

// ---- the loader

TEST(ReliefRaster, RejectsWhatIsNotAWorldRaster) {
  auto empty = decodeReliefRaster({}, "x.jpg");
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message.find("x.jpg"), std::string::npos);

  const std::string junk(4096, '\x5a');
  auto garbage = decodeReliefRaster(std::as_bytes(std::span<const char>(junk)), "junk.jpg");
  ASSERT_FALSE(garbage);
  EXPECT_NE(garbage.error().message.find("not a JPEG or PNG"), std::string::npos) << garbage.error().message;

  // A valid PNG of the wrong shape (square).
  Image sq(64, 64);
  auto png = encodePng(sq);
  ASSERT_TRUE(png.ok());
  auto square = decodeReliefRaster(std::as_bytes(std::span<const char>(*png)), "square.png");
  ASSERT_FALSE(square);
  EXPECT_NE(square.error().message.find("2:1"), std::string::npos) << square.error().message;

  // A valid 2:1 PNG decodes to grey.
  Image wide(64, 32);
  for (std::size_t i = 0; i < wide.rgba.size(); ++i) wide.rgba[i] = i % 4 == 3 ? 255 : 90;
  auto ok = decodeReliefRaster(std::as_bytes(std::span<const char>(*encodePng(wide))), "wide.png");
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->width, 64);
  EXPECT_EQ(ok->height, 32);
  EXPECT_EQ(ok->grey.at(100), 90);
}

TEST(ReliefRaster, ShippedAssetIsAWorldRaster) {
  auto r = loadReliefRaster(defaultReliefPath());
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->width, 2 * r->height);
  // Open ocean (mid Pacific) is flat: the raster's flat value.
  const int x = static_cast<int>((-150.0 + 180) / 360 * r->width), y = static_cast<int>((90.0 - 0) / 180 * r->height);
  EXPECT_NEAR(r->grey[static_cast<std::size_t>(y) * r->width + x], kReliefFlat, 2);
}

// ---- missing and corrupt files: reported, and the map draws without relief

TEST(Relief, MissingFileIsReportedAndTheMapDrawsWithout) {
  WIREMAP_REQUIRE_GL();
  const fs::path missing = tempDir() / "no-such-relief.jpg";
  auto r = reliefRenderer({.relief = true, .reliefPath = missing});
  ASSERT_NE(r, nullptr);
  ASSERT_FALSE(r->reliefStatus());
  EXPECT_NE(r->reliefStatus().error().message.find(missing.string()), std::string::npos)
      << r->reliefStatus().error().message;
  r->upload(allLand());
  auto plain = reliefRenderer({.relief = false, .reliefPath = {}});  // no raster at all
  ASSERT_NE(plain, nullptr);
  plain->upload(allLand());
  const FrameParams f = koreaJapan();
  const Image with = draw(*r, f, 160, 120);
  EXPECT_FALSE(r->stats().relief);
  const Image reference = draw(*plain, f, 160, 120);
  EXPECT_EQ(with.rgba, reference.rgba);
}

TEST(Relief, CorruptFileIsReportedAndTheMapDrawsWithout) {
  WIREMAP_REQUIRE_GL();
  const fs::path dir = tempDir();
  writeBytes(dir / "junk.jpg", std::string(100000, '\x33'));
  auto r = reliefRenderer({.relief = true, .reliefPath = dir / "junk.jpg"});
  ASSERT_NE(r, nullptr);
  ASSERT_FALSE(r->reliefStatus());
  EXPECT_NE(r->reliefStatus().error().message.find("junk.jpg"), std::string::npos);

  // A truncated JPEG passes the header probe; decoding (first relief frame) is what fails or
  // yields a partial image. Either way: no crash, and a status that says what happened.
  auto full = files::readAll(defaultReliefPath(), kReliefMaxBytes);
  ASSERT_TRUE(full.ok());
  writeBytes(dir / "truncated.jpg", full->substr(0, 2000));
  auto t = reliefRenderer({.relief = true, .reliefPath = dir / "truncated.jpg"});
  ASSERT_NE(t, nullptr);
  t->upload(allLand());
  const Image img = draw(*t, koreaJapan(), 160, 120);
  EXPECT_EQ(img.width, 160);
  if (!t->reliefStatus()) {
    EXPECT_NE(t->reliefStatus().error().message.find("truncated.jpg"), std::string::npos);
  }

  // loadRelief() with a bad file drops the raster and reports.
  auto good = reliefRenderer();
  ASSERT_NE(good, nullptr);
  ASSERT_TRUE(good->reliefStatus()) << good->reliefStatus().error().message;
  good->upload(allLand());
  draw(*good, koreaJapan(), 64, 48);
  EXPECT_TRUE(good->stats().relief);
  const Status s = good->loadRelief(dir / "junk.jpg");
  ASSERT_FALSE(s);
  EXPECT_FALSE(good->reliefStatus());
  draw(*good, koreaJapan(), 64, 48);
  EXPECT_FALSE(good->stats().relief);
}

TEST(Relief, DisabledByOptionsOrFrameDrawsExactlyAsWithout) {
  WIREMAP_REQUIRE_GL();
  auto r = reliefRenderer();
  ASSERT_NE(r, nullptr);
  r->upload(allLand());
  auto plain = reliefRenderer({.relief = false, .reliefPath = {}});
  ASSERT_NE(plain, nullptr);
  plain->upload(allLand());
  FrameParams f = koreaJapan();
  f.relief = false;
  const Image off = draw(*r, f, 160, 120);
  EXPECT_FALSE(r->stats().relief);
  EXPECT_EQ(off.rgba, draw(*plain, f, 160, 120).rgba);
  f.relief = true;
  const Image on = draw(*r, f, 160, 120);
  EXPECT_TRUE(r->stats().relief);
  EXPECT_NE(on.rgba, off.rgba);
}

// ---- the shader samples the raster at each fragment's lon/lat

// Bilinear sample of the raster at lon/lat (texel centres at half-integers; lon wraps).
double sampleRaster(const ReliefRaster& r, double lon, double lat) {
  const double u = (lon + 180) / 360 * r.width - 0.5, v = std::clamp((90 - lat) / 180 * r.height - 0.5, 0.0, r.height - 1.0);
  const int x0 = static_cast<int>(std::floor(u)), y0 = static_cast<int>(std::floor(v));
  const double tx = u - x0, ty = v - y0;
  auto at = [&](int x, int y) {
    x = ((x % r.width) + r.width) % r.width;
    y = std::min(y, r.height - 1);
    return static_cast<double>(r.grey[static_cast<std::size_t>(y) * r.width + x]);
  };
  return (at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx) * (1 - ty) + (at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx) * ty;
}

double expectedGrey(const Theme& t, double texel) {
  const double h = texel / kReliefFlat - 1;
  const double k = h < 0 ? t.reliefShadow : t.reliefLight;
  return std::clamp(t.land.r * (1 + k * h), 0.0, 255.0);
}

// Mean absolute difference between the image's red channel and the CPU shading, over every
// 7th pixel, with the CPU lookup displaced by (dLon, dLat) degrees. `inverse` maps an image
// pixel centre to lon/lat (false: off the map).
template <class Inverse>
double meanError(const Image& img, const ReliefRaster& r, const Theme& t, Inverse inverse, double dLon, double dLat) {
  double sum = 0;
  int n = 0;
  for (int y = 3; y < img.height; y += 7)
    for (int x = 3; x < img.width; x += 7) {
      double lon = 0, lat = 0;
      if (!inverse(x + 0.5, y + 0.5, lon, lat)) continue;
      sum += std::abs(img.pixel(x, y)[0] - expectedGrey(t, sampleRaster(r, lon + dLon, lat + dLat)));
      ++n;
    }
  return n ? sum / n : 1e9;
}

// Web Mercator: lon/lat of the pixel centre (px, py) in a w x h image of frame f.
void mercatorPixelToLonLat(const FrameParams& f, int w, int h, double px, double py, double& lon, double& lat) {
  const double worldPx = 256 * std::exp2(f.zoom);
  const double my = std::log(std::tan(kPi / 4 + f.centerLat * kPi / 360)) - (py - h / 2.0) * 2 * kPi / worldPx;
  lon = f.centerLon + (px - w / 2.0) * 360 / worldPx;
  lat = std::atan(std::sinh(my)) * 180 / kPi;
}

TEST(Relief, ShadingFollowsTheRasterInMercator) {
  WIREMAP_REQUIRE_GL();
  auto raster = loadReliefRaster(defaultReliefPath());
  ASSERT_TRUE(raster) << raster.error().message;
  auto r = reliefRenderer();
  ASSERT_NE(r, nullptr);
  r->upload(allLand());
  const FrameParams f = koreaJapan();  // ~28 px per degree: the raster's level 0 (22.75 texels/degree)
  const int w = 480, h = 360;
  const Image img = draw(*r, f, w, h);
  auto inverse = [&](double px, double py, double& lon, double& lat) {
    mercatorPixelToLonLat(f, w, h, px, py, lon, lat);
    return true;
  };
  const double exact = meanError(img, *raster, f.theme, inverse, 0, 0);
  const double shifted = meanError(img, *raster, f.theme, inverse, 0.15, -0.15);
  EXPECT_LT(exact, 1.5);
  EXPECT_GT(shifted, exact * 2) << "a lookup displaced by 0.15° should match clearly worse";
}

TEST(Relief, MinifiedMercatorSamplesOneCoarserLevelNearest) {
  // At zoom 3.5 the raster is minified (0.71 px per level-0 texel): the renderer samples mip
  // level 1 (1.41 px per texel) with nearest texels. The CPU builds that level as 2x2 means.
  WIREMAP_REQUIRE_GL();
  auto raster = loadReliefRaster(defaultReliefPath());
  ASSERT_TRUE(raster) << raster.error().message;
  ReliefRaster level1;
  level1.width = raster->width / 2;
  level1.height = raster->height / 2;
  level1.grey.resize(static_cast<std::size_t>(level1.width) * level1.height);
  for (int y = 0; y < level1.height; ++y)
    for (int x = 0; x < level1.width; ++x) {
      auto at = [&](int dx, int dy) { return raster->grey[static_cast<std::size_t>(2 * y + dy) * raster->width + 2 * x + dx]; };
      level1.grey[static_cast<std::size_t>(y) * level1.width + x] =
          static_cast<std::uint8_t>((at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1) + 2) / 4);
    }
  auto r = reliefRenderer();
  ASSERT_NE(r, nullptr);
  r->upload(allLand());
  FrameParams f = koreaJapan();
  f.zoom = 3.5;
  const int w = 480, h = 360;
  const Image img = draw(*r, f, w, h);
  // Nearest texel of level 1, and the share of pixels whose grey matches it within 1.
  int near = 0, total = 0;
  for (int y = 3; y < h; y += 7)
    for (int x = 3; x < w; x += 7) {
      double lon = 0, lat = 0;
      mercatorPixelToLonLat(f, w, h, x + 0.5, y + 0.5, lon, lat);
      const int tx = static_cast<int>(std::floor((lon + 180) / 360 * level1.width)) % level1.width;
      const int ty = std::clamp(static_cast<int>(std::floor((90 - lat) / 180 * level1.height)), 0, level1.height - 1);
      const double want = expectedGrey(f.theme, level1.grey[static_cast<std::size_t>(ty) * level1.width + tx]);
      near += std::abs(img.pixel(x, y)[0] - want) <= 1 ? 1 : 0;
      ++total;
    }
  // Texel edges fall between pixel centres within the triangles' interpolation error, so a
  // few pixels take the neighbouring texel: ~93 % match. Filtered mipmaps (the globe's
  // sampling) match ~83 %.
  EXPECT_GT(near, total * 88 / 100) << near << " of " << total;
}

TEST(Relief, ShadingFollowsTheRasterOnTheGlobe) {
  WIREMAP_REQUIRE_GL();
  auto raster = loadReliefRaster(defaultReliefPath());
  ASSERT_TRUE(raster) << raster.error().message;
  auto r = reliefRenderer();
  ASSERT_NE(r, nullptr);
  r->upload(allLand());
  FrameParams f = koreaJapan();
  f.projectionBlend = 1;
  const int w = 480, h = 360;
  const Image img = draw(*r, f, w, h);
  const double rad = 256 * std::exp2(f.zoom) / (2 * kPi);
  const double phi0 = f.centerLat * kPi / 180;
  auto inverse = [&](double px, double py, double& lon, double& lat) {
    const double x = (px - w / 2.0) / rad, y = -(py - h / 2.0) / rad, rho = std::hypot(x, y);
    if (rho > 0.98) return false;
    const double c = std::asin(rho);
    lat = std::asin(std::cos(c) * std::sin(phi0) + (rho > 0 ? y * std::sin(c) * std::cos(phi0) / rho : 0)) * 180 / kPi;
    lon = f.centerLon + std::atan2(x * std::sin(c), rho * std::cos(phi0) * std::cos(c) - y * std::sin(phi0) * std::sin(c)) * 180 / kPi;
    return true;
  };
  const double exact = meanError(img, *raster, f.theme, inverse, 0, 0);
  const double shifted = meanError(img, *raster, f.theme, inverse, 0.15, -0.15);
  EXPECT_LT(exact, 1.5);
  EXPECT_GT(shifted, exact * 2);
}

// ---- golden images (synthetic all-land map: independent of the map packs)

TEST(Golden, ReliefKoreaJapan) {
  WIREMAP_REQUIRE_GL();
  auto r = reliefRenderer();
  ASSERT_NE(r, nullptr);
  r->upload(allLand());
  FrameParams f = koreaJapan();
  f.theme = Theme{};  // the shipped style: light land, subtle relief
  testing::expectMatchesGolden(draw(*r, f, 480, 360), "relief_korea_japan");
}

TEST(Golden, ReliefGlobe) {
  WIREMAP_REQUIRE_GL();
  auto r = reliefRenderer();
  ASSERT_NE(r, nullptr);
  r->upload(allLand());
  FrameParams f;
  f.centerLon = 90;
  f.centerLat = 30;
  f.zoom = 2.2;
  f.projectionBlend = 1;
  f.labels = false;
  testing::expectMatchesGolden(draw(*r, f, 360, 360), "relief_globe");
}

}  // namespace
}  // namespace wiremap::render
