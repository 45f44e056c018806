#include "extract/pipeline.hpp"

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
  return r;
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
  doc.actors = buildActors(doc, toks);
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
