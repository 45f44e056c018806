// Headless rendering tests: GL handles, shader library, PNG, targets and tiling, map views.
#include <gtest/gtest.h>

#include <unistd.h>

#include <array>
#include <filesystem>
#include <random>
#include <set>

#include "core/files.hpp"
#include "geo/lod.hpp"
#include "geo/pack.hpp"
#include "render/font_atlas.hpp"
#include "render/gl.hpp"
#include "render/render_target.hpp"
#include "render/shader_library.hpp"
#include "render_fixture.hpp"

namespace wiremap::render {
namespace {

using testing::compareImages;
using testing::context;
using testing::renderer;

namespace fs = std::filesystem;

fs::path tempDir() {
  const fs::path d = fs::temp_directory_path() /
                     ("wiremap-render-" + std::to_string(::getpid()) + "-" +
                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

// A view of the synthetic map with every layer kind.
FrameParams syntheticView() {
  FrameParams f;
  f.centerLon = 120;
  f.centerLat = 38;
  f.zoom = 2.6;
  f.graticule = true;
  return f;
}

Symbols syntheticSymbols() {
  Symbols s;
  s.markers = {{{127.0f, 37.5f}, 5, {200, 40, 40, 255}, {255, 255, 255, 255}, 1.5f},
               {{112.0f, 44.0f}, 4, {30, 30, 30, 255}, {255, 255, 255, 255}, 1.5f}};
  s.arcs = {{{112.0f, 44.0f}, {127.0f, 37.5f}, {200, 40, 40, 255}, 2, false, true},
            {{135.0f, 20.0f}, {127.0f, 37.5f}, {40, 90, 160, 255}, 1.5f, true, true}};
  s.highlights = {{"EL", {235, 200, 140, 255}}};
  s.labels = {{"Capital", {127.0f, 37.5f}, 12, {20, 20, 20, 255}, {255, 255, 255, 230}, geo::LabelAnchor::Right, 7, 10}};
  return s;
}

// ---- GL handles

TEST(Gl, HandlesAreMoveOnlyAndTyped) {
  static_assert(!std::is_copy_constructible_v<gl::Buffer>);
  static_assert(!std::is_copy_assignable_v<gl::Texture>);
  static_assert(std::is_nothrow_move_constructible_v<gl::Program>);
  static_assert(!std::is_convertible_v<gl::Texture, gl::Buffer>);
  WIREMAP_REQUIRE_GL();
  gl::Buffer a = gl::Buffer::create();
  EXPECT_TRUE(a);
  gl::Buffer b = std::move(a);
  EXPECT_FALSE(a);  // NOLINT(bugprone-use-after-move): moved-from holds no name
  EXPECT_TRUE(b);
  const std::array<float, 4> data{1, 2, 3, 4};
  b.setData(std::span<const float>(data));
  EXPECT_EQ(b.size(), sizeof data);
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

// ---- shader library

TEST(Shaders, EmbeddedFilesExpandWithLineDirectives) {
  ShaderLibrary lib;
  auto e = lib.expand("line.vert.glsl");
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->text.rfind("#version 330 core", 0), 0u) << "#version must stay first";
  EXPECT_NE(e->text.find("vec3 projectLonLat"), std::string::npos) << "prelude not expanded";
  EXPECT_EQ(e->text.find("#include"), std::string::npos);
  ASSERT_EQ(e->files.size(), 2u);
  EXPECT_EQ(e->files[0], "line.vert.glsl");
  EXPECT_EQ(e->files[1], "prelude.glsl");
  EXPECT_NE(e->text.find("#line 1 1\n"), std::string::npos);
}

TEST(Shaders, PreambleFollowsVersionAndKeepsLineNumbers) {
  WIREMAP_REQUIRE_GL();
  const embedded::EmbeddedFile table[] = {
      {"main.vert.glsl", "#version 330 core\n#ifdef BROKEN\nvoid main() { gl_Position = vec4(undeclaredThing); }\n#else\n"
                         "void main() { gl_Position = vec4(0.0); }\n#endif\n"},
      {"ok.frag.glsl", "#version 330 core\nout vec4 c;\nvoid main() { c = vec4(1.0); }\n"}};
  ShaderLibrary lib(table);
  auto e = lib.expand("main.vert.glsl", "#define BROKEN 1\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->text.rfind("#version 330 core\n#define BROKEN 1\n", 0), 0u) << e->text;
  EXPECT_TRUE(lib.program("main.vert.glsl", "ok.frag.glsl")) << "without the define";
  auto p = lib.program("main.vert.glsl", "ok.frag.glsl", "#define BROKEN 1\n");
  ASSERT_FALSE(p) << "the define reaches the compiler";
  EXPECT_NE(p.error().message.find("main.vert.glsl:3:"), std::string::npos) << "line numbers ignore the preamble: " << p.error().message;
}

TEST(Shaders, MissingIncludeNamesFileAndLine) {
  const embedded::EmbeddedFile table[] = {{"a.glsl", "#version 330 core\n\n#include \"nope.glsl\"\n"}};
  ShaderLibrary lib(table);
  auto e = lib.expand("a.glsl");
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("a.glsl:3"), std::string::npos) << e.error().message;
  EXPECT_NE(e.error().message.find("nope.glsl"), std::string::npos);
}

TEST(Shaders, CompileErrorNamesIncludedFileAndLine) {
  WIREMAP_REQUIRE_GL();
  const embedded::EmbeddedFile table[] = {
      {"main.vert.glsl", "#version 330 core\n#include \"lib.glsl\"\nvoid main() { gl_Position = f(); }\n"},
      {"lib.glsl", "// helper\nvec4 f() {\n  return vec4(undeclaredThing);\n}\n"},
      {"ok.frag.glsl", "#version 330 core\nout vec4 c;\nvoid main() { c = vec4(1.0); }\n"}};
  ShaderLibrary lib(table);
  auto p = lib.program("main.vert.glsl", "ok.frag.glsl");
  ASSERT_FALSE(p);
  EXPECT_NE(p.error().message.find("lib.glsl:3:"), std::string::npos) << p.error().message;
}

TEST(Shaders, AllEmbeddedProgramsCompile) {
  WIREMAP_REQUIRE_GL();
  ASSERT_NE(renderer(), nullptr);
}

TEST(Shaders, MapLogRewritesMesaAndNvidiaFormats) {
  const std::vector<std::string> files = {"a.glsl", "b.glsl"};
  EXPECT_EQ(ShaderLibrary::mapLog("1:7(12): error: x", files), "b.glsl:7: error: x");
  EXPECT_EQ(ShaderLibrary::mapLog("0(4) : error C0000: y", files), "a.glsl:4: error C0000: y");
}

// ---- PNG

TEST(Png, RoundTripsThroughStbImage) {
  Image img(37, 23);
  std::mt19937 rng(7);
  for (auto& v : img.rgba) v = static_cast<std::uint8_t>(rng());
  auto bytes = encodePng(img);
  ASSERT_TRUE(bytes) << bytes.error().message;
  EXPECT_EQ(bytes->substr(1, 3), "PNG");
  const Image back = testing::decodePng(*bytes);
  ASSERT_EQ(back.width, 37);
  ASSERT_EQ(back.height, 23);
  EXPECT_EQ(back.rgba, img.rgba);
}

TEST(Png, IdenticalInputGivesIdenticalBytes) {
  Image img(64, 64);
  for (int y = 0; y < 64; ++y)
    for (int x = 0; x < 64; ++x) {
      std::uint8_t* p = img.pixel(x, y);
      p[0] = static_cast<std::uint8_t>(x * 4);
      p[1] = static_cast<std::uint8_t>(y * 4);
      p[2] = 128;
      p[3] = 255;
    }
  auto a = encodePng(img), b = encodePng(img);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
  img.pixel(10, 10)[0] ^= 1;
  auto c = encodePng(img);
  ASSERT_TRUE(c);
  EXPECT_NE(*a, *c);
}

TEST(Png, RejectsInconsistentImage) {
  Image img(4, 4);
  img.rgba.pop_back();
  EXPECT_FALSE(encodePng(img));
  EXPECT_FALSE(encodePng(Image()));
}

TEST(Png, FailedWriteLeavesNoFile) {
  Image img(8, 8);
  if (::geteuid() == 0) {
    // Root ignores folder permissions; /proc refuses new files for everyone.
    const fs::path p = "/proc/wiremap-render-test.png";
    auto st = writePng(p, img);
    ASSERT_FALSE(st);
    EXPECT_NE(st.error().message.find("wiremap-render-test.png"), std::string::npos) << st.error().message;
    EXPECT_FALSE(fs::exists(p));
    return;
  }
  const fs::path d = tempDir();
  fs::permissions(d, fs::perms::owner_read | fs::perms::owner_exec);
  auto st = writePng(d / "map.png", img);
  fs::permissions(d, fs::perms::owner_all);
  ASSERT_FALSE(st);
  EXPECT_TRUE(fs::is_empty(d)) << "no partial or temporary file may remain";
}

TEST(Png, WritesAtomicallyAndReplacesWhole) {
  const fs::path d = tempDir();
  Image a(16, 16), b(32, 8);
  for (auto& v : a.rgba) v = 200;
  for (auto& v : b.rgba) v = 50;
  ASSERT_TRUE(writePng(d / "m.png", a));
  ASSERT_TRUE(writePng(d / "m.png", b));
  auto bytes = files::readAll(d / "m.png");
  ASSERT_TRUE(bytes);
  const Image back = testing::decodePng(*bytes);
  EXPECT_EQ(back.width, 32);
  EXPECT_EQ(back.rgba, b.rgba);
  int n = 0;
  for (const auto& e : fs::directory_iterator(d)) n += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(n, 1);
}

// ---- font

TEST(Font, BakesAtlasAndMeasuresText) {
  auto font = FontAtlas::loadDefault();
  ASSERT_TRUE(font) << font.error().message;
  EXPECT_TRUE(font->hasGlyph(U'A'));
  EXPECT_TRUE(font->hasGlyph(U'é'));
  const float w1 = font->measure("Seoul", 12), w2 = font->measure("Seoul", 24);
  EXPECT_GT(w1, 15);
  EXPECT_NEAR(w2, 2 * w1, 0.01);
  EXPECT_GT(font->measure("WWW", 12), font->measure("iii", 12));
  EXPECT_EQ(font->layout("a b", 12).size(), 2u) << "space has no quad";
}

// ---- targets and tiling

TEST(Targets, OffscreenReadbackIsTopToBottom) {
  WIREMAP_REQUIRE_GL();
  auto t = OffscreenTarget::create(40, 30);
  ASSERT_TRUE(t) << t.error().message;
  t->beginTile(0);
  glClearColor(0, 0, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_SCISSOR_TEST);
  glScissor(0, 20, 40, 10);  // GL origin bottom-left: the top 10 rows
  glClearColor(1, 0, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  glDisable(GL_SCISSOR_TEST);
  t->endTile(0);
  const Image img = t->readback();
  EXPECT_EQ(img.pixel(5, 2)[0], 255);
  EXPECT_EQ(img.pixel(5, 2)[2], 0);
  EXPECT_EQ(img.pixel(5, 25)[2], 255);
}

TEST(Targets, SplitsIntoTilesBeyondTheLimit) {
  WIREMAP_REQUIRE_GL();
  auto t = OffscreenTarget::create(250, 130, {0, 64});
  ASSERT_TRUE(t);
  EXPECT_EQ(t->tileCount(), 4 * 3);
  const PixelRect last = t->beginTile(t->tileCount() - 1);
  EXPECT_EQ(last.x, 192);
  EXPECT_EQ(last.y, 128);
  EXPECT_EQ(last.width, 58);
  EXPECT_EQ(last.height, 2);
  EXPECT_FALSE(OffscreenTarget::create(0, 10));
}

TEST(Targets, MultisampledTargetResolves) {
  WIREMAP_REQUIRE_GL();
  auto t = OffscreenTarget::create(32, 32, {4, 0});
  ASSERT_TRUE(t) << t.error().message;
  t->beginTile(0);
  glClearColor(0, 1, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  t->endTile(0);
  EXPECT_EQ(t->readback().pixel(16, 16)[1], 255);
}

TEST(Render, TiledRenderMatchesUntiled) {
  WIREMAP_REQUIRE_GL();
  MapRenderer* r = renderer();
  ASSERT_NE(r, nullptr);
  r->upload(testing::syntheticMap());
  r->setSymbols(syntheticSymbols());
  Overlay o;
  o.rects = {{10, 10, 120, 30, {255, 255, 255, 230}, {120, 120, 120, 255}, 1}};
  o.texts = {{"Title of figure", 16, 30, 14, {20, 20, 20, 255}, {0, 0, 0, 0}, TextAnchor::Left}};
  r->setOverlay(o);
  const FrameParams f = syntheticView();
  auto whole = renderToImage(*r, f, 333, 211);
  auto tiled = renderToImage(*r, f, 333, 211, 50);  // 7 x 5 tiles with ragged edges
  r->setOverlay({});
  ASSERT_TRUE(whole && tiled);
  const auto c = compareImages(*whole, *tiled, 8);
  EXPECT_LE(c.mismatched, 3u) << "max diff " << c.maxDiff;
  // And the picture is not blank: several distinct colours.
  std::set<std::uint32_t> colours;
  for (std::size_t i = 0; i < whole->rgba.size(); i += 4)
    colours.insert(static_cast<std::uint32_t>(whole->rgba[i]) << 16 | whole->rgba[i + 1] << 8 | whole->rgba[i + 2]);
  EXPECT_GT(colours.size(), 20u);
}

TEST(Render, HugeImageRendersThroughTiles) {
  WIREMAP_REQUIRE_GL();
  MapRenderer* r = renderer();
  ASSERT_NE(r, nullptr);
  r->upload(testing::syntheticMap());
  r->setSymbols({});
  FrameParams f = syntheticView();
  f.viewportWidth = 1024;  // same area as a 1024 px view, 8x the pixel density
  auto img = renderToImage(*r, f, 8192, 8192, 4096);
  ASSERT_TRUE(img) << img.error().message;
  ASSERT_EQ(img->width, 8192);
  // Land at the centre (lon 120, lat 38 is in Westland/Eastland), water at a corner.
  const std::uint8_t* c = img->pixel(4096 + 200, 4096);
  const Theme t;
  EXPECT_NEAR(c[0], t.land.r, 2);
  EXPECT_NEAR(c[2], t.land.b, 2);
  const std::uint8_t* w = img->pixel(10, 8180);
  EXPECT_NEAR(w[2], t.water.b, 2);
}

// ---- map semantics

Image renderSynthetic(FrameParams f, int w, int h, const Symbols& s = {}) {
  MapRenderer* r = renderer();
  r->upload(testing::syntheticMap());
  r->setSymbols(s);
  auto img = renderToImage(*r, f, w, h);
  EXPECT_TRUE(img);
  return img ? *img : Image();
}

bool near(const std::uint8_t* p, Rgba c, int tol = 3) {
  return std::abs(p[0] - c.r) <= tol && std::abs(p[1] - c.g) <= tol && std::abs(p[2] - c.b) <= tol;
}

TEST(Render, AntimeridianViewShowsBothSides) {
  WIREMAP_REQUIRE_GL();
  FrameParams f;
  f.centerLon = 180;
  f.centerLat = 57;
  f.zoom = 3;
  f.labels = false;
  const Image img = renderSynthetic(f, 200, 200);
  const Theme t;
  // 4 degrees west and east of the dateline, on the Dateline land at lat 60.
  auto west = projectToImage(f, 200, 200, {176, 60});
  auto east = projectToImage(f, 200, 200, {-176, 60});
  ASSERT_TRUE(west && east);
  EXPECT_LT(west->x, 100);
  EXPECT_GT(east->x, 100);
  EXPECT_TRUE(near(img.pixel(static_cast<int>(west->x), static_cast<int>(west->y)), t.land));
  EXPECT_TRUE(near(img.pixel(static_cast<int>(east->x), static_cast<int>(east->y)), t.land));
  auto sea = projectToImage(f, 200, 200, {180, 52});  // south of the Dateline land
  ASSERT_TRUE(sea);
  ASSERT_LT(sea->y, 200);
  EXPECT_TRUE(near(img.pixel(static_cast<int>(sea->x), static_cast<int>(sea->y)), t.water));
}

TEST(Render, GlobeHidesTheBackHemisphere) {
  WIREMAP_REQUIRE_GL();
  FrameParams f;
  f.centerLon = 120;
  f.centerLat = 40;
  f.zoom = 1.3;
  f.projectionBlend = 1;
  f.labels = false;
  Symbols s;
  s.markers = {{{-60.0f, -40.0f}, 30, {255, 0, 0, 255}, {255, 0, 0, 255}, 0}};  // antipode
  const Image img = renderSynthetic(f, 200, 200, s);
  for (std::size_t i = 0; i < img.rgba.size(); i += 4)
    ASSERT_FALSE(img.rgba[i] > 200 && img.rgba[i + 1] < 50) << "back-side marker visible at pixel " << i / 4;
  s.markers[0].at = {120.0f, 40.0f};
  const Image front = renderSynthetic(f, 200, 200, s);
  EXPECT_EQ(front.pixel(100, 100)[0], 255);
  EXPECT_EQ(front.pixel(100, 100)[1], 0);
  // Outside the globe is the background colour.
  EXPECT_TRUE(near(img.pixel(2, 2), Theme{}.background));
}

TEST(Render, TransparentBackgroundKeepsAlphaOnlyOnLand) {
  WIREMAP_REQUIRE_GL();
  FrameParams f = syntheticView();
  f.transparentBackground = true;
  f.graticule = false;
  f.labels = false;
  const Image img = renderSynthetic(f, 300, 200);
  auto land = projectToImage(f, 300, 200, {115, 45});
  auto sea = projectToImage(f, 300, 200, {125, 22});
  auto lake = projectToImage(f, 300, 200, {108, 38});
  ASSERT_TRUE(land && sea && lake);
  EXPECT_EQ(img.pixel(static_cast<int>(lake->x), static_cast<int>(lake->y))[3], 0) << "lakes are holes";
  EXPECT_EQ(img.pixel(static_cast<int>(land->x), static_cast<int>(land->y))[3], 255);
  EXPECT_EQ(img.pixel(static_cast<int>(sea->x), static_cast<int>(sea->y))[3], 0);
}

TEST(Render, HighlightTintsOnlyTheFeature) {
  WIREMAP_REQUIRE_GL();
  FrameParams f = syntheticView();
  f.labels = false;
  f.graticule = false;
  Symbols s;
  s.highlights = {{"EL", {250, 0, 0, 255}}, {"EL-N", {0, 0, 250, 255}}, {"ZZ", {0, 250, 0, 255}}};
  const Image img = renderSynthetic(f, 300, 200, s);
  auto px = [&](float lon, float lat) {
    auto p = projectToImage(f, 300, 200, {lon, lat});
    return img.pixel(static_cast<int>(p->x), static_cast<int>(p->y));
  };
  EXPECT_TRUE(near(px(128, 34), {250, 0, 0, 255}));   // Eastland, south half
  EXPECT_TRUE(near(px(128, 46), {0, 0, 250, 255}));   // admin-1 North Eastland over it
  EXPECT_TRUE(near(px(110, 45), Theme{}.land));       // Westland untouched
}

TEST(Render, LodFollowsZoomAndCanBeForced) {
  FrameParams f;  // at the equator, so geo's zoom rule applies unchanged
  for (double z : {0.5, 2.0, 4.0, 5.0, 6.0, 8.0}) {
    f.zoom = z;
    EXPECT_EQ(lodFor(f, 1000), geo::lodForZoom(z)) << z;
  }
  f.zoom = 1;
  EXPECT_EQ(lodFor(f, 1000), geo::Lod::Coarse);
  f.zoom = 8;
  EXPECT_EQ(lodFor(f, 1000), geo::Lod::Fine);
  f.pixelScale = 2;  // twice the pixels for the same area: finer detail
  f.zoom = 4;
  EXPECT_GE(static_cast<int>(lodFor(f, 1000)), static_cast<int>(geo::lodForZoom(4)));
  f.lod = geo::Lod::Coarse;
  EXPECT_EQ(lodFor(f, 1000), geo::Lod::Coarse);
}

TEST(Render, SameFrameGivesSameBytes) {
  WIREMAP_REQUIRE_GL();
  const FrameParams f = syntheticView();
  MapRenderer* r = renderer();
  r->upload(testing::syntheticMap());
  r->setSymbols(syntheticSymbols());
  auto a = renderToImage(*r, f, 256, 160), b = renderToImage(*r, f, 256, 160);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*encodePng(*a), *encodePng(*b));
}

// ---- golden images

TEST(Golden, SyntheticRegion) {
  WIREMAP_REQUIRE_GL();
  testing::expectMatchesGolden(renderSynthetic(syntheticView(), 480, 300, syntheticSymbols()), "synthetic_region");
}

TEST(Golden, SyntheticGlobe) {
  WIREMAP_REQUIRE_GL();
  FrameParams f = syntheticView();
  f.projectionBlend = 1;
  f.zoom = 1.2;
  testing::expectMatchesGolden(renderSynthetic(f, 300, 300, syntheticSymbols()), "synthetic_globe");
}

// Real Natural Earth packs from assets/map (built by tools/mapgen).
const geo::MapData* realMap() {
  static const std::unique_ptr<geo::MapData> data = [] {
    auto d = geo::loadMapData(files::assetDir() / "map");
    if (!d) {
      std::cerr << "real map data unavailable: " << d.error().message << "\n";
      return std::unique_ptr<geo::MapData>();
    }
    return std::make_unique<geo::MapData>(std::move(d).value());
  }();
  return data.get();
}

Image renderReal(const FrameParams& f, int w, int h, const Symbols& s) {
  MapRenderer* r = renderer();
  r->upload(*realMap());
  r->setSymbols(s);
  auto img = renderToImage(*r, f, w, h);
  EXPECT_TRUE(img);
  return img ? *img : Image();
}

TEST(Golden, RealRegionView) {
  WIREMAP_REQUIRE_GL();
  ASSERT_NE(realMap(), nullptr) << "assets/map packs are required";
  FrameParams f;
  f.centerLon = 85;
  f.centerLat = 33;
  f.zoom = 2.9;  // lon 25..145 across 640 px
  testing::expectMatchesGolden(renderReal(f, 640, 400, {}), "region");
}

TEST(Golden, RealZoomedKorea) {
  WIREMAP_REQUIRE_GL();
  ASSERT_NE(realMap(), nullptr) << "assets/map packs are required";
  FrameParams f;
  f.centerLon = 128;
  f.centerLat = 36.5;
  f.zoom = 5.6;
  Symbols s;
  s.highlights = {{"KR", {236, 214, 170, 255}}};
  s.markers = {{{126.98f, 37.57f}, 4.5f, {196, 30, 40, 255}, {255, 255, 255, 255}, 1.5f}};
  s.labels = {{"Seoul", {126.98f, 37.57f}, 12, {20, 20, 20, 255}, {255, 255, 255, 230}, geo::LabelAnchor::Right, 7, 1}};
  testing::expectMatchesGolden(renderReal(f, 480, 480, s), "korea");
}

}  // namespace
}  // namespace wiremap::render

namespace wiremap::render {
namespace {

TEST(Render, DoubleSizeExportShowsTheSameMap) {
  WIREMAP_REQUIRE_GL();
  ASSERT_NE(realMap(), nullptr);
  FrameParams f;
  f.centerLon = 85;
  f.centerLat = 33;
  f.zoom = 2.9;
  f.viewportWidth = 640;
  f.viewportHeight = 400;
  MapRenderer* r = renderer();
  r->upload(*realMap());
  r->setSymbols({});
  auto small = renderToImage(*r, f, 640, 400);
  const std::size_t labels1x = r->stats().labels;
  auto big = renderToImage(*r, f, 1280, 800);
  const std::size_t labels2x = r->stats().labels;
  ASSERT_TRUE(small && big);
  EXPECT_GT(labels1x, 10u);
  EXPECT_EQ(labels1x, labels2x) << "a 2x export must place the same labels";
  // Box-downsampled 2x image against the 1x image: same picture, sharper edges.
  Image down(640, 400);
  for (int y = 0; y < 400; ++y)
    for (int x = 0; x < 640; ++x)
      for (int k = 0; k < 4; ++k) {
        int sum = 0;
        for (int dy = 0; dy < 2; ++dy)
          for (int dx = 0; dx < 2; ++dx) sum += big->pixel(2 * x + dx, 2 * y + dy)[k];
        down.pixel(x, y)[k] = static_cast<std::uint8_t>((sum + 2) / 4);
      }
  const auto c = compareImages(down, *small, 48);
  EXPECT_LT(c.ratio(), 0.03) << c.mismatched << " pixels differ";
}

}  // namespace
}  // namespace wiremap::render

namespace wiremap::render {
namespace {

int countColour(const Image& img, int x0, int x1, Rgba c, int tol) {
  int n = 0;
  for (int y = 0; y < img.height; ++y)
    for (int x = std::max(0, x0); x < std::min(img.width, x1); ++x) n += near(img.pixel(x, y), c, tol) ? 1 : 0;
  return n;
}

TEST(Render, ArcAcrossTheAntimeridianTakesTheShortWay) {
  WIREMAP_REQUIRE_GL();
  FrameParams f;
  f.centerLon = 180;
  f.centerLat = 40;
  f.zoom = 1.5;
  f.labels = false;
  Symbols s;
  const Rgba red{255, 0, 0, 255};
  s.arcs = {{{139.7f, 35.7f}, {-122.4f, 37.8f}, red, 3, false, false}};  // Tokyo -> San Francisco
  const Image img = renderSynthetic(f, 600, 300, s);
  EXPECT_GT(countColour(img, 290, 310, red, 40), 10) << "the arc must cross the centre (lon 180)";
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

TEST(Render, EveryFeatureDrawsWithoutGlErrors) {
  WIREMAP_REQUIRE_GL();
  FrameParams f = syntheticView();
  Overlay o;
  o.rects = {{4, 4, 100, 20, {255, 255, 255, 200}, {0, 0, 0, 255}, 1}};
  o.texts = {{"Legend", 8, 18, 11, {0, 0, 0, 255}, {255, 255, 255, 255}, TextAnchor::Left}};
  MapRenderer* r = renderer();
  r->upload(testing::syntheticMap());
  r->setSymbols(syntheticSymbols());
  r->setOverlay(o);
  for (float blend : {0.0f, 0.4f, 1.0f}) {
    f.projectionBlend = blend;
    f.transparentBackground = blend > 0.3f;
    auto img = renderToImage(*r, f, 200, 120);
    ASSERT_TRUE(img);
    EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR)) << "blend " << blend;
  }
  // The overlay box and its text: dark text pixels inside the box, its border on the edge.
  f.projectionBlend = 0;
  f.transparentBackground = false;
  auto img = renderToImage(*r, f, 200, 120);
  r->setOverlay({});
  ASSERT_TRUE(img);
  int dark = 0;
  for (int y = 6; y < 23; ++y)
    for (int x = 6; x < 100; ++x) dark += img->pixel(x, y)[0] < 150 ? 1 : 0;
  EXPECT_GT(dark, 30) << "legend text";
  EXPECT_LT(img->pixel(50, 4)[0], 10) << "box outline";
  EXPECT_GT(img->pixel(90, 8)[0], 200) << "box fill";
}

}  // namespace
}  // namespace wiremap::render

namespace wiremap::render {
namespace {

TEST(Render, SegmentsJoiningPlusAndMinus180AreNotDrawnAcrossTheMap) {
  WIREMAP_REQUIRE_GL();
  geo::MapData d;
  for (int lod = 0; lod < geo::kLodCount; ++lod) {
    geo::LineLayer& c = d.coastlines[lod];
    c.points = {{180, 10}, {-180, 10}, {-10, -10}, {10, -10}};
    c.segments = {0, 1, 2, 3};
    c.chunks = {{{-180, 10, 180, 10}, 0, 2, -1}, {{-10, -10, 10, -10}, 2, 2, -1}};
  }
  MapRenderer* r = renderer();
  r->upload(d);
  r->setSymbols({});
  FrameParams f;
  f.zoom = 2;
  f.labels = false;
  f.theme.coastline = {255, 0, 0, 255};
  f.theme.coastlineWidth = 2;
  auto img = renderToImage(*r, f, 300, 200);
  ASSERT_TRUE(img);
  const Rgba red{255, 0, 0, 255};
  auto at = [&](float lon, float lat) {
    auto p = projectToImage(f, 300, 200, {lon, lat});
    return img->pixel(static_cast<int>(p->x), static_cast<int>(p->y));
  };
  EXPECT_FALSE(near(at(0, 10), red, 60)) << "closing edge across the map";
  EXPECT_TRUE(near(at(0, -10), red, 60)) << "an ordinary segment still draws";
}

}  // namespace
}  // namespace wiremap::render

namespace wiremap::render {
namespace {

TEST(Render, CachedFrameIsReusedUntilSomethingChanges) {
  WIREMAP_REQUIRE_GL();
  MapRenderer* r = renderer();
  r->upload(testing::syntheticMap());
  r->setSymbols(syntheticSymbols());
  FrameParams f = syntheticView();
  auto target = OffscreenTarget::create(240, 160);
  ASSERT_TRUE(target);
  r->renderCached(*target, f);
  EXPECT_FALSE(r->lastFrameWasCached());
  const Image first = target->readback();
  // Scribble over the target: a re-presented frame must restore it exactly.
  target->beginTile(0);
  glClearColor(1, 0, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  r->renderCached(*target, f);
  EXPECT_TRUE(r->lastFrameWasCached());
  EXPECT_EQ(target->readback().rgba, first.rgba);
  ASSERT_TRUE(renderToImage(*r, f, 240, 160));  // a plain render elsewhere keeps the cache
  r->renderCached(*target, f);
  EXPECT_TRUE(r->lastFrameWasCached());
  f.zoom += 0.1;
  r->renderCached(*target, f);
  EXPECT_FALSE(r->lastFrameWasCached()) << "view changed";
  r->renderCached(*target, f);
  EXPECT_TRUE(r->lastFrameWasCached());
  r->setSymbols({});
  r->renderCached(*target, f);
  EXPECT_FALSE(r->lastFrameWasCached()) << "symbols changed";
  r->setOverlay({});
  r->renderCached(*target, f);
  EXPECT_FALSE(r->lastFrameWasCached()) << "overlay changed";
  f.theme.land.r ^= 1;
  r->renderCached(*target, f);
  EXPECT_FALSE(r->lastFrameWasCached()) << "theme changed";
}

}  // namespace
}  // namespace wiremap::render

namespace wiremap::render {
namespace {

// The view moved by (dx, dy) image pixels (right, down) in Web Mercator.
FrameParams panned(FrameParams f, int width, double dx, double dy) {
  const double worldPx = 256.0 * std::exp2(f.zoom) * f.pixelScale *
                         (f.viewportWidth > 0 ? static_cast<double>(width) / f.viewportWidth : 1.0);
  f.centerLon -= dx * 360.0 / worldPx;
  const double my = std::asinh(std::tan(f.centerLat * M_PI / 180)) + dy * 2 * M_PI / worldPx;
  f.centerLat = std::atan(std::sinh(my)) * 180 / M_PI;
  return f;
}

TEST(Render, PanReusesTheBaseMapAndMatchesAFullRender) {
  WIREMAP_REQUIRE_GL();
  ASSERT_NE(realMap(), nullptr);
  MapRenderer* r = renderer();
  r->upload(*realMap());
  Symbols s;
  s.markers = {{{126.98f, 37.57f}, 5.0f, {196, 30, 40, 255}, {255, 255, 255, 255}, 1.5f}};
  s.labels = {{"Seoul", {126.98f, 37.57f}, 12, {20, 20, 20, 255}, {255, 255, 255, 230}, geo::LabelAnchor::Right, 7, 1}};
  s.arcs = {{{126.98f, 37.57f}, {139.69f, 35.69f}, {30, 60, 160, 255}, 2.0f, false, true}};
  r->setSymbols(s);
  const int w = 320, h = 200;
  FrameParams f;
  f.centerLon = 128;
  f.centerLat = 37;
  f.zoom = 5;
  auto target = OffscreenTarget::create(w, h);
  ASSERT_TRUE(target);
  r->renderCached(*target, f);
  EXPECT_FALSE(r->stats().panReused) << "nothing to move yet";
  f = panned(f, w, 5, 5);
  r->renderCached(*target, f);
  EXPECT_FALSE(r->stats().panReused) << "the first pan makes the base map's own copy";
  // Two drags in a row (the second moves what the first assembled), both ways on each axis.
  for (auto [dx, dy] : {std::pair{13, -7}, std::pair{-21, 11}, std::pair{0, 30}}) {
    f = panned(f, w, dx, dy);
    r->renderCached(*target, f);
    EXPECT_TRUE(r->stats().panReused) << dx << "," << dy;
    const Image moved = target->readback();
    auto full = renderToImage(*r, f, w, h);
    ASSERT_TRUE(full);
    const auto c = compareImages(moved, *full, 8);
    EXPECT_LE(c.mismatched, 2u) << "pan " << dx << "," << dy << ": max diff " << c.maxDiff;
  }
  // Sub-pixel moves, zoom changes and the globe are drawn in full.
  f = panned(f, w, 0.5, 0);
  r->renderCached(*target, f);
  EXPECT_FALSE(r->stats().panReused) << "half a pixel";
  f.zoom += 0.25;
  r->renderCached(*target, f);
  EXPECT_FALSE(r->stats().panReused) << "zoom";
  f.projectionBlend = 1;
  r->renderCached(*target, f);
  f = panned(f, w, 4, 0);
  r->renderCached(*target, f);
  EXPECT_FALSE(r->stats().panReused) << "globe";
}

// uploadAndRelease() (the app's path: layers uploaded per LOD on first use, geometry released
// from the CPU copy) must draw exactly what upload() draws, at every LOD and in any order of
// first use (the shared line index buffer grows when a longer layer arrives).
TEST(Render, LazyUploadDrawsTheSameAsEagerUploadAtEveryLod) {
  WIREMAP_REQUIRE_GL();
  ASSERT_NE(realMap(), nullptr);
  auto lazy = MapRenderer::create({false, {}});
  ASSERT_TRUE(lazy) << lazy.error().message;
  geo::MapData data = *realMap();
  lazy->uploadAndRelease(data);
  for (int l = 0; l < geo::kLodCount; ++l) {
    EXPECT_TRUE(data.land[l].indices.empty() && data.coastlines[l].segments.empty()) << l;
  }
  EXPECT_TRUE(data.admin1.indices.empty() && data.admin1Lines.segments.empty());
  EXPECT_EQ(data.countries.size(), realMap()->countries.size()) << "feature lists stay";
  EXPECT_EQ(data.admin1Regions.size(), realMap()->admin1Regions.size());

  MapRenderer* eager = renderer();
  eager->upload(*realMap());
  Symbols s;
  s.highlights = {{"KR", {236, 214, 170, 255}}, {"JP-01", {200, 160, 120, 255}}};
  eager->setSymbols(s);
  lazy->setSymbols(s);
  FrameParams f;
  f.centerLon = 132;
  f.centerLat = 38;
  f.zoom = 5.2;
  for (geo::Lod lod : {geo::Lod::Regional, geo::Lod::Coarse, geo::Lod::Fine, geo::Lod::Medium, geo::Lod::Detail,
                       geo::Lod::Regional}) {
    f.lod = lod;
    auto a = renderToImage(*eager, f, 320, 240), b = renderToImage(*lazy, f, 320, 240);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(eager->stats().lod, lod);
    EXPECT_EQ(lazy->stats().lod, lod);
    EXPECT_EQ(eager->stats().fillTriangles, lazy->stats().fillTriangles) << static_cast<int>(lod);
    EXPECT_EQ(eager->stats().lineSegments, lazy->stats().lineSegments) << static_cast<int>(lod);
    EXPECT_TRUE(a->rgba == b->rgba) << "LOD " << static_cast<int>(lod) << " differs";
  }
  // Chosen by zoom (no forced LOD), on the globe too.
  f.lod.reset();
  for (double z : {1.0, 3.5, 4.5, 6.0, 7.5}) {
    f.zoom = z;
    f.projectionBlend = z < 2 ? 1.0f : 0.0f;
    auto a = renderToImage(*eager, f, 320, 240), b = renderToImage(*lazy, f, 320, 240);
    ASSERT_TRUE(a && b);
    EXPECT_TRUE(a->rgba == b->rgba) << "zoom " << z << " differs";
  }
}

}  // namespace
}  // namespace wiremap::render
