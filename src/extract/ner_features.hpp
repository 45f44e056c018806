#pragma once
// Feature extraction shared by the NER tagger (ner.cpp) and its trainer (tools/train_ner), so
// that training and tagging can never disagree. Features are 64-bit hashes of a template id
// and the values it combines; a model maps the hashes it knows to weight rows and ignores
// the rest. Nothing here allocates per token: buffers live in a FeatureWorkspace reused
// across documents.
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract::ner {

// ---- Labels: BILOU over the four entity types (EntityType order: PER, ORG, LOC, MISC). ----
inline constexpr int kNumTypes = 4;
inline constexpr int kNumLabels = 1 + 4 * kNumTypes;  ///< O, then B, I, L, U for each type
inline constexpr int kLabelO = 0;
enum Pos : int { kB = 0, kI = 1, kL = 2, kU = 3 };
inline constexpr int labelOf(int type, int pos) { return 1 + type * 4 + pos; }
inline constexpr int typeOf(int label) { return (label - 1) / 4; }  ///< label > 0
inline constexpr int posOf(int label) { return (label - 1) % 4; }   ///< label > 0
/// BILOU grammar. prev = -1 for the start of a segment, next = -1 for its end.
constexpr bool allowedTransition(int prev, int next) {
  const bool prevOpen = prev > 0 && (posOf(prev) == kB || posOf(prev) == kI);
  if (next < 0 || next == kLabelO) return !prevOpen;
  const int p = posOf(next);
  if (p == kB || p == kU) return !prevOpen;
  return prevOpen && typeOf(prev) == typeOf(next);  // I or L continue an open entity
}

// ---- Lexicon: lower-cased phrases (tokens joined by one space) with category bits. ----
enum LexCat : std::uint8_t {
  kLexCountry = 1 << 0,   ///< country names ("south korea")
  kLexCity = 1 << 1,      ///< populated places
  kLexAdmin = 1 << 2,     ///< first-level regions, states
  kLexRegion = 1 << 3,    ///< seas, physical regions, continents
  kLexDemonym = 1 << 4,   ///< nationality adjectives ("japanese")
  kLexOrgWord = 1 << 5,   ///< organisation heads ("ministry", "corp", "fc")
  kLexTitle = 1 << 6,     ///< person titles and roles ("minister", "mr.")
  kLexFirstName = 1 << 7, ///< given names
};
inline constexpr int kLexCats = 8;

/// Hash of a phrase: each token lower-cased (ASCII) with digits mapped to '0'.
std::uint64_t phraseHashStart();
std::uint64_t phraseHashAdd(std::uint64_t h, std::string_view token, bool first);

class Lexicon {
 public:
  /// Adds a phrase (space-separated words; any case). Masks of repeated phrases are OR-ed.
  void add(std::string_view phrase, std::uint8_t mask);
  std::uint8_t find(std::uint64_t phraseHash) const;
  /// Starts loading the slot find(phraseHash) will read first (memory-level parallelism).
  void prefetch(std::uint64_t phraseHash) const;
  int maxTokens() const { return maxTokens_; }
  std::size_t size() const { return count_; }
  /// (hash, mask) pairs in slot order, for serialisation.
  std::vector<std::pair<std::uint64_t, std::uint8_t>> entries() const;
  void addHashed(std::uint64_t phraseHash, std::uint8_t mask, int tokens);
  /// The open-addressing table itself (size a power of two, key 0 = empty), for serialisation.
  const std::vector<std::uint64_t>& tableKeys() const { return keys_; }
  const std::vector<std::uint8_t>& tableMasks() const { return masks_; }
  /// Adopts a table written by tableKeys()/tableMasks(); false when it is malformed.
  bool adoptTable(std::vector<std::uint64_t> keys, std::vector<std::uint8_t> masks, int maxTokens);

 private:
  void grow();
  std::vector<std::uint64_t> keys_;   // 0 = empty slot
  std::vector<std::uint8_t> masks_;
  std::size_t count_ = 0;
  int maxTokens_ = 0;
};

// ---- Per-document feature extraction. ----

/// A decoding unit: tokens [first, end). Sentences of the tokenizer, also split at line breaks.
struct Segment {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
};

/// Per-token values computed once per document (hashes of the word's forms, flags).
struct TokenInfo {
  std::uint64_t lower = 0;      ///< lower-cased word, digits -> '0'
  std::uint64_t shape = 0;      ///< long shape ("Xxxxx" capped at 8 chars of one class)
  std::uint64_t shortShape = 0; ///< collapsed shape ("Xx", "X.X.", "d-d")
  std::uint64_t affix[8] = {};  ///< prefixes 1..4, suffixes 1..4 of the lower form
  std::uint8_t casing = 0;      ///< 0 other, 1 lower, 2 capitalised, 3 all caps, 4 digit, 5 punct
  bool lineStart = false;       ///< first token of a segment
  bool capsLine = false;        ///< its line has letters but no lower-case letter (headline)
  std::uint8_t docCase = 0;     ///< bits: 1 seen lower-case in the doc, 2 seen capitalised mid-sentence
  std::uint8_t lexB = 0, lexI = 0, lexL = 0, lexU = 0;  ///< lexicon match position bits by category
};

/// Stage-2 document statistics per word: how stage 1 labelled the word's occurrences.
struct FeatureWorkspace {
  std::vector<TokenInfo> info;
  std::vector<Segment> segments;
  std::vector<std::uint32_t> offsets;  ///< per token: start into feats; size tokens + 1
  std::vector<std::uint64_t> feats;
  // Open-addressing table of word hashes for document-level statistics.
  std::vector<std::uint64_t> docKeys;
  std::vector<std::uint32_t> docVals;    ///< index into docStats
  std::vector<std::uint16_t> docStats;   ///< per word: 8 counters (see ner_features.cpp)
  std::vector<std::uint32_t> words;      ///< per token: its word's index into docStats
};

/// Fills ws.info, ws.segments, ws.offsets and ws.feats for the document's tokens.
/// stage1: empty for stage-1 features; else one label per token predicted by stage 1, which
/// adds the document-consistency features of stage 2.
void extractFeatures(const Document& doc, const Tokenized& toks, const Lexicon& lex,
                     std::span<const std::uint8_t> stage1, FeatureWorkspace& ws);

/// The word-identity feature (template "lower form of this token") of a token, as
/// extractFeatures emits it; the trainer uses it for word dropout.
std::uint64_t wordFeature(const TokenInfo& info);

/// Only the stage-2 features (those extractFeatures adds for a non-empty stage1) of the
/// document whose stage-1 features ws holds: per token t, feats[offsets[t], offsets[t+1]).
/// Stage-1 features + these = extractFeatures(..., stage1, ...) as a multiset, so a tagger
/// extracts the base features once for both stages.
void extractStage2Features(std::span<const std::uint8_t> stage1, FeatureWorkspace& ws,
                           std::vector<std::uint32_t>& offsets, std::vector<std::uint64_t>& feats);

/// Entities from a label sequence (one label per token), repairing an ill-formed BILOU run by
/// ending it where the type changes or an O appears.
void labelsToEntities(const Tokenized& toks, std::span<const std::uint8_t> labels,
                      std::vector<Entity>& out);

}  // namespace wiremap::extract::ner
