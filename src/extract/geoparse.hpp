#pragma once
// Toponym recognition and resolution. OWNER: geoparsing engineer.
#include <vector>

#include "core/document.hpp"
#include "extract/gazetteer.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {

/// Finds place mentions (using doc.entities as a signal) and resolves them to ranked
/// candidates. Returns places grouped by referent, mentions in text order.
std::vector<Place> geoparse(const Document& doc, const Tokenized& toks, const Gazetteer& gaz);

}  // namespace wiremap::extract
