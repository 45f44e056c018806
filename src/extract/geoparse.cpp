// PLACEHOLDER until the geoparsing engineer lands the geoparser.
#include "extract/geoparse.hpp"

namespace wiremap::extract {
std::vector<Place> geoparse(const Document&, const Tokenized&, const Gazetteer&) { return {}; }
}  // namespace wiremap::extract
