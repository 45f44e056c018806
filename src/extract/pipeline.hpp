#pragma once
// The whole extraction: ingest -> tokens -> entities -> places -> actors -> quotes -> links.
// Pure (no GL): callable from the CLI, the GUI's worker thread, tests and benchmarks alike.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "extract/gazetteer.hpp"
#include "extract/given_names.hpp"
#include "extract/ner.hpp"

namespace wiremap::extract {

/// Models and tables extraction needs; load once, share between threads (read-only).
struct Resources {
  std::shared_ptr<const Gazetteer> gazetteer;  ///< null: no places
  std::shared_ptr<const NerModel> ner;         ///< null: no entities
  std::shared_ptr<const GivenNames> givenNames;  ///< null: "he"/"she" resolved without given names
  std::vector<std::string> warnings;           ///< assets that could not be loaded, by name
  /// Loads every asset from files::assetDir(). A missing or corrupt asset leaves its stage
  /// off and adds a warning naming the file and the problem.
  static Resources load();
};

/// Sets doc.meta.datelinePlace: the place whose mention covers the dateline, or a resolved
/// non-country place of the same name (the dateline then counts as one of its mentions).
void linkDateline(Document& doc);

/// Runs every extraction stage on a document whose text (and metadata) ingest filled in.
void extractInto(Document& doc, const Resources& res);

/// Convenience for tests: a document from plain UTF-8 text, fully extracted.
Document extractText(std::string text, const Resources& res);

}  // namespace wiremap::extract
