#include "extract/ner_features.hpp"

#include <algorithm>
#include <cassert>

namespace wiremap::extract::ner {
namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

inline std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
inline std::uint64_t combine(std::uint64_t a, std::uint64_t b) {
  return mix(a ^ (b * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL));
}
inline std::uint64_t hashBytes(std::string_view s) {
  std::uint64_t h = kFnvOffset;
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return mix(h);
}
inline char lowerByte(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c >= '0' && c <= '9') return '0';
  return c;
}
// Feature ids are never 0 (0 marks an empty slot in the model's tables).
inline std::uint64_t feat(std::uint64_t tmpl, std::uint64_t a) { return combine(tmpl, a) | 1; }
inline std::uint64_t feat(std::uint64_t tmpl, std::uint64_t a, std::uint64_t b) {
  return combine(combine(tmpl, a), b) | 1;
}
inline std::uint64_t feat(std::uint64_t tmpl, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return combine(combine(combine(tmpl, a), b), c) | 1;
}

// Template ids (stable: changing them invalidates trained models).
enum Tmpl : std::uint64_t {
  tBias = 1, tLower, tShape, tShortShape, tAffix, tLowerM1, tLowerP1, tLowerM2, tLowerP2,
  tShapeM1, tShapeP1, tShapeM2, tShapeP2, tBiM1, tBiP1, tTriShape, tStartShape, tCapsDoc,
  tDocCase, tLex, tLexCase, tLowerM1Shape, tShapeLowerP1, tLexM1, tLexP1,
  tS1Self = 100, tS1M1, tS1P1, tS1DocHas, tS1DocMaj, tS1DocMajShape,
};

// Per-word document statistics slots.
enum DocStat : int { kStatLower = 0, kStatCapMid = 1, kStatS1 = 2 /* 5 counters: O, PER, ORG, LOC, MISC */ };
constexpr int kStatsPerWord = 8;

// Sentinel values for positions outside the segment.
constexpr std::uint64_t kBos = 0x5A5A5A5A01ULL, kEos = 0x5A5A5A5A02ULL;

std::uint32_t docSlot(FeatureWorkspace& ws, std::uint64_t key) {
  const std::size_t mask = ws.docKeys.size() - 1;
  std::size_t i = static_cast<std::size_t>(key) & mask;
  while (ws.docKeys[i] != 0 && ws.docKeys[i] != key) i = (i + 1) & mask;
  if (ws.docKeys[i] == 0) {
    ws.docKeys[i] = key;
    ws.docVals[i] = static_cast<std::uint32_t>(ws.docStats.size() / kStatsPerWord);
    ws.docStats.resize(ws.docStats.size() + kStatsPerWord, 0);
  }
  return ws.docVals[i];
}

inline void bump(std::uint16_t& c) {
  if (c < 0xFFFF) ++c;
}

// Stage-2 features of token t (segment seg): stage-1 labels around it and how stage 1
// labelled the other occurrences of its word (ws.docStats S1 counters must be filled).
void pushStage2(const FeatureWorkspace& ws, std::uint32_t t, const Segment& seg, std::span<const std::uint8_t> stage1,
                std::vector<std::uint64_t>& f) {
  const TokenInfo& ti = ws.info[t];
  const int self = stage1[t];
  f.push_back(feat(tS1Self, static_cast<std::uint64_t>(self)));
  f.push_back(feat(tS1M1, t > seg.first ? stage1[t - 1] : 99u, static_cast<std::uint64_t>(self)));
  f.push_back(feat(tS1P1, t + 1 < seg.end ? stage1[t + 1] : 99u, static_cast<std::uint64_t>(self)));
  if (ti.casing == 1 || ti.casing == 5) return;  // the document features below skip these
  const std::uint16_t* st = &ws.docStats[static_cast<std::size_t>(ws.words[t]) * kStatsPerWord];
  int counts[5];
  for (int k = 0; k < 5; ++k) counts[k] = st[kStatS1 + k];
  --counts[self == 0 ? 0 : 1 + typeOf(self)];
  int best = 0, bestCount = 0, entityTotal = 0;
  for (int k = 1; k < 5; ++k) {
    entityTotal += counts[k];
    if (counts[k] > bestCount) best = k, bestCount = counts[k];
    if (counts[k] > 0) f.push_back(feat(tS1DocHas, static_cast<std::uint64_t>(k), ti.casing));
  }
  if (bestCount > 0) {
    const int ratio = counts[0] == 0 ? 2 : (entityTotal >= counts[0] ? 1 : 0);
    f.push_back(feat(tS1DocMaj, static_cast<std::uint64_t>(best), static_cast<std::uint64_t>(ratio)));
    const TokenInfo& o = ti;
    const std::uint64_t sh0 = o.capsLine ? combine(o.shortShape, 7 + o.docCase) : o.shortShape;
    f.push_back(feat(tS1DocMajShape, static_cast<std::uint64_t>(best), sh0));
  }
}

}  // namespace

std::uint64_t phraseHashStart() { return kFnvOffset; }

std::uint64_t phraseHashAdd(std::uint64_t h, std::string_view token, bool first) {
  if (!first) h = (h ^ static_cast<unsigned char>(' ')) * kFnvPrime;
  for (char c : token) h = (h ^ static_cast<unsigned char>(lowerByte(c))) * kFnvPrime;
  return h;
}

void Lexicon::grow() {
  std::vector<std::uint64_t> oldKeys = std::move(keys_);
  std::vector<std::uint8_t> oldMasks = std::move(masks_);
  const std::size_t n = oldKeys.empty() ? 1024 : oldKeys.size() * 2;
  keys_.assign(n, 0);
  masks_.assign(n, 0);
  count_ = 0;
  for (std::size_t i = 0; i < oldKeys.size(); ++i)
    if (oldKeys[i] != 0) addHashed(oldKeys[i], oldMasks[i], 0);
}

void Lexicon::addHashed(std::uint64_t h, std::uint8_t mask, int tokens) {
  h |= 1;
  if ((count_ + 1) * 2 > keys_.size()) grow();
  const std::size_t m = keys_.size() - 1;
  std::size_t i = static_cast<std::size_t>(mix(h)) & m;
  while (keys_[i] != 0 && keys_[i] != h) i = (i + 1) & m;
  if (keys_[i] == 0) {
    keys_[i] = h;
    ++count_;
  }
  masks_[i] |= mask;
  maxTokens_ = std::max(maxTokens_, tokens);
}

void Lexicon::add(std::string_view phrase, std::uint8_t mask) {
  std::uint64_t h = phraseHashStart();
  int tokens = 0;
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    std::size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ') ++j;
    if (j > i) {
      h = phraseHashAdd(h, phrase.substr(i, j - i), tokens == 0);
      ++tokens;
    }
    i = j;
  }
  if (tokens > 0) addHashed(h, mask, tokens);
}

std::uint8_t Lexicon::find(std::uint64_t h) const {
  if (keys_.empty()) return 0;
  h |= 1;
  const std::size_t m = keys_.size() - 1;
  std::size_t i = static_cast<std::size_t>(mix(h)) & m;
  while (keys_[i] != 0) {
    if (keys_[i] == h) return masks_[i];
    i = (i + 1) & m;
  }
  return 0;
}

void Lexicon::prefetch(std::uint64_t h) const {
  if (keys_.empty()) return;
  const std::size_t i = static_cast<std::size_t>(mix(h | 1)) & (keys_.size() - 1);
  __builtin_prefetch(&keys_[i]);
  __builtin_prefetch(&masks_[i]);
}

bool Lexicon::adoptTable(std::vector<std::uint64_t> keys, std::vector<std::uint8_t> masks, int maxTokens) {
  if (keys.size() != masks.size() || (keys.size() & (keys.size() - 1)) != 0) return false;
  std::size_t count = 0;
  for (auto k : keys) count += k != 0;
  if (!keys.empty() && count * 2 > keys.size()) return false;  // the probe loop needs empty slots
  keys_ = std::move(keys);
  masks_ = std::move(masks);
  count_ = count;
  maxTokens_ = maxTokens;
  return true;
}

std::vector<std::pair<std::uint64_t, std::uint8_t>> Lexicon::entries() const {
  std::vector<std::pair<std::uint64_t, std::uint8_t>> out;
  out.reserve(count_);
  for (std::size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] != 0) out.emplace_back(keys_[i], masks_[i]);
  return out;
}

void extractFeatures(const Document& doc, const Tokenized& toks, const Lexicon& lex,
                     std::span<const std::uint8_t> stage1, FeatureWorkspace& ws) {
  const auto n = static_cast<std::uint32_t>(toks.tokens.size());
  const std::string_view text = doc.text;
  ws.info.assign(n, TokenInfo{});
  ws.segments.clear();
  ws.offsets.clear();
  ws.feats.clear();
  ws.docStats.clear();
  {
    std::size_t cap = 64;
    while (cap < static_cast<std::size_t>(n) * 2) cap *= 2;
    ws.docKeys.assign(cap, 0);
    ws.docVals.assign(cap, 0);
  }
  if (n == 0) {
    ws.offsets.push_back(0);
    return;
  }

  // Pass 1: word forms, segments, lines.
  char buf[48];
  std::uint32_t segStart = 0, lineStart = 0;
  bool lineHasLower = false, lineHasLetters = false;
  const auto closeLine = [&](std::uint32_t end) {
    const bool caps = lineHasLetters && !lineHasLower;
    for (std::uint32_t k = lineStart; k < end; ++k) ws.info[k].capsLine = caps;
    lineStart = end;
    lineHasLower = lineHasLetters = false;
  };
  for (std::uint32_t t = 0; t < n; ++t) {
    const Token& tok = toks.tokens[t];
    TokenInfo& ti = ws.info[t];
    bool newline = false;
    if (t > 0) {
      const Token& prev = toks.tokens[t - 1];
      for (std::uint32_t b = prev.byteEnd; b < tok.byteStart; ++b)
        if (text[b] == '\n') {
          newline = true;
          break;
        }
      if (newline) closeLine(t);
      if (newline || tok.sentence != prev.sentence) {
        ws.segments.push_back({segStart, t});
        segStart = t;
      }
    }
    ti.lineStart = (t == segStart);
    // Lower form, shapes.
    const std::string_view w = tok.text;
    const std::size_t len = std::min<std::size_t>(w.size(), sizeof buf);
    for (std::size_t k = 0; k < len; ++k) buf[k] = lowerByte(w[k]);
    const std::string_view low(buf, len);
    ti.lower = hashBytes(low);
    char shape[16], shortShape[16];
    std::size_t sl = 0, ssl = 0;
    char last = 0;
    int run = 0;
    bool hasLower = false, hasLetter = false;
    for (char c0 : w) {
      const auto c = static_cast<unsigned char>(c0);
      char s;
      if (c >= 'A' && c <= 'Z') s = 'X', hasLetter = true;
      else if (c >= 'a' && c <= 'z') s = 'x', hasLetter = hasLower = true;
      else if (c >= '0' && c <= '9') s = 'd';
      else if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
      else if (c >= 0x80) s = 'u', hasLetter = true;
      else s = static_cast<char>(c);
      if (s == last) {
        ++run;
      } else {
        run = 1;
        last = s;
        if (ssl < sizeof shortShape) shortShape[ssl++] = s;
      }
      if (run <= 4 && sl < sizeof shape) shape[sl++] = s;
    }
    ti.shape = hashBytes(std::string_view(shape, sl));
    ti.shortShape = hashBytes(std::string_view(shortShape, ssl));
    for (std::size_t k = 1; k <= 4; ++k) {
      if (len >= k) {
        ti.affix[k - 1] = hashBytes(low.substr(0, k));
        ti.affix[k + 3] = hashBytes(low.substr(len - k));
      }
    }
    if (tok.has(kPunct)) ti.casing = 5;
    else if (tok.has(kAllCaps)) ti.casing = 3;
    else if (tok.has(kCapitalised)) ti.casing = 2;
    else if (tok.has(kLower)) ti.casing = 1;
    else if (tok.has(kHasDigit)) ti.casing = 4;
    lineHasLetters |= hasLetter;
    lineHasLower |= hasLower;
  }
  ws.segments.push_back({segStart, n});
  closeLine(n);
  // Pass 2: document statistics per word (lower form).
  std::vector<std::uint32_t>& wordIdx = ws.words;
  wordIdx.assign(n, 0);
  for (std::uint32_t t = 0; t < n; ++t) {
    const TokenInfo& ti = ws.info[t];
    const std::uint32_t w = docSlot(ws, ti.lower | 1);
    wordIdx[t] = w;
    std::uint16_t* st = &ws.docStats[static_cast<std::size_t>(w) * kStatsPerWord];
    if (!ti.capsLine) {
      if (ti.casing == 1) bump(st[kStatLower]);
      else if (ti.casing == 2 && !ti.lineStart && t > 0 && !toks.tokens[t - 1].has(kQuoteMark) &&
               toks.tokens[t - 1].text != ":")
        bump(st[kStatCapMid]);
    }
    if (!stage1.empty()) {
      const int lab = stage1[t];
      bump(st[kStatS1 + (lab == 0 ? 0 : 1 + typeOf(lab))]);
    }
  }
  for (std::uint32_t t = 0; t < n; ++t) {
    const std::uint16_t* st = &ws.docStats[static_cast<std::size_t>(wordIdx[t]) * kStatsPerWord];
    ws.info[t].docCase = static_cast<std::uint8_t>((st[kStatLower] > 0 ? 1 : 0) | (st[kStatCapMid] > 0 ? 2 : 0));
  }
  // Pass 3: lexicon matches within segments.
  const int maxLex = std::min(lex.maxTokens(), 6);
  if (lex.size() > 0) {
    for (const Segment& seg : ws.segments) {
      for (std::uint32_t t = seg.first; t < seg.end; ++t) {
        if (toks.tokens[t].has(kPunct)) continue;
        // Hashes of the phrases starting here first, their slots prefetched, then the probes
        // (independent cache misses overlap).
        std::uint64_t hs[6];
        int count = 0;
        std::uint64_t h = phraseHashStart();
        for (int k = 0; k < maxLex && t + k < seg.end; ++k) {
          h = phraseHashAdd(h, toks.tokens[t + k].text, k == 0);
          hs[count++] = h;
          lex.prefetch(h);
        }
        for (int k = 0; k < count; ++k) {
          const std::uint8_t m = lex.find(hs[k]);
          if (!m) continue;
          if (k == 0) {
            ws.info[t].lexU |= m;
          } else {
            ws.info[t].lexB |= m;
            for (int q = 1; q < k; ++q) ws.info[t + q].lexI |= m;
            ws.info[t + k].lexL |= m;
          }
        }
      }
    }
  }

  // Pass 4: features.
  ws.offsets.clear();
  ws.offsets.reserve(n + 1);
  ws.feats.reserve(static_cast<std::size_t>(n) * 40);
  for (const Segment& seg : ws.segments) {
    for (std::uint32_t t = seg.first; t < seg.end; ++t) {
      ws.offsets.push_back(static_cast<std::uint32_t>(ws.feats.size()));
      const TokenInfo& ti = ws.info[t];
      const auto lowerAt = [&](std::int64_t k) -> std::uint64_t {
        if (k < seg.first) return kBos;
        if (k >= seg.end) return kEos;
        return ws.info[k].lower;
      };
      const auto shapeAt = [&](std::int64_t k) -> std::uint64_t {
        if (k < seg.first) return kBos;
        if (k >= seg.end) return kEos;
        const TokenInfo& o = ws.info[k];
        return o.capsLine ? combine(o.shortShape, 7 + o.docCase) : o.shortShape;
      };
      const std::int64_t i = t;
      const std::uint64_t sh0 = shapeAt(i);
      const std::uint64_t lo0 = ti.lower;
      auto& f = ws.feats;
      f.push_back(feat(tBias, 0));
      f.push_back(feat(tLower, lo0));
      f.push_back(feat(tShape, ti.capsLine ? combine(ti.shape, 7 + ti.docCase) : ti.shape));
      f.push_back(feat(tShortShape, sh0));
      for (int k = 0; k < 8; ++k)
        if (ti.affix[k]) f.push_back(feat(tAffix, static_cast<std::uint64_t>(k), ti.affix[k]));
      const std::uint64_t loM1 = lowerAt(i - 1), loP1 = lowerAt(i + 1);
      const std::uint64_t shM1 = shapeAt(i - 1), shP1 = shapeAt(i + 1);
      f.push_back(feat(tLowerM1, loM1));
      f.push_back(feat(tLowerP1, loP1));
      f.push_back(feat(tLowerM2, lowerAt(i - 2)));
      f.push_back(feat(tLowerP2, lowerAt(i + 2)));
      f.push_back(feat(tShapeM1, shM1));
      f.push_back(feat(tShapeP1, shP1));
      f.push_back(feat(tShapeM2, shapeAt(i - 2)));
      f.push_back(feat(tShapeP2, shapeAt(i + 2)));
      f.push_back(feat(tBiM1, loM1, lo0));
      f.push_back(feat(tBiP1, lo0, loP1));
      f.push_back(feat(tTriShape, shM1, sh0, shP1));
      f.push_back(feat(tStartShape, ti.lineStart ? 1 : 0, sh0));
      f.push_back(feat(tCapsDoc, ti.capsLine ? 1 : 0, ti.docCase, ti.casing));
      f.push_back(feat(tDocCase, ti.docCase, ti.casing, ti.lineStart ? 1 : 0));
      f.push_back(feat(tLowerM1Shape, loM1, sh0));
      f.push_back(feat(tShapeLowerP1, sh0, loP1));
      const std::uint8_t lexPos[4] = {ti.lexB, ti.lexI, ti.lexL, ti.lexU};
      for (int p = 0; p < 4; ++p)
        for (int c = 0; c < kLexCats; ++c)
          if (lexPos[p] & (1u << c)) {
            f.push_back(feat(tLex, static_cast<std::uint64_t>(p), static_cast<std::uint64_t>(c)));
            f.push_back(feat(tLexCase, static_cast<std::uint64_t>(p * 8 + c), ti.casing, ti.capsLine ? 1 : 0));
          }
      if (t > seg.first) {
        const TokenInfo& o = ws.info[t - 1];
        const std::uint8_t any = o.lexU | o.lexL;
        for (int c = 0; c < kLexCats; ++c)
          if (any & (1u << c)) f.push_back(feat(tLexM1, static_cast<std::uint64_t>(c), ti.casing));
      }
      if (t + 1 < seg.end) {
        const TokenInfo& o = ws.info[t + 1];
        const std::uint8_t any = o.lexU | o.lexB;
        for (int c = 0; c < kLexCats; ++c)
          if (any & (1u << c)) f.push_back(feat(tLexP1, static_cast<std::uint64_t>(c), ti.casing));
      }
      if (!stage1.empty()) pushStage2(ws, t, seg, stage1, f);
    }
  }
  ws.offsets.push_back(static_cast<std::uint32_t>(ws.feats.size()));
  assert(ws.offsets.size() == static_cast<std::size_t>(n) + 1);
}

std::uint64_t wordFeature(const TokenInfo& info) { return feat(tLower, info.lower); }

void extractStage2Features(std::span<const std::uint8_t> stage1, FeatureWorkspace& ws,
                           std::vector<std::uint32_t>& offsets, std::vector<std::uint64_t>& feats) {
  const auto n = static_cast<std::uint32_t>(ws.info.size());
  offsets.clear();
  feats.clear();
  assert(stage1.size() == n && ws.words.size() == n);
  // Stage-1 label counters per word (the lower-case and mid-sentence counters stay).
  const std::size_t words = ws.docStats.size() / kStatsPerWord;
  for (std::size_t w = 0; w < words; ++w)
    for (int k = 0; k < 5; ++k) ws.docStats[w * kStatsPerWord + kStatS1 + k] = 0;
  for (std::uint32_t t = 0; t < n; ++t) {
    const int lab = stage1[t];
    bump(ws.docStats[static_cast<std::size_t>(ws.words[t]) * kStatsPerWord + kStatS1 + (lab == 0 ? 0 : 1 + typeOf(lab))]);
  }
  offsets.reserve(n + 1);
  feats.reserve(static_cast<std::size_t>(n) * 8);
  for (const Segment& seg : ws.segments)
    for (std::uint32_t t = seg.first; t < seg.end; ++t) {
      offsets.push_back(static_cast<std::uint32_t>(feats.size()));
      pushStage2(ws, t, seg, stage1, feats);
    }
  offsets.push_back(static_cast<std::uint32_t>(feats.size()));
}

void labelsToEntities(const Tokenized& toks, std::span<const std::uint8_t> labels, std::vector<Entity>& out) {
  const std::size_t n = std::min(labels.size(), toks.tokens.size());
  std::size_t t = 0;
  while (t < n) {
    const int lab = labels[t];
    if (lab == kLabelO) {
      ++t;
      continue;
    }
    const int type = typeOf(lab);
    std::size_t e = t + 1;
    if (posOf(lab) == kB || posOf(lab) == kI) {
      while (e < n && labels[e] != kLabelO && typeOf(labels[e]) == type &&
             (posOf(labels[e]) == kI || posOf(labels[e]) == kL) && toks.tokens[e].sentence == toks.tokens[t].sentence) {
        ++e;
        if (posOf(labels[e - 1]) == kL) break;
      }
    }
    Entity ent;
    ent.span = {toks.tokens[t].span.start, toks.tokens[e - 1].span.end};
    ent.type = static_cast<EntityType>(type);
    out.push_back(ent);
    t = e;
  }
}

}  // namespace wiremap::extract::ner
