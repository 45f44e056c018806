#pragma once
// Direct and indirect quotes with cue, source and resolved speaker. OWNER: quotes engineer.
#include <vector>

#include "core/document.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {

/// Quotes of the document; speakers resolved against doc.actors (may be empty).
std::vector<Quote> findQuotes(const Document& doc, const Tokenized& toks);

}  // namespace wiremap::extract
