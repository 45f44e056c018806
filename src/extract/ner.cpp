#include "extract/ner.hpp"

#include <algorithm>
#include <cstring>

#include "core/files.hpp"
#include "extract/ner_features.hpp"
#include "extract/ner_model.hpp"

namespace wiremap::extract {
namespace {

constexpr int L = ner::kNumLabels;

inline std::size_t slotOf(std::uint64_t key, std::size_t mask) {
  std::uint64_t x = key;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return static_cast<std::size_t>(x) & mask;
}

// One lookup table for both stages: a feature hash maps to one joint row holding the stage-1
// weights then the stage-2 weights (zeros where a stage does not know the feature), so a base
// feature costs one probe and one cache-line pair for both stages.
struct JointTable {
  struct Slot {
    std::uint64_t key = 0;  // 0 = empty
    std::uint32_t row = 0;
    std::uint32_t pad = 0;
  };
  static constexpr int kRow = 2 * L;  // int16 weights per joint row
  std::vector<Slot> slots;
  std::vector<std::int16_t> rows;
  std::size_t mask = 0;
  float scale[2] = {1.0f, 1.0f};

  const Slot* probe(std::uint64_t key) const {
    std::size_t i = slotOf(key, mask);
    while (true) {
      const Slot& s = slots[i];
      if (s.key == key) return &s;
      if (s.key == 0) return nullptr;
      i = (i + 1) & mask;
    }
  }

  void build(const std::vector<ner::StageWeights>& stages) {
    std::size_t occupied = 0;
    for (const auto& st : stages)
      for (std::uint64_t k : st.keys) occupied += k != 0;
    std::size_t size = 16;
    while (size < 2 * occupied) size *= 2;  // load factor <= 1/2 even if the stages share nothing
    slots.assign(size, {});
    mask = size - 1;
    rows.clear();
    rows.reserve(occupied * kRow);
    for (std::size_t s = 0; s < stages.size() && s < 2; ++s) {
      const ner::StageWeights& st = stages[s];
      scale[s] = st.scale;
      for (std::size_t i = 0; i < st.keys.size(); ++i) {
        const std::uint64_t key = st.keys[i];
        if (key == 0) continue;
        std::size_t j = slotOf(key, mask);
        while (slots[j].key != 0 && slots[j].key != key) j = (j + 1) & mask;
        if (slots[j].key == 0) {
          slots[j].key = key;
          slots[j].row = static_cast<std::uint32_t>(rows.size() / kRow);
          rows.resize(rows.size() + kRow, 0);
        }
        std::memcpy(&rows[static_cast<std::size_t>(slots[j].row) * kRow + s * L],
                    &st.weights[static_cast<std::size_t>(st.rows[i]) * L], L * sizeof(std::int16_t));
      }
    }
  }
};

// Joint rows of features [begin, end) that the table knows, each prefetched (a row is 68
// bytes, so it may straddle two cache lines).
inline void resolveRows(const JointTable& jt, const std::uint64_t* begin, const std::uint64_t* end,
                        std::vector<const std::int16_t*>& out) {
  out.clear();
  for (const std::uint64_t* f = begin; f != end; ++f) {
    const JointTable::Slot* s = jt.probe(*f);
    if (!s) continue;
    const std::int16_t* w = &jt.rows[static_cast<std::size_t>(s->row) * JointTable::kRow];
    __builtin_prefetch(w);
    __builtin_prefetch(reinterpret_cast<const char*>(w) + JointTable::kRow * sizeof(std::int16_t) - 1);
    out.push_back(w);
  }
}

}  // namespace

struct NerModel::Impl {
  ner::ModelData model;
  JointTable table;
};

NerModel::NerModel() : impl_(std::make_unique<Impl>()) {}
NerModel::~NerModel() = default;
NerModel::NerModel(NerModel&&) noexcept = default;
NerModel& NerModel::operator=(NerModel&&) noexcept = default;

Result<std::shared_ptr<const NerModel>> NerModel::load(const std::filesystem::path& path) {
  auto bytes = files::readAll(path);
  if (!bytes) return bytes.error();
  auto data = ner::deserialize(bytes.value(), path.string());
  if (!data) return data.error();
  auto model = std::make_shared<NerModel>();
  model->impl_->model = std::move(data.value());
  model->impl_->table.build(model->impl_->model.stages);
  // The per-stage tables are only needed to build the joint one.
  for (auto& st : model->impl_->model.stages) {
    st.keys = {};
    st.rows = {};
    st.weights = {};
  }
  return std::shared_ptr<const NerModel>(std::move(model));
}

std::vector<Entity> NerModel::tag(const Document& doc, const Tokenized& toks) const {
  std::vector<Entity> out;
  const ner::ModelData& m = impl_->model;
  const JointTable& jt = impl_->table;
  if (m.stages.empty() || toks.tokens.empty()) return out;
  const bool twoStages = m.stages.size() >= 2;
  const std::size_t n = toks.tokens.size();

  // Base features once; their stage-1 and stage-2 sums in one pass over the joint table.
  ner::FeatureWorkspace ws;
  ner::extractFeatures(doc, toks, m.lexicon, {}, ws);
  std::vector<float> emis(n * L);
  std::vector<std::int32_t> acc2(twoStages ? n * L : 0, 0);
  // Software pipeline over tokens: the slots of token t+2 are prefetched, the rows of token
  // t+1 resolved and prefetched, and the rows of token t summed.
  const auto prefetchSlots = [&](std::size_t t) {
    for (std::uint32_t k = ws.offsets[t]; k < ws.offsets[t + 1]; ++k)
      __builtin_prefetch(&jt.slots[slotOf(ws.feats[k], jt.mask)]);
  };
  const auto featsOf = [&](std::size_t t, std::vector<const std::int16_t*>& rowsOut) {
    resolveRows(jt, ws.feats.data() + ws.offsets[t], ws.feats.data() + ws.offsets[t + 1], rowsOut);
  };
  std::vector<const std::int16_t*> cur, next;
  cur.reserve(128);
  next.reserve(128);
  prefetchSlots(0);
  if (n > 1) prefetchSlots(1);
  featsOf(0, cur);
  for (std::size_t t = 0; t < n; ++t) {
    if (t + 2 < n) prefetchSlots(t + 2);
    if (t + 1 < n) featsOf(t + 1, next);
    std::int32_t acc1[L] = {};
    if (twoStages) {
      std::int32_t* a2 = &acc2[t * L];
      for (const std::int16_t* w : cur)
        for (int l = 0; l < L; ++l) acc1[l] += w[l], a2[l] += w[L + l];
    } else {
      for (const std::int16_t* w : cur)
        for (int l = 0; l < L; ++l) acc1[l] += w[l];
    }
    for (int l = 0; l < L; ++l) emis[t * L + l] = static_cast<float>(acc1[l]) * jt.scale[0];
    std::swap(cur, next);
  }

  std::vector<float> scratch;
  std::vector<std::uint8_t> back;
  std::vector<std::uint8_t> labels(n, ner::kLabelO);
  const auto decode = [&](const std::vector<float>& trans) {
    for (const ner::Segment& seg : ws.segments)
      ner::viterbi(&emis[static_cast<std::size_t>(seg.first) * L], seg.end - seg.first, trans.data(),
                   &labels[seg.first], scratch, back);
  };
  decode(m.stages[0].trans);

  if (twoStages) {
    std::vector<std::uint32_t> offsets2;
    std::vector<std::uint64_t> feats2;
    ner::extractStage2Features(labels, ws, offsets2, feats2);
    for (std::size_t t = 0; t < n; ++t) {
      std::int32_t* acc = &acc2[t * L];
      for (std::uint32_t k = offsets2[t]; k < offsets2[t + 1]; ++k) {
        const JointTable::Slot* s = jt.probe(feats2[k]);
        if (!s) continue;
        const std::int16_t* w = &jt.rows[static_cast<std::size_t>(s->row) * JointTable::kRow + L];
        for (int l = 0; l < L; ++l) acc[l] += w[l];
      }
      for (int l = 0; l < L; ++l) emis[t * L + l] = static_cast<float>(acc[l]) * jt.scale[1];
    }
    decode(m.stages[1].trans);
  }
  ner::labelsToEntities(toks, labels, out);
  return out;
}

}  // namespace wiremap::extract
