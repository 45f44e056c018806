#include "extract/ner.hpp"

#include <chrono>

#include "core/files.hpp"
#include "extract/ner_features.hpp"
#include "extract/ner_model.hpp"

namespace wiremap::extract {

struct NerModel::Impl {
  ner::ModelData model;
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
  return std::shared_ptr<const NerModel>(std::move(model));
}

std::vector<Entity> NerModel::tag(const Document& doc, const Tokenized& toks) const {
  std::vector<Entity> out;
  const ner::ModelData& m = impl_->model;
  if (m.stages.empty() || toks.tokens.empty()) return out;
  ner::FeatureWorkspace ws;
  std::vector<float> emis, scratch;
  std::vector<std::uint8_t> back;
  std::vector<std::uint8_t> labels(toks.tokens.size(), ner::kLabelO);
  std::vector<std::uint8_t> stage1;
  for (std::size_t s = 0; s < m.stages.size(); ++s) {
    ner::extractFeatures(doc, toks, m.lexicon, stage1, ws);
    m.stages[s].emissions(ws, emis);
    for (const ner::Segment& seg : ws.segments)
      ner::viterbi(&emis[static_cast<std::size_t>(seg.first) * ner::kNumLabels], seg.end - seg.first,
                   m.stages[s].trans.data(), &labels[seg.first], scratch, back);
    stage1 = labels;
  }
  ner::labelsToEntities(toks, labels, out);
  return out;
}

}  // namespace wiremap::extract
