// wiremap-train-ner: trains the two-stage averaged structured perceptron NER model.
//
//   wiremap-train-ner train --train conll_train.jsonl --dev conll_dev.jsonl
//                           --lexicon tools/train_ner/lexicon.tsv --out assets/ner.wmn
//                           [--epochs N] [--folds K] [--min-count C] [--stages 1|2]
//                           [--word-dropout P]  (hide a token's word feature with probability P)
//   wiremap-train-ner eval  --model assets/ner.wmn FILE.jsonl...   (entity P/R/F1, chars/s)
//   wiremap-train-ner tokcheck FILE.jsonl                          (CoNLL token reproduction)
//
// Deterministic (fixed seed, single thread). Offsets in the JSON Lines are code points.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/files.hpp"
#include "extract/ner.hpp"
#include "extract/ner_features.hpp"
#include "extract/ner_model.hpp"
#include "extract/tokenize.hpp"

using namespace wiremap;
using namespace wiremap::extract;

namespace {

constexpr int L = ner::kNumLabels;

struct GoldEntity {
  std::uint32_t start, end;
  int type;
  friend bool operator<(const GoldEntity& a, const GoldEntity& b) {
    return std::tie(a.start, a.end, a.type) < std::tie(b.start, b.end, b.type);
  }
  friend bool operator==(const GoldEntity&, const GoldEntity&) = default;
};

struct Example {
  std::unique_ptr<Document> doc;
  Tokenized toks;
  std::vector<GoldEntity> gold;
  std::vector<std::uint8_t> labels;  // gold BILOU per token
  std::vector<std::uint8_t> stage1;  // stage-1 predictions (jackknifed for train)
  std::vector<ner::Segment> segments;
  std::vector<std::uint32_t> offsets;  // CSR of feature indices
  std::vector<std::int32_t> feats;
  std::vector<std::int32_t> wordFeat;  // per token: interned index of its word feature, or -1
};

int typeIndex(const std::string& t) {
  if (t == "PER") return 0;
  if (t == "ORG") return 1;
  if (t == "LOC") return 2;
  return 3;
}

std::vector<Example> readCorpus(const std::string& path, int* misaligned) {
  std::vector<Example> out;
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "%s: cannot open\n", path.c_str());
    std::exit(2);
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    Example ex;
    ex.doc = std::make_unique<Document>();
    ex.doc->setText(j["text"].get<std::string>());
    ex.toks = tokenize(*ex.doc);
    ex.labels.assign(ex.toks.tokens.size(), ner::kLabelO);
    for (const auto& e : j["gold"]["entities"]) {
      GoldEntity g{e["start"].get<std::uint32_t>(), e["end"].get<std::uint32_t>(), typeIndex(e["type"])};
      ex.gold.push_back(g);
      // Tokens inside the span.
      std::vector<std::size_t> inside;
      bool clean = true;
      for (std::size_t t = 0; t < ex.toks.tokens.size(); ++t) {
        const Span s = ex.toks.tokens[t].span;
        if (s.end <= g.start || s.start >= g.end) continue;
        if (s.start < g.start || s.end > g.end) clean = false;
        inside.push_back(t);
      }
      if (inside.empty() || !clean || ex.toks.tokens[inside.front()].span.start != g.start ||
          ex.toks.tokens[inside.back()].span.end != g.end) {
        if (misaligned) ++*misaligned;
        if (inside.empty()) continue;
      }
      if (inside.size() == 1) {
        ex.labels[inside[0]] = static_cast<std::uint8_t>(ner::labelOf(g.type, ner::kU));
      } else {
        for (std::size_t k = 0; k < inside.size(); ++k) {
          const int pos = k == 0 ? ner::kB : (k + 1 == inside.size() ? ner::kL : ner::kI);
          ex.labels[inside[k]] = static_cast<std::uint8_t>(ner::labelOf(g.type, pos));
        }
      }
    }
    std::sort(ex.gold.begin(), ex.gold.end());
    out.push_back(std::move(ex));
  }
  return out;
}

struct Scores {
  std::size_t tp[5] = {}, fp[5] = {}, fn[5] = {};  // per type, [4] = all
  void add(const std::vector<GoldEntity>& gold, const std::vector<GoldEntity>& pred) {
    for (const auto& p : pred) {
      const bool hit = std::binary_search(gold.begin(), gold.end(), p);
      (hit ? tp : fp)[p.type]++;
      (hit ? tp : fp)[4]++;
    }
    for (const auto& g : gold)
      if (!std::binary_search(pred.begin(), pred.end(), g)) fn[g.type]++, fn[4]++;
  }
  double f1(int k) const {
    const double p = tp[k] + fp[k] ? double(tp[k]) / double(tp[k] + fp[k]) : 0;
    const double r = tp[k] + fn[k] ? double(tp[k]) / double(tp[k] + fn[k]) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void print(const char* what) const {
    const double p = tp[4] + fp[4] ? double(tp[4]) / double(tp[4] + fp[4]) : 0;
    const double r = tp[4] + fn[4] ? double(tp[4]) / double(tp[4] + fn[4]) : 0;
    std::printf("%s: P %.4f R %.4f F1 %.4f | PER %.4f ORG %.4f LOC %.4f MISC %.4f\n", what, p, r, f1(4), f1(0),
                f1(1), f1(2), f1(3));
  }
};

std::vector<GoldEntity> toGold(const Tokenized& toks, const std::vector<std::uint8_t>& labels) {
  std::vector<Entity> ents;
  ner::labelsToEntities(toks, labels, ents);
  std::vector<GoldEntity> out;
  for (const auto& e : ents) out.push_back({e.span.start, e.span.end, static_cast<int>(e.type)});
  std::sort(out.begin(), out.end());
  return out;
}

// ---- Perceptron over interned features. ----
struct Perceptron {
  std::vector<std::uint64_t> featureHash;  // index -> hash
  std::vector<float> w, acc;               // features x L
  std::vector<float> tw, tacc;             // (L+1) x L transitions
  double c = 1;
  explicit Perceptron(std::size_t n) : w(n * L, 0), acc(n * L, 0), tw((L + 1) * L, 0), tacc((L + 1) * L, 0) {}
  void averaged(std::vector<float>& aw, std::vector<float>& at) const {
    aw.resize(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) aw[i] = w[i] - acc[i] / static_cast<float>(c);
    at.resize(tw.size());
    for (std::size_t i = 0; i < tw.size(); ++i) at[i] = tw[i] - tacc[i] / static_cast<float>(c);
  }
};

// drop: per token of the segment, the interned feature left out (word dropout), or -1.
void emissionsOf(const Example& ex, const std::vector<float>& w, std::uint32_t first, std::uint32_t end,
                 std::vector<float>& emis, const std::int32_t* drop = nullptr) {
  emis.assign(static_cast<std::size_t>(end - first) * L, 0);
  for (std::uint32_t t = first; t < end; ++t) {
    float* o = &emis[static_cast<std::size_t>(t - first) * L];
    const std::int32_t skip = drop ? drop[t - first] : -1;
    for (std::uint32_t k = ex.offsets[t]; k < ex.offsets[t + 1]; ++k) {
      if (ex.feats[k] == skip) continue;
      const float* row = &w[static_cast<std::size_t>(ex.feats[k]) * L];
      for (int l = 0; l < L; ++l) o[l] += row[l];
    }
  }
}

void decode(const Example& ex, const std::vector<float>& w, const std::vector<float>& tw, std::vector<std::uint8_t>& out) {
  out.assign(ex.toks.tokens.size(), ner::kLabelO);
  std::vector<float> emis, scratch;
  std::vector<std::uint8_t> back;
  for (const auto& seg : ex.segments) {
    emissionsOf(ex, w, seg.first, seg.end, emis);
    ner::viterbi(emis.data(), seg.end - seg.first, tw.data(), &out[seg.first], scratch, back);
  }
}

struct Featurizer {
  ner::Lexicon lex;
  std::unordered_map<std::uint64_t, std::int32_t> index;
  std::vector<std::uint64_t> hashes;
  // Extracts features of every example; with `grow`, counts and interns those seen >= minCount.
  void run(std::vector<Example>& exs, bool useStage1, bool grow, int minCount) {
    ner::FeatureWorkspace ws;
    if (grow) {
      std::unordered_map<std::uint64_t, int> counts;
      for (auto& ex : exs) {
        ner::extractFeatures(*ex.doc, ex.toks, lex, useStage1 ? std::span<const std::uint8_t>(ex.stage1) : std::span<const std::uint8_t>(), ws);
        for (auto f : ws.feats) ++counts[f];
      }
      std::vector<std::uint64_t> keep;
      for (const auto& [f, c] : counts)
        if (c >= minCount) keep.push_back(f);
      std::sort(keep.begin(), keep.end());  // deterministic order
      index.clear();
      hashes = keep;
      for (std::size_t i = 0; i < keep.size(); ++i) index[keep[i]] = static_cast<std::int32_t>(i);
    }
    for (auto& ex : exs) {
      ner::extractFeatures(*ex.doc, ex.toks, lex, useStage1 ? std::span<const std::uint8_t>(ex.stage1) : std::span<const std::uint8_t>(), ws);
      ex.segments = ws.segments;
      ex.wordFeat.assign(ws.info.size(), -1);
      for (std::size_t t = 0; t < ws.info.size(); ++t) {
        auto it = index.find(ner::wordFeature(ws.info[t]));
        if (it != index.end()) ex.wordFeat[t] = it->second;
      }
      ex.offsets.assign(1, 0);
      ex.feats.clear();
      for (std::size_t t = 0; t + 1 < ws.offsets.size(); ++t) {
        for (std::uint32_t k = ws.offsets[t]; k < ws.offsets[t + 1]; ++k) {
          auto it = index.find(ws.feats[k]);
          if (it != index.end()) ex.feats.push_back(it->second);
        }
        ex.offsets.push_back(static_cast<std::uint32_t>(ex.feats.size()));
      }
    }
  }
};

Scores evaluate(const std::vector<Example>& exs, const std::vector<float>& w, const std::vector<float>& tw,
                std::vector<std::vector<std::uint8_t>>* preds = nullptr) {
  Scores s;
  std::vector<std::uint8_t> out;
  if (preds) preds->clear();
  for (const auto& ex : exs) {
    decode(ex, w, tw, out);
    s.add(ex.gold, toGold(ex.toks, out));
    if (preds) preds->push_back(out);
  }
  return s;
}

// Trains on exs[i] for i in `order` set; returns averaged weights from the best dev epoch
// (or from the last epoch when dev is null).
struct Trained {
  std::vector<float> w, tw;
  int bestEpoch = 0;
  double bestF1 = 0;
};

Trained train(const std::vector<Example>& exs, const std::vector<std::size_t>& subset, std::size_t nFeatures,
              int epochs, const std::vector<Example>* dev, std::uint32_t seed, double wordDropout) {
  Perceptron p(nFeatures);
  std::vector<std::pair<std::size_t, std::size_t>> units;  // (example, segment)
  for (std::size_t i : subset)
    for (std::size_t s = 0; s < exs[i].segments.size(); ++s) units.emplace_back(i, s);
  std::mt19937 rng(seed);
  Trained best;
  std::vector<float> emis, scratch, aw, at;
  std::vector<std::uint8_t> back, pred;
  std::vector<std::int32_t> drop;
  const auto dropThreshold = static_cast<std::uint32_t>(wordDropout * 4294967295.0);
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    for (std::size_t k = units.size(); k > 1; --k) std::swap(units[k - 1], units[rng() % k]);
    std::size_t errors = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const auto& [ei, si] : units) {
      const Example& ex = exs[ei];
      const auto seg = ex.segments[si];
      const std::uint32_t n = seg.end - seg.first;
      // Word dropout: hide some tokens' word identity so that shape, context and lexicon
      // features carry weight of their own (for words unseen in training).
      drop.assign(n, -1);
      if (dropThreshold > 0)
        for (std::uint32_t t = 0; t < n; ++t)
          if (static_cast<std::uint32_t>(rng()) < dropThreshold) drop[t] = ex.wordFeat[seg.first + t];
      emissionsOf(ex, p.w, seg.first, seg.end, emis, drop.data());
      pred.resize(n);
      ner::viterbi(emis.data(), n, p.tw.data(), pred.data(), scratch, back);
      const std::uint8_t* gold = &ex.labels[seg.first];
      bool wrong = false;
      for (std::uint32_t t = 0; t < n; ++t) wrong |= pred[t] != gold[t];
      if (wrong) {
        ++errors;
        const auto upd = [&](std::size_t idx, float d, std::vector<float>& w, std::vector<float>& a) {
          w[idx] += d;
          a[idx] += static_cast<float>(p.c) * d;
        };
        for (std::uint32_t t = 0; t < n; ++t) {
          const int g = gold[t], q = pred[t];
          const int gp = t == 0 ? 0 : 1 + gold[t - 1], qp = t == 0 ? 0 : 1 + pred[t - 1];
          if (g != q) {
            for (std::uint32_t k = ex.offsets[seg.first + t]; k < ex.offsets[seg.first + t + 1]; ++k) {
              if (ex.feats[k] == drop[t]) continue;
              const std::size_t row = static_cast<std::size_t>(ex.feats[k]) * L;
              upd(row + g, 1, p.w, p.acc);
              upd(row + q, -1, p.w, p.acc);
            }
          }
          if (g != q || gp != qp) {
            upd(static_cast<std::size_t>(gp) * L + g, 1, p.tw, p.tacc);
            upd(static_cast<std::size_t>(qp) * L + q, -1, p.tw, p.tacc);
          }
        }
      }
      p.c += 1;
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (dev) {
      p.averaged(aw, at);
      const Scores s = evaluate(*dev, aw, at);
      std::printf("  epoch %d: %zu/%zu segments wrong, %.1fs; ", epoch, errors, units.size(), secs);
      s.print("dev");
      std::fflush(stdout);
      if (s.f1(4) > best.bestF1) {
        best.bestF1 = s.f1(4);
        best.bestEpoch = epoch;
        best.w = aw;
        best.tw = at;
      }
    }
  }
  if (!dev) {
    p.averaged(best.w, best.tw);
    best.bestEpoch = epochs;
  }
  return best;
}

ner::StageWeights pack(const Trained& t, const std::vector<std::uint64_t>& hashes, double pruneBelow) {
  std::vector<std::uint64_t> keep;
  std::vector<float> rows;
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    float m = 0;
    for (int l = 0; l < L; ++l) m = std::max(m, std::fabs(t.w[i * L + l]));
    if (m <= pruneBelow) continue;
    keep.push_back(hashes[i]);
    rows.insert(rows.end(), t.w.begin() + static_cast<std::ptrdiff_t>(i * L),
                t.w.begin() + static_cast<std::ptrdiff_t>((i + 1) * L));
  }
  ner::StageWeights s;
  s.build(keep, rows);
  s.trans = t.tw;
  std::printf("  packed %zu of %zu features\n", keep.size(), hashes.size());
  return s;
}

ner::Lexicon readLexicon(const std::string& path) {
  ner::Lexicon lex;
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "%s: cannot open\n", path.c_str());
    std::exit(2);
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    lex.add(std::string_view(line).substr(0, tab), static_cast<std::uint8_t>(std::stoi(line.substr(tab + 1))));
  }
  return lex;
}

int cmdTrain(const std::map<std::string, std::string>& opt) {
  const auto get = [&](const char* k, const char* def) {
    auto it = opt.find(k);
    return it == opt.end() ? std::string(def) : it->second;
  };
  const int epochs = std::stoi(get("epochs", "12"));
  const int folds = std::stoi(get("folds", "5"));
  const int minCount = std::stoi(get("min-count", "2"));
  const int stages = std::stoi(get("stages", "2"));
  const double prune = std::stod(get("prune", "0.0"));
  const double wordDropout = std::stod(get("word-dropout", "0.0"));
  const auto t0 = std::chrono::steady_clock::now();
  int mis = 0;
  auto trainSet = readCorpus(get("train", "/work/shared/eval/dev/conll_train.jsonl"), &mis);
  std::printf("train: %zu docs, %d misaligned entities\n", trainSet.size(), mis);
  mis = 0;
  auto devSet = readCorpus(get("dev", "/work/shared/eval/dev/conll_dev.jsonl"), &mis);
  std::printf("dev: %zu docs, %d misaligned entities\n", devSet.size(), mis);
  Featurizer fz;
  fz.lex = readLexicon(get("lexicon", "tools/train_ner/lexicon.tsv"));
  std::printf("lexicon: %zu phrases\n", fz.lex.size());

  ner::ModelData model;
  model.lexicon = fz.lex;
  // Stage 1.
  fz.run(trainSet, false, true, minCount);
  fz.run(devSet, false, false, minCount);
  std::printf("stage 1: %zu features\n", fz.hashes.size());
  std::vector<std::size_t> all(trainSet.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  Trained s1 = train(trainSet, all, fz.hashes.size(), epochs, &devSet, 1, wordDropout);
  std::printf("stage 1 best epoch %d dev F1 %.4f\n", s1.bestEpoch, s1.bestF1);
  model.stages.push_back(pack(s1, fz.hashes, prune));
  if (stages >= 2) {
    // Stage-1 labels for dev from the full model; for train by K-fold jackknife.
    std::vector<std::vector<std::uint8_t>> preds;
    evaluate(devSet, s1.w, s1.tw, &preds);
    for (std::size_t i = 0; i < devSet.size(); ++i) devSet[i].stage1 = preds[i];
    for (int f = 0; f < folds; ++f) {
      std::vector<std::size_t> in, out;
      for (std::size_t i = 0; i < trainSet.size(); ++i) (static_cast<int>(i % folds) == f ? out : in).push_back(i);
      Trained tf = train(trainSet, in, fz.hashes.size(), s1.bestEpoch, nullptr, 100 + f, wordDropout);
      std::vector<std::uint8_t> o;
      for (std::size_t i : out) {
        decode(trainSet[i], tf.w, tf.tw, o);
        trainSet[i].stage1 = o;
      }
      std::printf("  fold %d done\n", f);
      std::fflush(stdout);
    }
    fz.run(trainSet, true, true, minCount);
    fz.run(devSet, true, false, minCount);
    std::printf("stage 2: %zu features\n", fz.hashes.size());
    Trained s2 = train(trainSet, all, fz.hashes.size(), epochs, &devSet, 2, wordDropout);
    std::printf("stage 2 best epoch %d dev F1 %.4f\n", s2.bestEpoch, s2.bestF1);
    model.stages.push_back(pack(s2, fz.hashes, prune));
  }
  const std::string bytes = ner::serialize(model);
  const std::string outPath = get("out", "assets/ner.wmn");
  if (auto st = files::writeAtomic(outPath, bytes); !st) {
    std::fprintf(stderr, "%s\n", st.error().message.c_str());
    return 1;
  }
  std::printf("wrote %s (%zu bytes) in %.1fs\n", outPath.c_str(), bytes.size(),
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  return 0;
}

int cmdEval(const std::string& modelPath, const std::vector<std::string>& files) {
  const auto t0 = std::chrono::steady_clock::now();
  auto model = NerModel::load(modelPath);
  const double loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!model) {
    std::fprintf(stderr, "%s\n", model.error().message.c_str());
    return 1;
  }
  std::printf("model load %.1f ms\n", loadMs);
  for (const auto& f : files) {
    auto exs = readCorpus(f, nullptr);
    Scores s;
    std::size_t bytes = 0;
    double secs = 0, tokSecs = 0;
    for (auto& ex : exs) {
      const auto a = std::chrono::steady_clock::now();
      const Tokenized toks = tokenize(*ex.doc);
      const auto b = std::chrono::steady_clock::now();
      auto ents = model.value()->tag(*ex.doc, toks);
      secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
      tokSecs += std::chrono::duration<double>(b - a).count();
      bytes += ex.doc->text.size();
      std::vector<GoldEntity> pred;
      for (const auto& e : ents) pred.push_back({e.span.start, e.span.end, static_cast<int>(e.type)});
      std::sort(pred.begin(), pred.end());
      s.add(ex.gold, pred);
    }
    s.print(f.c_str());
    std::printf("  tokenize+tag: %.2f MB/s (tokenize alone %.2f MB/s)\n", bytes / secs / 1e6, bytes / tokSecs / 1e6);
  }
  return 0;
}

// Compares the tokenizer's tokens with the space-separated tokens of a CoNLL-style text.
int cmdTokCheck(const std::string& path) {
  auto exs = readCorpus(path, nullptr);
  std::size_t conll = 0, same = 0;
  std::map<std::string, int> diffs;
  for (const auto& ex : exs) {
    const std::string& text = ex.doc->text;
    std::size_t k = 0;
    std::vector<std::string_view> ours;
    for (const auto& t : ex.toks.tokens) ours.push_back(t.text);
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
      std::size_t j = i;
      while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
      if (j > i) {
        ++conll;
        const std::string_view w(text.data() + i, j - i);
        while (k < ours.size() && ours[k].data() < w.data()) ++k;
        if (k < ours.size() && ours[k] == w) ++same;
        else diffs[std::string(w)]++;
      }
      i = j;
    }
  }
  std::printf("%zu CoNLL tokens, %zu reproduced (%.3f%%)\n", conll, same, 100.0 * same / conll);
  std::vector<std::pair<int, std::string>> v;
  for (auto& [w, c] : diffs) v.emplace_back(c, w);
  std::sort(v.rbegin(), v.rend());
  for (std::size_t i = 0; i < v.size() && i < 40; ++i) std::printf("  %6d  %s\n", v[i].first, v[i].second.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: wiremap-train-ner train|eval|tokcheck ...\n");
    return 2;
  }
  const std::string cmd = argv[1];
  std::map<std::string, std::string> opt;
  std::vector<std::string> pos;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) == 0 && i + 1 < argc) opt[a.substr(2)] = argv[++i];
    else pos.push_back(a);
  }
  if (cmd == "train") return cmdTrain(opt);
  if (cmd == "eval") return cmdEval(opt.count("model") ? opt["model"] : "assets/ner.wmn", pos);
  if (cmd == "tokcheck" && !pos.empty()) return cmdTokCheck(pos[0]);
  std::fprintf(stderr, "unknown command %s\n", cmd.c_str());
  return 2;
}
