#pragma once
// User corrections saved next to the article (ARTICLE.wiremap.json): which candidate a
// place resolves to. Read on open, written atomically on every change; the article itself
// is never modified.
#include <filesystem>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"

namespace wiremap::app {

struct PlaceOverride {
  std::string mention;        ///< the mention's text, as written
  std::uint32_t start = 0;    ///< code-point offset of the place's first mention
  PlaceCandidate choice;      ///< the referent chosen by the user
};

struct Sidecar {
  std::vector<PlaceOverride> overrides;
};

/// "dir/story.txt" -> "dir/story.wiremap.json".
std::filesystem::path sidecarPath(const std::filesystem::path& article);

/// Reads a sidecar. A missing file is an empty Sidecar; a malformed one is an error naming it.
Result<Sidecar> loadSidecar(const std::filesystem::path& path);
Status saveSidecar(const std::filesystem::path& path, const Sidecar& s);

/// Records "place `placeId` is candidate `candidate`" (replacing an earlier choice for it).
void addOverride(Sidecar& s, const Document& doc, Id placeId, int candidate);

/// Applies the overrides to the document's places; returns how many matched a place.
int applySidecar(Document& doc, const Sidecar& s);

}  // namespace wiremap::app
