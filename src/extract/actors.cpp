// PLACEHOLDER until the NER engineer lands actor building.
#include "extract/actors.hpp"

namespace wiremap::extract {
std::vector<Actor> buildActors(const Document&, const Tokenized&) { return {}; }
}  // namespace wiremap::extract
