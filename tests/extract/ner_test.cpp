// NER model: loading, corruption detection, and tagging of sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/files.hpp"
#include "extract/ner.hpp"
#include "extract/ner_features.hpp"
#include "extract/ner_model.hpp"
#include "extract/tokenize.hpp"

using namespace wiremap;
using namespace wiremap::extract;

namespace {

std::shared_ptr<const NerModel> model() {
  static std::shared_ptr<const NerModel> m = [] {
    auto r = NerModel::load(files::assetPath("ner.wmn"));
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? r.value() : nullptr;
  }();
  return m;
}

struct Tagged {
  std::string text, type;
};

std::vector<Tagged> tagText(const std::string& text) {
  Document doc;
  doc.setText(text);
  const Tokenized toks = tokenize(doc);
  std::vector<Tagged> out;
  for (const Entity& e : model()->tag(doc, toks)) out.push_back({doc.slice(e.span), toString(e.type)});
  return out;
}

bool has(const std::vector<Tagged>& v, const std::string& text, const std::string& type) {
  for (const auto& t : v)
    if (t.text == text && t.type == type) return true;
  return false;
}

std::string dump(const std::vector<Tagged>& v) {
  std::string s;
  for (const auto& t : v) s += "[" + t.text + "/" + t.type + "] ";
  return s;
}

std::filesystem::path tempFile(const std::string& name, const std::string& bytes) {
  const auto p = std::filesystem::temp_directory_path() / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

std::string modelBytes() {
  auto r = files::readAll(files::assetPath("ner.wmn"));
  EXPECT_TRUE(r.ok());
  return r.ok() ? r.value() : std::string();
}

// Texts written for these tests: prose, a capitals headline, a results table, quotes.
const char* const kMixedTexts[] = {
    "SHIPYARD STRIKE ENDS IN GDANSK\n\nWorkers at the Baltic yard voted on Friday to return to work, union "
    "leader Anna Kowal said. The Polish government welcomed the vote.\n\nKowal said the union would meet "
    "Economy Minister Jan Zielinski in Warsaw next week.",
    "Results of the Nordic Cup on Saturday:\nOslo 3 Bergen 1\nMalmo 2 Aarhus 2\n\n"
    "Bergen coach Erik Dahl said: \"We were unlucky.\"",
    "The United Nations said aid convoys had reached Goma. \"We need more trucks,\" said Claire Dubois "
    "of Medecins du Monde in Geneva. The Congolese army and M23 rebels agreed a truce.",
};

// The tagger (one joint table for both stages, base features extracted once) must give what
// the plain two-stage algorithm gives: features of each stage looked up in that stage's own
// table, stage-2 features extracted from scratch with the stage-1 labels.
std::vector<Entity> referenceTag(const ner::ModelData& m, const Document& doc, const Tokenized& toks) {
  ner::FeatureWorkspace ws;
  std::vector<float> emis, scratch;
  std::vector<std::uint8_t> back, labels(toks.tokens.size(), ner::kLabelO), stage1;
  for (const ner::StageWeights& st : m.stages) {
    ner::extractFeatures(doc, toks, m.lexicon, stage1, ws);
    st.emissions(ws, emis);
    for (const ner::Segment& seg : ws.segments)
      ner::viterbi(&emis[static_cast<std::size_t>(seg.first) * ner::kNumLabels], seg.end - seg.first,
                   st.trans.data(), &labels[seg.first], scratch, back);
    stage1 = labels;
  }
  std::vector<Entity> out;
  ner::labelsToEntities(toks, labels, out);
  return out;
}

}  // namespace

TEST(NerTagger, JointTableTaggerEqualsPerStageReference) {
  ASSERT_TRUE(model());
  const std::string bytes = modelBytes();
  auto data = ner::deserialize(bytes, "ner.wmn");
  ASSERT_TRUE(data.ok()) << data.error().message;
  ASSERT_EQ(data.value().stages.size(), 2u);
  std::size_t entities = 0;
  for (const char* text : kMixedTexts) {
    Document doc;
    doc.setText(text);
    const Tokenized toks = tokenize(doc);
    const auto got = model()->tag(doc, toks);
    const auto want = referenceTag(data.value(), doc, toks);
    ASSERT_EQ(got.size(), want.size()) << text;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].span, want[i].span) << text;
      EXPECT_EQ(got[i].type, want[i].type) << text;
    }
    entities += got.size();
  }
  EXPECT_GE(entities, 10u);
}

TEST(NerFeatures, StageTwoFeaturesAreTheStageTwoExtras) {
  // Base features + extractStage2Features == extractFeatures with stage-1 labels, per token.
  ASSERT_TRUE(model());
  auto data = ner::deserialize(modelBytes(), "ner.wmn");
  ASSERT_TRUE(data.ok());
  for (const char* text : kMixedTexts) {
    Document doc;
    doc.setText(text);
    const Tokenized toks = tokenize(doc);
    std::vector<std::uint8_t> labels(toks.tokens.size());
    for (std::size_t t = 0; t < labels.size(); ++t) labels[t] = static_cast<std::uint8_t>((t * 7) % ner::kNumLabels);
    ner::FeatureWorkspace full, split;
    ner::extractFeatures(doc, toks, data.value().lexicon, labels, full);
    ner::extractFeatures(doc, toks, data.value().lexicon, {}, split);
    std::vector<std::uint32_t> off2;
    std::vector<std::uint64_t> feats2;
    ner::extractStage2Features(labels, split, off2, feats2);
    ASSERT_EQ(off2.size(), toks.tokens.size() + 1);
    std::size_t extras = 0;
    for (std::size_t t = 0; t < toks.tokens.size(); ++t) {
      std::vector<std::uint64_t> a(full.feats.begin() + full.offsets[t], full.feats.begin() + full.offsets[t + 1]);
      std::vector<std::uint64_t> b(split.feats.begin() + split.offsets[t], split.feats.begin() + split.offsets[t + 1]);
      b.insert(b.end(), feats2.begin() + off2[t], feats2.begin() + off2[t + 1]);
      extras += off2[t + 1] - off2[t];
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      EXPECT_EQ(a, b) << "token " << t << " of: " << text;
    }
    EXPECT_GE(extras, 3 * toks.tokens.size());
  }
}

TEST(NerModel, LoadsFastAndSmall) {
  const auto path = files::assetPath("ner.wmn");
  ASSERT_TRUE(std::filesystem::exists(path)) << path;
  EXPECT_LE(std::filesystem::file_size(path), 30u << 20);
  const auto t0 = std::chrono::steady_clock::now();
  auto r = NerModel::load(path);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_LE(ms, 150.0) << "load budget is 50 ms in Release; generous here for debug/sanitizer builds";
}

TEST(NerModel, MissingFileNamesIt) {
  auto r = NerModel::load("/nonexistent/dir/ner.wmn");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("/nonexistent/dir/ner.wmn"), std::string::npos);
}

TEST(NerModel, CorruptionIsDetected) {
  std::string bytes = modelBytes();
  ASSERT_GT(bytes.size(), 1000u);
  {
    std::string flipped = bytes;
    flipped[flipped.size() / 2] ^= 0x10;
    const auto p = tempFile("wiremap_ner_flipped.wmn", flipped);
    auto r = NerModel::load(p);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find(p.string()), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("checksum"), std::string::npos) << r.error().message;
  }
  {
    const auto p = tempFile("wiremap_ner_truncated.wmn", bytes.substr(0, bytes.size() - 100));
    auto r = NerModel::load(p);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("truncated"), std::string::npos) << r.error().message;
  }
  {
    const auto p = tempFile("wiremap_ner_short.wmn", bytes.substr(0, 10));
    EXPECT_FALSE(NerModel::load(p).ok());
  }
  {
    std::string magic = bytes;
    magic[0] = 'X';
    const auto p = tempFile("wiremap_ner_magic.wmn", magic);
    auto r = NerModel::load(p);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("magic"), std::string::npos);
  }
}

TEST(NerModel, SerializeRoundTrip) {
  ner::ModelData m;
  m.lexicon.add("south korea", ner::kLexCountry);
  ner::StageWeights s;
  const std::vector<std::uint64_t> feats = {11, 23, 35};
  std::vector<float> rows(feats.size() * ner::kNumLabels);
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = static_cast<float>(i % 7) - 3.0f;
  s.build(feats, rows);
  m.stages.push_back(s);
  auto back = ner::deserialize(ner::serialize(m), "mem");
  ASSERT_TRUE(back.ok()) << back.error().message;
  const auto& w = back.value().stages.at(0);
  ASSERT_GE(w.find(23), 0);
  EXPECT_EQ(w.find(99), -1);
  const std::int64_t r = w.find(23);
  EXPECT_NEAR(w.weights[static_cast<std::size_t>(r) * ner::kNumLabels + 2] * w.scale, rows[ner::kNumLabels + 2], 1e-3);
  std::uint64_t h = ner::phraseHashStart();
  h = ner::phraseHashAdd(h, "South", true);
  h = ner::phraseHashAdd(h, "KOREA", false);
  EXPECT_EQ(back.value().lexicon.find(h), ner::kLexCountry);
}

TEST(NerModel, BilouGrammar) {
  using namespace ner;
  EXPECT_TRUE(allowedTransition(-1, labelOf(0, kB)));
  EXPECT_FALSE(allowedTransition(-1, labelOf(0, kI)));
  EXPECT_TRUE(allowedTransition(labelOf(1, kB), labelOf(1, kL)));
  EXPECT_FALSE(allowedTransition(labelOf(1, kB), labelOf(2, kL)));
  EXPECT_FALSE(allowedTransition(labelOf(1, kB), -1));
  EXPECT_TRUE(allowedTransition(labelOf(1, kU), kLabelO));
}

TEST(NerTagger, PersonCityMinistryNationality) {
  ASSERT_TRUE(model());
  const auto t = tagText(
      "Finance Minister Helena Marsh arrived in Lisbon on Tuesday for talks with Portuguese officials.\n\n"
      "Marsh said the Ministry of Finance would publish its forecast next week.");
  EXPECT_TRUE(has(t, "Helena Marsh", "PER")) << dump(t);
  EXPECT_TRUE(has(t, "Marsh", "PER")) << dump(t);
  EXPECT_TRUE(has(t, "Lisbon", "LOC")) << dump(t);
  EXPECT_TRUE(has(t, "Portuguese", "MISC")) << dump(t);
  EXPECT_TRUE(has(t, "Ministry of Finance", "ORG")) << dump(t);
}

TEST(NerTagger, MixedCaseNewsProse) {
  ASSERT_TRUE(model());
  const auto t = tagText(
      "Officials in Nairobi said on Monday that Kenya's central bank had raised its main lending rate, "
      "citing inflation. Governor Peter Otieno told reporters the decision was unanimous.");
  EXPECT_TRUE(has(t, "Nairobi", "LOC")) << dump(t);
  EXPECT_TRUE(has(t, "Kenya", "LOC")) << dump(t);
  EXPECT_TRUE(has(t, "Peter Otieno", "PER")) << dump(t);
  for (const auto& x : t) EXPECT_NE(x.text, "Officials") << dump(t);
}

TEST(NerTagger, HeadlineInCapitalsUsesDocumentCasing) {
  ASSERT_TRUE(model());
  const auto t = tagText(
      "RAINS FLOOD VALENCIA SUBURBS\n\nHeavy rain flooded several suburbs of Valencia on Sunday, the regional "
      "government said.");
  EXPECT_TRUE(has(t, "VALENCIA", "LOC")) << dump(t);
  EXPECT_TRUE(has(t, "Valencia", "LOC")) << dump(t);
  for (const auto& x : t) EXPECT_NE(x.text, "RAINS") << dump(t);
}

TEST(NerTagger, EmptyAndPunctuationOnly) {
  ASSERT_TRUE(model());
  EXPECT_TRUE(tagText("").empty());
  EXPECT_TRUE(tagText("... -- !!").empty());
}

TEST(Tokenize, DetachedPossessiveIsOneToken) {
  Document doc;
  doc.setText("Germany 's team and Japan's team");
  const Tokenized toks = tokenize(doc);
  std::vector<std::string> words;
  for (const auto& t : toks.tokens) words.emplace_back(t.text);
  ASSERT_GE(words.size(), 7u);
  EXPECT_EQ(words[1], "'s");
  EXPECT_TRUE(toks.tokens[1].has(kPossessive));
  EXPECT_EQ(words[5], "'s");
}
