#include "app/cli.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/files.hpp"

namespace wiremap::app {

namespace {

constexpr const char* kUsage = R"(wiremap - see the geography of a news article

Usage:
  wiremap [FILE]                       open the window on FILE (.txt, .html, .json);
                                       without FILE, the bundled sample article
          [--window-size WxH] [--timing] [--frames N] [--drag DX,DY]
          [--select PLACE] [--screenshot OUT.png]
                                       for measurements and tests: print start-up and
                                       frame timings, stop after N frames, move the map
                                       by DX,DY px every frame, select a place, save the
                                       window as a PNG
  wiremap render FILE -o OUT.png [--size WxH] [--view LON,LAT,ZOOM | --fit]
                 [--scale S] [--transparent] [--globe] [--no-report]
                                       render the map of FILE to a PNG, no display needed
  wiremap extract FILE [--format json|geojson] [-o OUT]
                                       print what wiremap extracts from FILE
  wiremap extract --jsonl FILE...      one JSON line per file (the evaluation contract)
  wiremap --help | --version

Offsets in every output are code-point offsets into the article text, end exclusive.
Data: Natural Earth (public domain); GeoNames (CC BY 4.0).
)";

}  // namespace

void printError(const std::string& message) { fmt::print(stderr, "wiremap: {}\n", message); }

bool parseInt(std::string_view s, int& value) {
  const char* end = s.data() + s.size();
  const auto r = std::from_chars(s.data(), end, value);
  return !s.empty() && r.ec == std::errc() && r.ptr == end;
}

bool parseIntPair(std::string_view s, char sep, int& first, int& second) {
  const auto at = s.find(sep);
  return at != std::string_view::npos && parseInt(s.substr(0, at), first) && parseInt(s.substr(at + 1), second);
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty()) {
    const std::string& verb = args[0];
    if (verb == "--help" || verb == "-h" || verb == "help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (verb == "--version") {
      fmt::print("wiremap {}\n", files::version());
      return 0;
    }
    if (verb == "extract") return runExtract({args.begin() + 1, args.end()});
    if (verb == "render") return runRender({args.begin() + 1, args.end()});
    // Anything else is the window's: its options may come before or after FILE.
  }
  return runWindow(args);
}

}  // namespace wiremap::app
