// `wiremap extract`: the extraction results as JSON, GeoJSON or eval JSON Lines.
#include <fmt/format.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/cli.hpp"
#include "core/files.hpp"
#include "core/json_io.hpp"
#include "extract/ingest.hpp"
#include "extract/pipeline.hpp"

namespace wiremap::app {

int runExtract(const std::vector<std::string>& args) {
  bool jsonl = false;
  std::string format = "json", out;
  std::vector<std::string> inputs;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--jsonl") jsonl = true;
    else if (a == "--format" && i + 1 < args.size()) format = args[++i];
    else if (a.starts_with("--format=")) format = a.substr(9);
    else if ((a == "-o" || a == "--output") && i + 1 < args.size()) out = args[++i];
    else if (a.starts_with("-") && a.size() > 1) {
      printError(fmt::format("extract: unknown option '{}'", a));
      return 2;
    } else inputs.push_back(a);
  }
  if (format != "json" && format != "geojson") {
    printError(fmt::format("extract: unknown format '{}' (json or geojson)", format));
    return 2;
  }
  if (inputs.empty()) {
    printError("extract: no input file (see wiremap --help)");
    return 2;
  }
  if (!jsonl && inputs.size() > 1) {
    printError("extract: one FILE at a time, or --jsonl for many");
    return 2;
  }
  const extract::Resources res = extract::Resources::load();
  for (const auto& w : res.warnings) printError(fmt::format("warning: {}", w));

  if (jsonl) {
    int failures = 0;
    std::string buffer;
    for (const auto& path : inputs) {
      auto doc = extract::ingestFile(path, extract::Format::Text);
      if (!doc) {
        printError(doc.error().message);
        ++failures;
        const nlohmann::json line = {{"source", path}, {"error", doc.error().message}, {"places", nlohmann::json::array()},
                                     {"entities", nlohmann::json::array()}, {"quotes", nlohmann::json::array()}};
        buffer += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        buffer += '\n';
      } else {
        extract::extractInto(*doc, res);
        appendEvalJsonLine(*doc, path, buffer);
      }
      if (buffer.size() > (1u << 20)) {
        std::fwrite(buffer.data(), 1, buffer.size(), stdout);
        buffer.clear();
      }
    }
    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
    std::fflush(stdout);
    return failures ? 1 : 0;
  }

  auto doc = extract::ingestFile(inputs[0]);
  if (!doc) {
    printError(doc.error().message);
    return 1;
  }
  if (doc->repairedSequences)
    printError(fmt::format("warning: {}: {} invalid UTF-8 sequence(s) replaced with U+FFFD", inputs[0], doc->repairedSequences));
  extract::extractInto(*doc, res);
  const nlohmann::json j = format == "geojson" ? toGeoJson(*doc) : toJson(*doc);
  const std::string text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  if (out.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  if (auto st = files::writeAtomic(out, text); !st) {
    printError(st.error().message);
    return 1;
  }
  return 0;
}

}  // namespace wiremap::app
