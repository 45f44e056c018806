// Render benchmark: median frame time of the region view (lon 25..145, lat 0..62) at
// 1920x1080 per level of detail (glFinish after each frame, 5 warm-up, 50 timed frames), a
// zoom sweep over Seoul (zoom 3 to 8 at the LOD the renderer picks), and
// 1080p / 4K / 8192x8192 PNG export times end to end (render, readback, encode, atomic write).
//
// Usage: render_bench [map-pack-dir] [out-dir]   (defaults: assets/map, /tmp)
// Env: GALLIUM_DRIVER=llvmpipe MESA_SHADER_CACHE_DISABLE=true for comparable numbers.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <vector>

#include "core/files.hpp"
#include "geo/lod.hpp"
#include "geo/pack.hpp"
#include "platform/headless_context.hpp"
#include "render/map_renderer.hpp"
#include "render/render_target.hpp"

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// CPU time of the whole process (all llvmpipe threads), ms: steadier than wall time on a
// loaded machine.
double cpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

wiremap::render::FrameParams regionView() {
  wiremap::render::FrameParams f;
  f.centerLon = 85;
  f.centerLat = 35.3;  // Mercator middle of lat 0..62
  f.zoom = 4.49;       // 120 degrees of longitude across 1920 px
  f.viewportWidth = 1920;
  f.viewportHeight = 1080;
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace wiremap;
  const auto t0 = Clock::now();
  // --quick: only the default level of detail, no exports (for A/B runs while optimising).
  const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
  if (quick) {
    --argc;
    ++argv;
  }
  const std::filesystem::path dir = argc > 1 ? argv[1] : files::assetDir() / "map";
  const std::filesystem::path out = argc > 2 ? argv[2] : std::filesystem::temp_directory_path();
  auto ctx = platform::HeadlessContext::create();
  if (!ctx) {
    std::fprintf(stderr, "render_bench: %s\n", ctx.error().message.c_str());
    return 1;
  }
  const double tContext = msSince(t0);
  auto t1 = Clock::now();
  auto data = geo::loadMapData(dir);
  if (!data) {
    std::fprintf(stderr, "render_bench: %s\n", data.error().message.c_str());
    return 1;
  }
  const double tLoad = msSince(t1);
  t1 = Clock::now();
  auto renderer = render::MapRenderer::create();
  if (!renderer) {
    std::fprintf(stderr, "render_bench: %s\n", renderer.error().message.c_str());
    return 1;
  }
  const double tCreate = msSince(t1);
  t1 = Clock::now();
  renderer->upload(*data);
  glFinish();
  const double tUpload = msSince(t1);
  std::printf("renderer: %s\n", ctx->renderer());
  std::printf("startup: context %.0f ms, load packs %.0f ms, shaders+font %.0f ms, upload %.0f ms\n", tContext, tLoad,
              tCreate, tUpload);

  auto target = render::OffscreenTarget::create(1920, 1080);
  if (!target) {
    std::fprintf(stderr, "render_bench: %s\n", target.error().message.c_str());
    return 1;
  }
  // Median of 50 full frames (after 5 warm-up), wall and process CPU time.
  auto timeFrames = [&](const char* what, const render::FrameParams& f) {
    for (int i = 0; i < 5; ++i) {
      renderer->render(*target, f);
      glFinish();
    }
    std::vector<double> ms, cpu;
    for (int i = 0; i < 50; ++i) {
      const auto t = Clock::now();
      const double c = cpuMs();
      renderer->render(*target, f);
      glFinish();
      ms.push_back(msSince(t));
      cpu.push_back(cpuMs() - c);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    const auto& s = renderer->stats();
    std::printf("%s 1920x1080, %-16s median %6.2f ms  (p10 %.2f, p90 %.2f; CPU %.2f ms; %zu fill triangles, %zu line segments, %zu draw calls, %zu labels)\n",
                what, geo::lodName(s.lod), ms[25], ms[5], ms[45], cpu[25], s.fillTriangles, s.lineSegments, s.drawCalls, s.labels);
  };
  for (int lod = 0; lod < geo::kLodCount && !quick; ++lod) {
    render::FrameParams f = regionView();
    f.lod = static_cast<geo::Lod>(lod);
    timeFrames("region view", f);
  }
  timeFrames("region view", regionView());
  {
    render::FrameParams f = regionView();
    f.relief = false;
    timeFrames("region view without relief", f);
  }
  {
    // The Korean peninsula and Japan's west (Jeju, Ulleungdo, Tsushima), default LOD.
    render::FrameParams f = regionView();
    f.centerLon = 128.5;
    f.centerLat = 36.5;
    f.zoom = 6.5;
    timeFrames("Korea view", f);
  }
  {
    // The globe facing Korea (dragging it rotates the globe: every frame is a full redraw).
    render::FrameParams f = regionView();
    f.centerLon = 115;
    f.centerLat = 35;
    f.zoom = 2.2;
    f.projectionBlend = 1;
    timeFrames("globe view", f);
  }
  {
    // Panning in the window: renderCached() with the centre moved by whole pixels each frame
    // (8 px west-east, 3 px south-north: a steady drag), so the previous base map is moved
    // and only the uncovered strips are drawn; symbols and labels are drawn anew.
    auto window = render::OffscreenTarget::create(1920, 1080);
    if (!window) return 1;
    render::FrameParams f = regionView();
    const double worldPx = 256.0 * std::exp2(f.zoom);
    std::vector<double> ms, cpu;
    int reused = 0;
    for (int i = 0; i < 65; ++i) {
      f.centerLon += 8 * 360.0 / worldPx;
      const double my = std::asinh(std::tan(f.centerLat * M_PI / 180)) + 3 * 2 * M_PI / worldPx;
      f.centerLat = std::atan(std::sinh(my)) * 180 / M_PI;
      const auto t = Clock::now();
      const double c = cpuMs();
      renderer->renderCached(*window, f);
      glFinish();
      if (i < 5) continue;
      ms.push_back(msSince(t));
      cpu.push_back(cpuMs() - c);
      reused += renderer->stats().panReused ? 1 : 0;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("pan frames (renderCached, 8x3 px per frame), 1920x1080: median %.2f ms (p10 %.2f, p90 %.2f; CPU %.2f ms; %d of %zu frames moved the previous base map)\n",
                ms[ms.size() / 2], ms[ms.size() / 10], ms[ms.size() * 9 / 10], cpu[cpu.size() / 2], reused, ms.size());
  }
  if (quick) return 0;
  // Zooming into the story (every zoom step is a full redraw): East Asia centred on Seoul,
  // zoom 3 to 8, each at the LOD the renderer picks.
  for (double z = 3.0; z <= 8.01; z += 0.5) {
    render::FrameParams f = regionView();
    f.centerLon = 127.0;
    f.centerLat = 37.5;
    f.zoom = z;
    char what[64];
    std::snprintf(what, sizeof what, "zoom %.1f over Seoul", z);
    timeFrames(what, f);
  }
  {
    render::FrameParams f = regionView();
    renderer->render(*target, f);
    std::printf("default LOD for the region view: %s\n", geo::lodName(renderer->stats().lod));
    // An unchanged frame in the window: renderCached() re-presents the previous frame.
    auto window = render::OffscreenTarget::create(1920, 1080);
    if (!window) return 1;
    std::vector<double> ms;
    for (int i = 0; i < 55; ++i) {
      const auto t = Clock::now();
      renderer->renderCached(*window, f);
      glFinish();
      if (i >= 5) ms.push_back(msSince(t));
    }
    std::sort(ms.begin(), ms.end());
    std::printf("unchanged frame re-presented by renderCached(): median %.2f ms\n", ms[25]);
  }
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{3840, 2160}}) {
    render::FrameParams f = regionView();
    f.graticule = true;
    const auto path = out / ("render_bench_" + std::to_string(w) + "x" + std::to_string(h) + ".png");
    std::vector<double> ms;
    for (int i = 0; i < 3; ++i) {
      const auto t = Clock::now();
      auto st = render::renderToPng(*renderer, f, w, h, path);
      if (!st) {
        std::fprintf(stderr, "render_bench: %s\n", st.error().message.c_str());
        return 1;
      }
      ms.push_back(msSince(t));
    }
    std::sort(ms.begin(), ms.end());
    std::printf("PNG export %dx%d: median %.0f ms of 3 (%s, %ju bytes)\n", w, h, ms[1], path.c_str(),
                static_cast<std::uintmax_t>(std::filesystem::file_size(path)));
  }
  {
    // The largest export the app offers: 8192x8192 (tiled when beyond the GL limits).
    render::FrameParams f = regionView();
    const auto path = out / "render_bench_8192x8192.png";
    const auto t = Clock::now();
    auto st = render::renderToPng(*renderer, f, 8192, 8192, path);
    if (!st) {
      std::fprintf(stderr, "render_bench: %s\n", st.error().message.c_str());
      return 1;
    }
    std::printf("PNG export 8192x8192: %.0f ms (%ju bytes)\n", msSince(t),
                static_cast<std::uintmax_t>(std::filesystem::file_size(path)));
  }
  std::printf("process total: %.0f ms\n", msSince(t0));
  return 0;
}
