// PLACEHOLDER until the quotes engineer lands link extraction.
#include "extract/links.hpp"

namespace wiremap::extract {
std::vector<Link> findLinks(const Document&, const Tokenized&) { return {}; }
void associatePlaces(Document&, const Tokenized&) {}
}  // namespace wiremap::extract
