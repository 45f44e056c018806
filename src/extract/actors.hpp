#pragma once
// Actors (people, organisations, countries) built from entity mentions, with titles and
// affiliations; byline reporters and editors kept as metadata only. OWNER: NER engineer.
#include <vector>

#include "core/document.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {

/// Groups doc.entities (and doc.places of kind Country, as country actors) into actors.
std::vector<Actor> buildActors(const Document& doc, const Tokenized& toks);

}  // namespace wiremap::extract
