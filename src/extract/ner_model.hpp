#pragma once
// The NER model's weights, its binary file format (assets/ner.wmn) and Viterbi decoding,
// shared by the tagger and the trainer.
//
// File layout (little-endian):
//   char[8] "WMNERMOD", u32 version (kFormatVersion), u32 numLabels, u32 numStages, u32 0,
//   u64 payload bytes, u64 checksum of the payload (see ner_model.cpp), then the payload:
//   lexicon: u32 maxTokens, u32 tableSize (power of two), u64 key[tableSize] (0 = empty),
//            u8 mask[tableSize] (padded to 8 bytes);
//   per stage: u32 tableSize (power of two), u32 rows, f32 scale, f32 trans[(L+1)*L],
//              u64 key[tableSize] (0 = empty), u32 row[tableSize], i16 w[rows*L] (padded).
// A weight is w * scale. trans row 0 holds start scores, row 1 + p the scores after label p.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "extract/ner_features.hpp"

namespace wiremap::extract::ner {

inline constexpr std::uint32_t kFormatVersion = 2;

struct StageWeights {
  std::vector<std::uint64_t> keys;  ///< open addressing by feature hash; size power of two
  std::vector<std::uint32_t> rows;  ///< row of each occupied slot
  std::vector<std::int16_t> weights;  ///< rows x kNumLabels, quantised
  float scale = 1.0f;
  std::vector<float> trans = std::vector<float>((kNumLabels + 1) * kNumLabels, 0.0f);
  /// Row of a feature, or -1 when the model does not know it.
  std::int64_t find(std::uint64_t feature) const;
  /// Emission scores of every token: out[t * kNumLabels + l]. (The tagger itself looks
  /// features up in a joint table of both stages, built by NerModel::load.)
  void emissions(const FeatureWorkspace& ws, std::vector<float>& out) const;
  /// Builds the table from (feature, float weights[kNumLabels]) rows.
  void build(std::span<const std::uint64_t> features, std::span<const float> rowWeights);
};

struct ModelData {
  Lexicon lexicon;
  std::vector<StageWeights> stages;  ///< 1 or 2 (the second uses stage-1 labels as features)
};

std::string serialize(const ModelData& model);
/// Parses a model file's bytes; errors start with `name` (the file path).
Result<ModelData> deserialize(std::string_view bytes, const std::string& name);

/// Best BILOU label sequence for tokens [first, end) of a segment under the grammar of
/// allowedTransition. emis: per token kNumLabels scores (indexed from token `first`'s row);
/// trans: as in StageWeights. Writes labels[first..end).
void viterbi(const float* emis, std::uint32_t count, const float* trans, std::uint8_t* labels,
             std::vector<float>& scratch, std::vector<std::uint8_t>& back);

}  // namespace wiremap::extract::ner
