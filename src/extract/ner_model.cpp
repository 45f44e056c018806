#include "extract/ner_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace wiremap::extract::ner {
namespace {

constexpr char kMagic[8] = {'W', 'M', 'N', 'E', 'R', 'M', 'O', 'D'};
constexpr std::size_t kHeaderBytes = 8 + 4 * 4 + 8 + 8;
constexpr float kNegInf = -1e30f;

// kAllowed[1 + prev][next]: the BILOU grammar as a table (prev = -1 at a segment start).
struct AllowedTable {
  bool v[kNumLabels + 1][kNumLabels + 1] = {};
  constexpr AllowedTable() {
    for (int p = -1; p < kNumLabels; ++p)
      for (int n = -1; n < kNumLabels; ++n) v[p + 1][n + 1] = allowedTransition(p, n);
  }
  constexpr bool operator()(int p, int n) const { return v[p + 1][n + 1]; }
};
constexpr AllowedTable kAllowed;

// Allowed predecessors of each label.
struct PredList {
  std::uint8_t n = 0;
  std::uint8_t p[kNumLabels] = {};
};
struct PredTable {
  PredList of[kNumLabels];
  constexpr PredTable() {
    for (int l = 0; l < kNumLabels; ++l)
      for (int p = 0; p < kNumLabels; ++p)
        if (allowedTransition(p, l)) of[l].p[of[l].n++] = static_cast<std::uint8_t>(p);
  }
};
constexpr PredTable kPreds;

inline std::size_t slotOf(std::uint64_t key, std::size_t mask) {
  std::uint64_t x = key;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return static_cast<std::size_t>(x) & mask;
}

// Checksum of the payload: FNV-1a style over little-endian 64-bit words (4 lanes), then the
// tail bytes. Detects truncation, bit flips and swapped words.
std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h[4] = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL, 0x9ce484222325cbf2ULL, 0x2325cbf29ce48422ULL};
  constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  std::size_t i = 0;
  for (; i + 32 <= s.size(); i += 32)
    for (int k = 0; k < 4; ++k) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i + 8 * k, 8);
      h[k] = (h[k] ^ w) * kPrime;
      h[k] ^= h[k] >> 29;
    }
  std::uint64_t r = h[0] ^ (h[1] * 3) ^ (h[2] * 5) ^ (h[3] * 7);
  for (; i < s.size(); ++i) r = (r ^ static_cast<unsigned char>(s[i])) * kPrime;
  return r ^ s.size();
}

class Writer {
 public:
  template <class T>
  void put(const T& v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  template <class T>
  void putArray(const std::vector<T>& v) {
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    pad();
  }
  void pad() {
    while (out_.size() % 8) out_.push_back('\0');
  }
  std::string& str() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  template <class T>
  bool get(T& v) {
    if (s_.size() - pos_ < sizeof v) return false;
    std::memcpy(&v, s_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return true;
  }
  template <class T>
  bool getArray(std::vector<T>& v, std::size_t count) {
    const std::size_t bytes = count * sizeof(T);
    if (count > s_.size() || s_.size() - pos_ < bytes) return false;
    v.resize(count);
    if (bytes) std::memcpy(v.data(), s_.data() + pos_, bytes);
    pos_ += bytes;
    while (pos_ % 8 && pos_ < s_.size()) ++pos_;
    return true;
  }
  bool done() const { return pos_ == s_.size(); }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace

std::int64_t StageWeights::find(std::uint64_t feature) const {
  if (keys.empty()) return -1;
  const std::size_t mask = keys.size() - 1;
  std::size_t i = slotOf(feature, mask);
  while (true) {
    if (keys[i] == feature) return static_cast<std::int64_t>(rows[i]);
    if (keys[i] == 0) return -1;
    i = (i + 1) & mask;
  }
}

void StageWeights::emissions(const FeatureWorkspace& ws, std::vector<float>& out) const {
  const std::size_t n = ws.offsets.empty() ? 0 : ws.offsets.size() - 1;
  out.assign(n * kNumLabels, 0.0f);
  std::int32_t acc[kNumLabels];
  for (std::size_t t = 0; t < n; ++t) {
    std::fill(acc, acc + kNumLabels, 0);
    for (std::uint32_t k = ws.offsets[t]; k < ws.offsets[t + 1]; ++k) {
      const std::int64_t r = find(ws.feats[k]);
      if (r < 0) continue;
      const std::int16_t* w = &weights[static_cast<std::size_t>(r) * kNumLabels];
      for (int l = 0; l < kNumLabels; ++l) acc[l] += w[l];
    }
    float* o = &out[t * kNumLabels];
    for (int l = 0; l < kNumLabels; ++l) o[l] = static_cast<float>(acc[l]) * scale;
  }
}

void StageWeights::build(std::span<const std::uint64_t> features, std::span<const float> rowWeights) {
  const std::size_t n = features.size();
  std::size_t size = 16;
  while (size < 2 * n) size *= 2;  // load factor <= 1/2 (short probes for unknown features)
  keys.assign(size, 0);
  rows.assign(size, 0);
  float maxAbs = 0;
  for (float w : rowWeights) maxAbs = std::max(maxAbs, std::fabs(w));
  scale = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
  weights.assign(n * kNumLabels, 0);
  for (std::size_t r = 0; r < n; ++r) {
    std::size_t i = slotOf(features[r], size - 1);
    while (keys[i] != 0) i = (i + 1) & (size - 1);
    keys[i] = features[r];
    rows[i] = static_cast<std::uint32_t>(r);
    for (int l = 0; l < kNumLabels; ++l)
      weights[r * kNumLabels + l] =
          static_cast<std::int16_t>(std::lround(rowWeights[r * kNumLabels + l] / scale));
  }
}

std::string serialize(const ModelData& model) {
  Writer p;
  p.put(static_cast<std::uint32_t>(model.lexicon.maxTokens()));
  p.put(static_cast<std::uint32_t>(model.lexicon.tableKeys().size()));
  p.putArray(model.lexicon.tableKeys());
  p.putArray(model.lexicon.tableMasks());
  for (const StageWeights& s : model.stages) {
    p.put(static_cast<std::uint32_t>(s.keys.size()));
    p.put(static_cast<std::uint32_t>(s.weights.size() / kNumLabels));
    p.put(s.scale);
    p.putArray(s.trans);
    p.putArray(s.keys);
    p.putArray(s.rows);
    p.putArray(s.weights);
  }
  Writer h;
  h.str().append(kMagic, 8);
  h.put(kFormatVersion);
  h.put(static_cast<std::uint32_t>(kNumLabels));
  h.put(static_cast<std::uint32_t>(model.stages.size()));
  h.put(std::uint32_t{0});
  h.put(static_cast<std::uint64_t>(p.str().size()));
  h.put(fnv1a(p.str()));
  return h.str() + p.str();
}

Result<ModelData> deserialize(std::string_view bytes, const std::string& name) {
  const auto fail = [&](const std::string& why) { return Error{name + ": " + why}; };
  if (bytes.size() < kHeaderBytes) return fail("not a NER model (file too short)");
  if (std::memcmp(bytes.data(), kMagic, 8) != 0) return fail("not a NER model (bad magic)");
  Reader h(bytes.substr(8, kHeaderBytes - 8));
  std::uint32_t version = 0, labels = 0, stages = 0, reserved = 0;
  std::uint64_t payloadBytes = 0, checksum = 0;
  h.get(version), h.get(labels), h.get(stages), h.get(reserved), h.get(payloadBytes), h.get(checksum);
  if (version != kFormatVersion)
    return fail("NER model format version " + std::to_string(version) + ", expected " +
                std::to_string(kFormatVersion));
  if (labels != kNumLabels) return fail("NER model has " + std::to_string(labels) + " labels");
  if (stages < 1 || stages > 2) return fail("NER model has " + std::to_string(stages) + " stages");
  const std::string_view payload = bytes.substr(kHeaderBytes);
  if (payload.size() != payloadBytes)
    return fail("truncated or padded NER model (" + std::to_string(payload.size()) + " payload bytes, expected " +
                std::to_string(payloadBytes) + ")");
  if (fnv1a(payload) != checksum) return fail("corrupt NER model (checksum mismatch)");

  ModelData m;
  Reader r(payload);
  std::uint32_t maxTokens = 0, lexCount = 0;
  std::vector<std::uint64_t> hashes;
  std::vector<std::uint8_t> masks;
  if (!r.get(maxTokens) || !r.get(lexCount) || !r.getArray(hashes, lexCount) || !r.getArray(masks, lexCount))
    return fail("corrupt NER model (lexicon)");
  if (maxTokens > 16 || !m.lexicon.adoptTable(std::move(hashes), std::move(masks), static_cast<int>(maxTokens)))
    return fail("corrupt NER model (lexicon table)");
  for (std::uint32_t s = 0; s < stages; ++s) {
    StageWeights w;
    std::uint32_t tableSize = 0, rowCount = 0;
    if (!r.get(tableSize) || !r.get(rowCount) || !r.get(w.scale)) return fail("corrupt NER model (stage header)");
    if (tableSize == 0 || (tableSize & (tableSize - 1)) != 0 || rowCount > tableSize)
      return fail("corrupt NER model (table size)");
    if (!r.getArray(w.trans, static_cast<std::size_t>(kNumLabels + 1) * kNumLabels) ||
        !r.getArray(w.keys, tableSize) || !r.getArray(w.rows, tableSize) ||
        !r.getArray(w.weights, static_cast<std::size_t>(rowCount) * kNumLabels))
      return fail("corrupt NER model (weights)");
    for (std::uint32_t i = 0; i < tableSize; ++i)
      if (w.keys[i] != 0 && w.rows[i] >= rowCount) return fail("corrupt NER model (row index)");
    m.stages.push_back(std::move(w));
  }
  if (!r.done()) return fail("corrupt NER model (trailing bytes)");
  return m;
}

void viterbi(const float* emis, std::uint32_t count, const float* trans, std::uint8_t* labels,
             std::vector<float>& scratch, std::vector<std::uint8_t>& back) {
  if (count == 0) return;
  constexpr int L = kNumLabels;
  scratch.resize(static_cast<std::size_t>(count) * L);
  back.resize(static_cast<std::size_t>(count) * L);
  for (int l = 0; l < L; ++l) {
    scratch[l] = kAllowed(-1, l) ? emis[l] + trans[l] : kNegInf;
    back[l] = 0;
  }
  for (std::uint32_t t = 1; t < count; ++t) {
    const float* prev = &scratch[(t - 1) * L];
    float* cur = &scratch[t * L];
    std::uint8_t* bp = &back[t * L];
    for (int l = 0; l < L; ++l) {
      const PredList& pl = kPreds.of[l];
      float best = kNegInf;
      int arg = pl.p[0];
      for (int k = 0; k < pl.n; ++k) {
        const int p = pl.p[k];
        const float s = prev[p] + trans[(1 + p) * L + l];
        if (s > best) best = s, arg = p;
      }
      cur[l] = best + emis[t * L + l];
      bp[l] = static_cast<std::uint8_t>(arg);
    }
  }
  float best = kNegInf;
  int arg = 0;
  const float* last = &scratch[(count - 1) * L];
  for (int l = 0; l < L; ++l)
    if (kAllowed(l, -1) && last[l] > best) best = last[l], arg = l;
  for (std::uint32_t t = count; t-- > 0;) {
    labels[t] = static_cast<std::uint8_t>(arg);
    arg = back[t * L + arg];
  }
}

}  // namespace wiremap::extract::ner
