#pragma once
// Named-entity recogniser (PER, ORG, LOC, MISC): a statistical model of our own trained by
// tools/train_ner on CoNLL-2003 train. OWNER: NER engineer.
#include <filesystem>
#include <memory>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {

class NerModel {
 public:
  /// Loads the model asset (e.g. files::assetPath("ner.wmn")). Errors name the file.
  static Result<std::shared_ptr<const NerModel>> load(const std::filesystem::path& path);
  /// Entity mentions of the document, in text order, with code-point spans.
  std::vector<Entity> tag(const Document& doc, const Tokenized& toks) const;

  NerModel();
  ~NerModel();
  NerModel(NerModel&&) noexcept;
  NerModel& operator=(NerModel&&) noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace wiremap::extract
