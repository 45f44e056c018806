// `wiremap render FILE -o OUT.png`: the article's map as a report-ready PNG, headless.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <system_error>

#include "app/cli.hpp"
#include "app/map_session.hpp"
#include "app/scene.hpp"
#include "core/files.hpp"
#include "extract/ingest.hpp"
#include "extract/pipeline.hpp"
#include "platform/headless_context.hpp"

namespace wiremap::app {
namespace {

bool parseView(std::string_view s, double& lon, double& lat, double& zoom) {
  double v[3];
  const char* p = s.data();
  const char* end = s.data() + s.size();
  for (int i = 0; i < 3; ++i) {
    auto r = std::from_chars(p, end, v[i]);
    if (r.ec != std::errc()) return false;
    p = r.ptr;
    if (i < 2) {
      if (p == end || *p != ',') return false;
      ++p;
    }
  }
  if (p != end) return false;
  lon = v[0], lat = v[1], zoom = v[2];
  return lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85 && zoom >= 0 && zoom <= 12;
}

}  // namespace

int runRender(const std::vector<std::string>& args) {
  RenderRequest req;
  std::string input;
  bool scaleGiven = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto need = [&](const char* what) -> const std::string* {
      if (i + 1 >= args.size()) {
        printError(fmt::format("render: {} needs a value", what));
        return nullptr;
      }
      return &args[++i];
    };
    if (a == "-o" || a == "--output") {
      auto v = need("-o");
      if (!v) return 2;
      req.output = *v;
    } else if (a == "--size") {
      auto v = need("--size");
      if (!v) return 2;
      if (!parseIntPair(*v, 'x', req.width, req.height) || req.width < 16 || req.height < 16 || req.width > 16384 ||
          req.height > 16384) {
        printError(fmt::format("render: bad size '{}' (WIDTHxHEIGHT, each 16 to 16384, e.g. 1920x1080)", *v));
        return 2;
      }
    } else if (a == "--view") {
      auto v = need("--view");
      if (!v) return 2;
      double lon, lat, zoom;
      if (!parseView(*v, lon, lat, zoom)) {
        printError(fmt::format("render: bad view '{}' (LON,LAT,ZOOM with lon -180..180, lat -85..85, zoom 0..12)", *v));
        return 2;
      }
      req.view = RenderRequest::View{lon, lat, zoom};
    } else if (a == "--fit") {
      req.fit = true;
    } else if (a == "--region") {
      req.region = true;
    } else if (a == "--scale") {
      auto v = need("--scale");
      if (!v) return 2;
      double s = 0;
      auto r = std::from_chars(v->data(), v->data() + v->size(), s);
      if (r.ec != std::errc() || r.ptr != v->data() + v->size() || s < 0.25 || s > 8) {
        printError(fmt::format("render: bad scale '{}' (0.25 to 8)", *v));
        return 2;
      }
      req.scale = static_cast<float>(s);
      scaleGiven = true;
    } else if (a == "--transparent") {
      req.transparent = true;
    } else if (a == "--globe") {
      req.globe = true;
    } else if (a == "--no-report") {
      req.report = false;
    } else if (a.starts_with("-") && a.size() > 1) {
      printError(fmt::format("render: unknown option '{}' (see wiremap --help)", a));
      return 2;
    } else if (input.empty()) {
      input = a;
    } else {
      printError(fmt::format("render: more than one input file ('{}' and '{}')", input, a));
      return 2;
    }
  }
  if (!scaleGiven) {
    // Lay reports out at about 1920x1080 logical pixels: a 4K or A4 export is the HD figure at a
    // higher resolution (same type sizes relative to the map), not a smaller-looking map.
    req.scale = static_cast<float>(std::max(1.0, std::min(req.width / 1920.0, req.height / 1080.0)));
  }
  if (input.empty()) {
    printError("render: no input file (wiremap render FILE -o OUT.png)");
    return 2;
  }
  if (req.output.empty()) {
    printError("render: no output file (-o OUT.png)");
    return 2;
  }
  {
    const std::filesystem::path out(req.output);
    const auto dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      printError(fmt::format("{}: cannot write: folder {} does not exist", req.output, dir.string()));
      return 1;
    }
  }
  auto doc = extract::ingestFile(input);
  if (!doc) {
    printError(doc.error().message);
    return 1;
  }
  const extract::Resources res = extract::Resources::load();
  for (const auto& w : res.warnings) printError(fmt::format("warning: {}", w));
  extract::extractInto(*doc, res);

  auto ctx = platform::HeadlessContext::create();
  if (!ctx) {
    printError(ctx.error().message);
    return 1;
  }
  auto session = MapSession::create();
  if (!session) {
    printError(session.error().message);
    return 1;
  }
  if (auto st = session->renderReport(*doc, req); !st) {
    printError(st.error().message);
    return 1;
  }
  fmt::print(stderr, "wiremap: wrote {} ({}x{})\n", req.output, req.width, req.height);
  return 0;
}

}  // namespace wiremap::app
