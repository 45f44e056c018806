#pragma once
// Typed links between actors and places, and the place association of quotes.
// OWNER: quotes engineer.
#include <vector>

#include "core/document.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {

/// Links (meeting, visit, deployment, exercise, alliance, conflict, statement, deterrence).
std::vector<Link> findLinks(const Document& doc, const Tokenized& toks);

/// Fills Quote::saidAt / Quote::about from the document's places, sentences and dateline.
void associatePlaces(Document& doc, const Tokenized& toks);

}  // namespace wiremap::extract
