// `wiremap [FILE]`: the window, or, with no display, a PNG of the article's map.
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#include "app/cli.hpp"
#include "app/workbench.hpp"
#include "core/files.hpp"

namespace wiremap::app {

int runWindow(const std::vector<std::string>& args) {
  WorkbenchOptions opts;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool takesValue = a == "--screenshot" || a == "--frames" || a == "--select" || a == "--drag" ||
                            a == "--window-size";
    if (takesValue && i + 1 >= args.size()) {
      printError(fmt::format("{} needs a value (see wiremap --help)", a));
      return 2;
    }
    if (a == "--screenshot") opts.screenshot = args[++i];
    else if (a == "--frames") {
      const std::string& v = args[++i];
      if (!parseInt(v, opts.frames) || opts.frames < 1 || opts.frames > 100000) {
        printError(fmt::format("bad --frames '{}' (1 to 100000)", v));
        return 2;
      }
    } else if (a == "--select") opts.select = args[++i];
    else if (a == "--timing") opts.timing = true;
    else if (a == "--drag") {
      const std::string& v = args[++i];
      int dx = 0, dy = 0;
      if (!parseIntPair(v, ',', dx, dy) || std::abs(dx) > 1000 || std::abs(dy) > 1000) {
        printError(fmt::format("bad --drag '{}' (pixels per frame, e.g. 8,3)", v));
        return 2;
      }
      opts.drag = std::pair{dx, dy};
    } else if (a == "--window-size") {
      const std::string& v = args[++i];
      if (!parseIntPair(v, 'x', opts.width, opts.height) || opts.width < 320 || opts.height < 240 ||
          opts.width > 16384 || opts.height > 16384) {
        printError(fmt::format("bad --window-size '{}' (WIDTHxHEIGHT from 320x240, e.g. 1600x900)", v));
        return 2;
      }
    } else if (a.starts_with("-") && a != "-") {
      printError(fmt::format("unknown option '{}' (see wiremap --help)", a));
      return 2;
    } else if (!opts.file) opts.file = a;
    else {
      printError("one article at a time");
      return 2;
    }
  }
  if (opts.screenshot && opts.frames == 0) opts.frames = 30;
  if (opts.file) {
    std::error_code ec;
    if (!std::filesystem::exists(*opts.file, ec)) {
      printError(fmt::format("{}: no such file", *opts.file));
      return 1;
    }
  }
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((!display || !*display) && (!wayland || !*wayland)) {
    // No display: render the article's map headlessly instead and say where it went.
    const std::string input = opts.file ? *opts.file : files::assetPath("samples/sample-article.txt").string();
    const std::string out = (std::filesystem::current_path() /
                             ("wiremap-" + std::filesystem::path(input).stem().string() + ".png")).string();
    fmt::print(stderr, "wiremap: no display found; rendering {} to a PNG instead\n", input);
    const int code = runRender({input, "-o", out, "--size", "1920x1080"});
    if (code == 0) fmt::print("{}\n", out);
    return code;
  }
  return runWorkbench(opts);
}

}  // namespace wiremap::app
