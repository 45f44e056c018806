#pragma once
// JSON views of a Document: the eval contract line, the full model, and GeoJSON.
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "core/document.hpp"

namespace wiremap {

/// One line of the `wiremap extract --jsonl` contract (shared/eval/README.md): source,
/// places (name, lat, lon, geonameid, mentions), entities, quotes. Code-point offsets.
nlohmann::json toEvalJson(const Document& doc, const std::string& source);

/// Appends the same line as `toEvalJson(doc, source).dump(-1, ' ', false, replace)` (byte for
/// byte: keys in the same sorted order, strings and doubles escaped and printed by the same
/// serializer) plus '\n', without building the JSON tree: a document's thousands of entity
/// and mention objects are written straight into `out`. `wiremap extract --jsonl` uses it.
void appendEvalJsonLine(const Document& doc, const std::string& source, std::string& out);

/// The full model: metadata, places with candidates, actors, quotes, links, every span.
nlohmann::json toJson(const Document& doc);

/// GeoJSON FeatureCollection: places as Points (with mentions, quotes and evidence spans) and
/// links as LineStrings between place anchors (countries anchored at their capitals).
nlohmann::json toGeoJson(const Document& doc);

}  // namespace wiremap
