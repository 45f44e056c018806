#include "extract/pipeline.hpp"

#include <algorithm>
#include <cctype>

#include "core/files.hpp"
#include "extract/actors.hpp"
#include "extract/geoparse.hpp"
#include "extract/ingest.hpp"
#include "extract/links.hpp"
#include "extract/quotes.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {

Resources Resources::load() {
  Resources r;
  if (auto gaz = Gazetteer::load(files::assetPath("gazetteer.wmg")))
    r.gazetteer = std::move(gaz.value());
  else
    r.warnings.push_back(gaz.error().message);
  if (auto ner = NerModel::load(files::assetPath("ner.wmn")))
    r.ner = std::move(ner.value());
  else
    r.warnings.push_back(ner.error().message);
  if (auto names = GivenNames::load(files::assetPath("given_names.txt")))
    r.givenNames = std::move(names.value());
  else
    r.warnings.push_back(names.error().message);
  return r;
}

void linkDateline(Document& doc) {
  doc.meta.datelinePlace = kNone;
  if (!doc.meta.datelineSpan) return;
  const Span d = *doc.meta.datelineSpan;
  for (std::size_t i = 0; i < doc.places.size(); ++i)
    for (const PlaceMention& m : doc.places[i].mentions)
      if (m.span.overlaps(d) && doc.places[i].resolved) {
        doc.meta.datelinePlace = static_cast<Id>(i);
        return;
      }
  // The geoparser may skip an all-capitals dateline ("SEOUL"): match the name instead, and
  // record the dateline as a mention of that place.
  const auto upper = [](std::string_view s) {
    std::string r(s);
    for (char& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return r;
  };
  const std::string want = upper(doc.meta.dateline);
  for (std::size_t i = 0; i < doc.places.size(); ++i) {
    Place& p = doc.places[i];
    if (!p.resolved || p.kind == PlaceKind::Country || upper(p.name) != want) continue;
    doc.meta.datelinePlace = static_cast<Id>(i);
    p.mentions.insert(std::upper_bound(p.mentions.begin(), p.mentions.end(), d,
                                       [](const Span& s, const PlaceMention& m) { return s.start < m.span.start; }),
                      PlaceMention{d});
    return;
  }
}

void extractInto(Document& doc, const Resources& res) {
  const Tokenized toks = tokenize(doc);
  doc.paragraphs = toks.paragraphs;
  doc.sentences.clear();
  doc.sentences.reserve(toks.sentences.size());
  for (const auto& s : toks.sentences) doc.sentences.push_back(s.span);
  detectMetadata(doc, toks);
  if (res.ner) doc.entities = res.ner->tag(doc, toks);
  if (res.gazetteer) doc.places = geoparse(doc, toks, *res.gazetteer);
  linkDateline(doc);
  doc.actors = buildActors(doc, toks);
  assignGenders(doc, res.givenNames.get());
  doc.quotes = findQuotes(doc, toks);
  doc.links = findLinks(doc, toks);
  associatePlaces(doc, toks);
}

Document extractText(std::string text, const Resources& res) {
  Document doc;
  doc.setText(std::move(text));
  extractInto(doc, res);
  return doc;
}

}  // namespace wiremap::extract
