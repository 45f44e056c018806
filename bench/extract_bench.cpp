// Extraction benchmark: throughput of the whole `wiremap extract` pipeline on one core, and of
// each stage on its own, plus the load time of every asset.
//
// Usage: extract_bench [PATH...] [--repeat N]
//   PATH: a JSON Lines file (one {"text": ...} per line, as in the eval harness), a folder of
//   plain-text articles, or a single text file. Default: ../shared/eval/dev/*.jsonl relative
//   to the repository (the dev corpora), when present.
//   --repeat N: runs over the corpus N times and reports the fastest run (default 3).
//
// Figures: MB/s = bytes of UTF-8 input text / seconds (1 MB = 1e6 bytes). "pipeline" runs
// extract::extractInto per document (what `wiremap extract` does, without JSON output);
// "+json" also builds the eval JSON line. The per-stage rows time the same calls one by one,
// in the order pipeline.cpp makes them, each over the whole corpus. Times are CPU seconds of
// the benchmark's thread (CLOCK_THREAD_CPUTIME_ID), so other processes on a shared machine
// do not count; run it on an idle machine to compare with wall-clock figures.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/files.hpp"
#include "core/json_io.hpp"
#include "extract/actors.hpp"
#include "extract/geoparse.hpp"
#include "extract/ingest.hpp"
#include "extract/links.hpp"
#include "extract/pipeline.hpp"
#include "extract/quotes.hpp"
#include "extract/tokenize.hpp"

namespace {

namespace fs = std::filesystem;
using namespace wiremap;

// Timing by the CPU time of this thread (the machine is shared: wall time would count other
// processes' turns on the core). Load times are the same CPU time.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};
double secondsSince(double t) { return Clock::now() - t; }

// Reads the texts of a JSON Lines file, a folder of text files, or one text file.
void readTexts(const fs::path& path, std::vector<std::string>& out) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(path, ec))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) readTexts(f, out);
    return;
  }
  if (path.extension() == ".jsonl") {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) out.push_back(j["text"].get<std::string>());
    }
    return;
  }
  auto bytes = files::readAll(path);
  if (bytes) out.push_back(std::move(bytes.value()));
}

struct Stage {
  const char* name;
  double seconds = 1e30;  // fastest run
};

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else inputs.emplace_back(a);
  }
  if (inputs.empty()) {
    // The dev corpora next to the repository (../shared/eval/dev), found from the asset dir.
    const fs::path dev = files::assetDir().parent_path().parent_path() / "shared" / "eval" / "dev";
    std::error_code ec;
    if (fs::is_directory(dev, ec))
      for (const auto& e : fs::directory_iterator(dev, ec))
        if (e.path().extension() == ".jsonl") inputs.push_back(e.path());
    std::sort(inputs.begin(), inputs.end());
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "usage: extract_bench [FILE.jsonl | DIR | FILE.txt]... [--repeat N]\n");
    return 2;
  }
  std::vector<std::string> texts;
  for (const auto& p : inputs) readTexts(p, texts);
  std::size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  std::printf("corpus: %zu documents, %.2f MB from %zu path(s)\n", texts.size(), bytes / 1e6, inputs.size());
  if (bytes == 0) return 2;

  // Loads, each timed on its own, then the whole Resources::load() as the CLI does it.
  auto t0 = Clock::now();
  auto gaz = extract::Gazetteer::load(files::assetPath("gazetteer.wmg"));
  const double gazMs = secondsSince(t0) * 1e3;
  t0 = Clock::now();
  auto ner = extract::NerModel::load(files::assetPath("ner.wmn"));
  const double nerMs = secondsSince(t0) * 1e3;
  t0 = Clock::now();
  const extract::Resources res = extract::Resources::load();
  const double resMs = secondsSince(t0) * 1e3;
  for (const auto& w : res.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  std::error_code ec;
  std::printf("load: gazetteer %.1f ms, NER model %.1f ms (%.1f MB), Resources::load %.1f ms\n", gazMs, nerMs,
              static_cast<double>(fs::file_size(files::assetPath("ner.wmn"), ec)) / 1e6, resMs);
  (void)gaz;
  (void)ner;

  // Documents as the CLI ingests them (plain text kept exactly).
  std::vector<Document> base;
  base.reserve(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto d = extract::ingestBytes(texts[i], "doc" + std::to_string(i), extract::Format::Text);
    base.push_back(d ? std::move(d.value()) : Document{});
  }

  Stage pipeline{"pipeline (extractInto)"}, withJson{"pipeline + eval JSON"};
  std::vector<Stage> stages = {{"tokenize"}, {"metadata"}, {"ner"},    {"geoparse"},
                               {"actors"},   {"quotes"},   {"links"},  {"associatePlaces"}};
  std::size_t checksum = 0;
  std::string line;
  for (int r = 0; r < repeat; ++r) {
    // Whole pipeline, as `wiremap extract` calls it.
    std::vector<Document> docs = base;
    t0 = Clock::now();
    for (auto& d : docs) extract::extractInto(d, res);
    pipeline.seconds = std::min(pipeline.seconds, secondsSince(t0));
    docs = base;
    t0 = Clock::now();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      extract::extractInto(docs[i], res);
      line.clear();
      appendEvalJsonLine(docs[i], "doc", line);  // as `wiremap extract --jsonl` writes it
      checksum += line.size();
    }
    withJson.seconds = std::min(withJson.seconds, secondsSince(t0));

    // Stage by stage, in pipeline.cpp's order (each stage over the whole corpus).
    docs = base;
    std::vector<extract::Tokenized> toks(docs.size());
    double sec[8] = {};
    t0 = Clock::now();
    for (std::size_t i = 0; i < docs.size(); ++i) toks[i] = extract::tokenize(docs[i]);
    sec[0] = secondsSince(t0);
    for (std::size_t i = 0; i < docs.size(); ++i) {
      docs[i].paragraphs = toks[i].paragraphs;
      docs[i].sentences.clear();
      for (const auto& s : toks[i].sentences) docs[i].sentences.push_back(s.span);
    }
    t0 = Clock::now();
    for (std::size_t i = 0; i < docs.size(); ++i) extract::detectMetadata(docs[i], toks[i]);
    sec[1] = secondsSince(t0);
    t0 = Clock::now();
    if (res.ner)
      for (std::size_t i = 0; i < docs.size(); ++i) docs[i].entities = res.ner->tag(docs[i], toks[i]);
    sec[2] = secondsSince(t0);
    t0 = Clock::now();
    if (res.gazetteer)
      for (std::size_t i = 0; i < docs.size(); ++i) docs[i].places = extract::geoparse(docs[i], toks[i], *res.gazetteer);
    sec[3] = secondsSince(t0);
    t0 = Clock::now();
    for (std::size_t i = 0; i < docs.size(); ++i) docs[i].actors = extract::buildActors(docs[i], toks[i]);
    sec[4] = secondsSince(t0);
    t0 = Clock::now();
    for (std::size_t i = 0; i < docs.size(); ++i) docs[i].quotes = extract::findQuotes(docs[i], toks[i]);
    sec[5] = secondsSince(t0);
    t0 = Clock::now();
    for (std::size_t i = 0; i < docs.size(); ++i) docs[i].links = extract::findLinks(docs[i], toks[i]);
    sec[6] = secondsSince(t0);
    t0 = Clock::now();
    for (std::size_t i = 0; i < docs.size(); ++i) extract::associatePlaces(docs[i], toks[i]);
    sec[7] = secondsSince(t0);
    for (std::size_t k = 0; k < stages.size(); ++k) stages[k].seconds = std::min(stages[k].seconds, sec[k]);
    for (const auto& d : docs) checksum += d.entities.size() + d.places.size() + d.quotes.size();
  }

  const double mb = static_cast<double>(bytes) / 1e6;
  double stageSum = 0;
  for (const auto& s : stages) stageSum += s.seconds;
  std::printf("%-24s %10s %10s %7s\n", "stage", "ms", "MB/s", "share");
  for (const auto& s : stages)
    std::printf("%-24s %10.1f %10.2f %6.1f%%\n", s.name, s.seconds * 1e3, mb / s.seconds, 100 * s.seconds / stageSum);
  std::printf("%-24s %10.1f %10.2f\n", "sum of stages", stageSum * 1e3, mb / stageSum);
  std::printf("%-24s %10.1f %10.2f\n", pipeline.name, pipeline.seconds * 1e3, mb / pipeline.seconds);
  std::printf("%-24s %10.1f %10.2f\n", withJson.name, withJson.seconds * 1e3, mb / withJson.seconds);
  const double once = (resMs / 1e3) + withJson.seconds;
  std::printf("end to end incl. one Resources::load: %.2f MB/s   (fastest of %d runs; checksum %zu)\n", mb / once,
              repeat, checksum);
  return 0;
}
