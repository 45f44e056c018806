// PLACEHOLDER until the quotes engineer lands quote extraction.
#include "extract/quotes.hpp"

namespace wiremap::extract {
std::vector<Quote> findQuotes(const Document&, const Tokenized&) { return {}; }
}  // namespace wiremap::extract
