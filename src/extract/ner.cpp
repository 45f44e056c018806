// PLACEHOLDER until the NER engineer lands the model: tags nothing.
#include "extract/ner.hpp"

namespace wiremap::extract {
struct NerModel::Impl {};
NerModel::NerModel() : impl_(std::make_unique<Impl>()) {}
NerModel::~NerModel() = default;
NerModel::NerModel(NerModel&&) noexcept = default;
NerModel& NerModel::operator=(NerModel&&) noexcept = default;
Result<std::shared_ptr<const NerModel>> NerModel::load(const std::filesystem::path& path) {
  return Error{path.string() + ": NER model not available yet"};
}
std::vector<Entity> NerModel::tag(const Document&, const Tokenized&) const { return {}; }
}  // namespace wiremap::extract
