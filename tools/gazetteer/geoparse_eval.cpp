// Usage: wiremap_geoparse_eval [--time] FILE...
// Loads assets/gazetteer.wmg (via WIREMAP_ASSETS or the usual asset lookup), runs tokenize +
// geoparse on each UTF-8 text file and prints one JSON line per file in the eval contract
// (places only). --time prints load time and throughput (chars/s, geoparse + tokenize) to stderr.
#include <chrono>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "core/document.hpp"
#include "core/files.hpp"
#include "extract/gazetteer.hpp"
#include "extract/geoparse.hpp"
#include "extract/tokenize.hpp"

using namespace wiremap;

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  bool timing = false;
  int first = 1;
  if (argc > 1 && std::string(argv[1]) == "--time") {
    timing = true;
    first = 2;
  }
  const auto t0 = Clock::now();
  auto gaz = extract::Gazetteer::load(files::assetPath("gazetteer.wmg"));
  if (!gaz) {
    std::fprintf(stderr, "%s\n", gaz.error().message.c_str());
    return 1;
  }
  const auto t1 = Clock::now();
  std::size_t chars = 0;
  double work = 0;
  for (int i = first; i < argc; ++i) {
    auto text = files::readAll(argv[i]);
    nlohmann::json line = {{"source", argv[i]}, {"places", nlohmann::json::array()},
                           {"entities", nlohmann::json::array()}, {"quotes", nlohmann::json::array()}};
    if (text) {
      Document doc;
      doc.setText(utf8::repair(*text).text);
      const auto w0 = Clock::now();
      const auto toks = extract::tokenize(doc);
      const auto places = extract::geoparse(doc, toks, **gaz);
      work += std::chrono::duration<double>(Clock::now() - w0).count();
      chars += doc.offsets.size();
      for (const Place& p : places) {
        nlohmann::json j = {{"name", p.name}, {"mentions", nlohmann::json::array()}};
        if (p.resolved) {
          j["lat"] = p.lat;
          j["lon"] = p.lon;
        }
        if (p.geonameId) j["geonameid"] = p.geonameId;
        for (const auto& m : p.mentions) j["mentions"].push_back({{"start", m.span.start}, {"end", m.span.end}});
        line["places"].push_back(std::move(j));
      }
    }
    std::puts(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  }
  if (timing)
    std::fprintf(stderr, "gazetteer load %.1f ms; %zu chars in %.3f s = %.2f MB/s (chars)\n",
                 std::chrono::duration<double, std::milli>(t1 - t0).count(), chars, work,
                 work > 0 ? chars / work / 1e6 : 0.0);
  return 0;
}
