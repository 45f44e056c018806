#include "core/json_io.hpp"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

namespace wiremap {
namespace {

using nlohmann::json;

json span(Span s) { return json{{"start", s.start}, {"end", s.end}}; }

json spanWithText(const Document& doc, Span s) {
  return json{{"start", s.start}, {"end", s.end}, {"text", doc.slice(s)}};
}

json endpointJson(const Document& doc, const Endpoint& e) {
  json j = json::object();
  if (e.actor >= 0 && e.actor < static_cast<Id>(doc.actors.size())) {
    j["actor"] = e.actor;
    j["actorName"] = doc.actors[e.actor].name;
  }
  if (e.place >= 0 && e.place < static_cast<Id>(doc.places.size())) {
    j["place"] = e.place;
    j["placeName"] = doc.places[e.place].name;
  }
  return j;
}

json quoteJson(const Document& doc, const Quote& q, Id id) {
  json j{{"id", id},
         {"content", spanWithText(doc, q.content)},
         {"direct", q.direct},
         {"speakerName", q.speakerName},
         {"speaker", q.speaker},
         {"continues", q.continues},
         {"saidAt", q.saidAt},
         {"about", q.about}};
  j["cue"] = q.cue ? spanWithText(doc, *q.cue) : json(nullptr);
  j["source"] = q.source ? spanWithText(doc, *q.source) : json(nullptr);
  return j;
}

}  // namespace

json toEvalJson(const Document& doc, const std::string& source) {
  json places = json::array();
  for (const Place& p : doc.places) {
    if (p.mentions.empty()) continue;
    json mentions = json::array();
    for (const auto& m : p.mentions) mentions.push_back(span(m.span));
    json jp{{"name", p.name}, {"mentions", std::move(mentions)}, {"kind", toString(p.kind)}};
    if (p.resolved) {
      jp["lat"] = p.lat;
      jp["lon"] = p.lon;
      if (p.geonameId > 0) jp["geonameid"] = p.geonameId;
    } else {
      jp["lat"] = nullptr;
      jp["lon"] = nullptr;
    }
    places.push_back(std::move(jp));
  }
  json entities = json::array();
  for (const Entity& e : doc.entities) entities.push_back({{"start", e.span.start}, {"end", e.span.end}, {"type", toString(e.type)}});
  json quotes = json::array();
  for (const Quote& q : doc.quotes) {
    json jq{{"content", span(q.content)}, {"direct", q.direct}};
    jq["cue"] = q.cue ? span(*q.cue) : json(nullptr);
    if (q.source || !q.speakerName.empty()) {
      json sp = json::object();
      if (!q.speakerName.empty()) sp["name"] = q.speakerName;
      if (q.source) {
        sp["start"] = q.source->start;
        sp["end"] = q.source->end;
      }
      jq["speaker"] = std::move(sp);
    } else {
      jq["speaker"] = nullptr;
    }
    quotes.push_back(std::move(jq));
  }
  return json{{"source", source}, {"places", std::move(places)}, {"entities", std::move(entities)}, {"quotes", std::move(quotes)}};
}

namespace {

// Scalars for appendEvalJsonLine. Strings and doubles go through nlohmann's own serializer
// (they are few: names, the source path, coordinates), so escaping, invalid-UTF-8 replacement
// and number formatting are exactly toEvalJson's.
void appendScalar(std::string& out, const json& j) {
  out += j.dump(-1, ' ', false, json::error_handler_t::replace);
}

// The enum names (toString) are plain ASCII words: nothing to escape.
void appendWord(std::string& out, const char* word) {
  out += '"';
  out += word;
  out += '"';
}

template <typename Int>
void appendInt(std::string& out, Int v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// "end":E,"start":S (the keys of a span, in sorted order).
void appendSpanFields(std::string& out, Span s) {
  out += "\"end\":";
  appendInt(out, s.end);
  out += ",\"start\":";
  appendInt(out, s.start);
}

void appendSpan(std::string& out, Span s) {
  out += '{';
  appendSpanFields(out, s);
  out += '}';
}

}  // namespace

void appendEvalJsonLine(const Document& doc, const std::string& source, std::string& out) {
  // nlohmann objects are std::maps, so toEvalJson's keys come out sorted; so do these.
  out += "{\"entities\":[";
  bool first = true;
  for (const Entity& e : doc.entities) {
    if (!first) out += ',';
    first = false;
    out += '{';
    appendSpanFields(out, e.span);
    out += ",\"type\":";
    appendWord(out, toString(e.type));
    out += '}';
  }
  out += "],\"places\":[";
  first = true;
  for (const Place& p : doc.places) {
    if (p.mentions.empty()) continue;
    if (!first) out += ',';
    first = false;
    out += '{';
    if (p.resolved && p.geonameId > 0) {
      out += "\"geonameid\":";
      appendInt(out, p.geonameId);
      out += ',';
    }
    out += "\"kind\":";
    appendWord(out, toString(p.kind));
    out += ",\"lat\":";
    if (p.resolved) appendScalar(out, p.lat);
    else out += "null";
    out += ",\"lon\":";
    if (p.resolved) appendScalar(out, p.lon);
    else out += "null";
    out += ",\"mentions\":[";
    for (std::size_t m = 0; m < p.mentions.size(); ++m) {
      if (m) out += ',';
      appendSpan(out, p.mentions[m].span);
    }
    out += "],\"name\":";
    appendScalar(out, p.name);
    out += '}';
  }
  out += "],\"quotes\":[";
  first = true;
  for (const Quote& q : doc.quotes) {
    if (!first) out += ',';
    first = false;
    out += "{\"content\":";
    appendSpan(out, q.content);
    out += ",\"cue\":";
    if (q.cue) appendSpan(out, *q.cue);
    else out += "null";
    out += q.direct ? ",\"direct\":true" : ",\"direct\":false";
    out += ",\"speaker\":";
    if (q.source || !q.speakerName.empty()) {
      out += '{';
      if (q.source) {
        out += "\"end\":";
        appendInt(out, q.source->end);
      }
      if (!q.speakerName.empty()) {
        out += q.source ? ",\"name\":" : "\"name\":";
        appendScalar(out, q.speakerName);
      }
      if (q.source) {
        out += ",\"start\":";
        appendInt(out, q.source->start);
      }
      out += '}';
    } else {
      out += "null";
    }
    out += '}';
  }
  out += "],\"source\":";
  appendScalar(out, source);
  out += "}\n";
}

json toJson(const Document& doc) {
  json meta{{"headline", doc.meta.headline},
            {"dateline", doc.meta.dateline},
            {"datelinePlace", doc.meta.datelinePlace},
            {"publisher", doc.meta.publisher},
            {"date", doc.meta.date},
            {"byline", doc.meta.byline},
            {"editors", doc.meta.editors}};
  json boiler = json::array();
  for (Span s : doc.meta.boilerplate) boiler.push_back(span(s));
  meta["boilerplate"] = std::move(boiler);
  if (doc.meta.datelineSpan) meta["datelineSpan"] = span(*doc.meta.datelineSpan);

  json places = json::array();
  for (std::size_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    json mentions = json::array();
    for (const auto& m : p.mentions) {
      json jm = spanWithText(doc, m.span);
      if (m.metonymic) jm["metonymic"] = true;
      if (m.demonym) jm["demonym"] = true;
      mentions.push_back(std::move(jm));
    }
    json cands = json::array();
    for (const auto& c : p.candidates)
      cands.push_back({{"name", c.name}, {"kind", toString(c.kind)}, {"country", c.countryCode}, {"admin1", c.admin1},
                       {"lat", c.lat}, {"lon", c.lon}, {"geonameid", c.geonameId}, {"population", c.population},
                       {"score", c.score}, {"why", c.why}});
    places.push_back({{"id", i},
                      {"name", p.name},
                      {"kind", toString(p.kind)},
                      {"country", p.countryCode},
                      {"resolved", p.resolved},
                      {"lat", p.lat},
                      {"lon", p.lon},
                      {"anchor", {{"lat", p.anchorLat}, {"lon", p.anchorLon}}},
                      {"geonameid", p.geonameId},
                      {"polygonId", p.polygonId},
                      {"salience", p.salience},
                      {"mentions", std::move(mentions)},
                      {"candidates", std::move(cands)}});
  }
  json actors = json::array();
  for (std::size_t i = 0; i < doc.actors.size(); ++i) {
    const Actor& a = doc.actors[i];
    json mentions = json::array();
    for (Span s : a.mentions) mentions.push_back(spanWithText(doc, s));
    actors.push_back({{"id", i},
                      {"name", a.name},
                      {"kind", toString(a.kind)},
                      {"title", a.title},
                      {"country", a.countryCode},
                      {"place", a.place},
                      {"metadataOnly", a.metadataOnly},
                      {"mentions", std::move(mentions)}});
  }
  json quotes = json::array();
  for (std::size_t i = 0; i < doc.quotes.size(); ++i) quotes.push_back(quoteJson(doc, doc.quotes[i], static_cast<Id>(i)));
  json links = json::array();
  for (std::size_t i = 0; i < doc.links.size(); ++i) {
    const Link& l = doc.links[i];
    links.push_back({{"id", i},
                     {"type", toString(l.type)},
                     {"label", l.label},
                     {"from", endpointJson(doc, l.from)},
                     {"to", endpointJson(doc, l.to)},
                     {"directed", l.directed},
                     {"hypothetical", l.hypothetical},
                     {"trigger", spanWithText(doc, l.trigger)},
                     {"sentence", span(l.sentence)}});
  }
  json entities = json::array();
  for (const Entity& e : doc.entities) entities.push_back({{"start", e.span.start}, {"end", e.span.end}, {"type", toString(e.type)}, {"text", doc.slice(e.span)}});
  return json{{"source", doc.sourcePath},
              {"generator", "wiremap"},
              {"offsets", "code points into text, end exclusive"},
              {"repairedUtf8Sequences", doc.repairedSequences},
              {"text", doc.text},
              {"metadata", std::move(meta)},
              {"places", std::move(places)},
              {"actors", std::move(actors)},
              {"quotes", std::move(quotes)},
              {"links", std::move(links)},
              {"entities", std::move(entities)}};
}

json toGeoJson(const Document& doc) {
  json features = json::array();
  for (std::size_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    if (!p.resolved) continue;
    json mentions = json::array();
    for (const auto& m : p.mentions) mentions.push_back(spanWithText(doc, m.span));
    json quotes = json::array();
    for (std::size_t q = 0; q < doc.quotes.size(); ++q) {
      const Quote& qu = doc.quotes[q];
      const bool at = std::find(qu.saidAt.begin(), qu.saidAt.end(), static_cast<Id>(i)) != qu.saidAt.end();
      const bool about = std::find(qu.about.begin(), qu.about.end(), static_cast<Id>(i)) != qu.about.end();
      if (at || about) {
        json jq = quoteJson(doc, qu, static_cast<Id>(q));
        jq["relation"] = at ? "said at" : "about";
        quotes.push_back(std::move(jq));
      }
    }
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}},
                        {"properties",
                         {{"kind", "place"},
                          {"id", i},
                          {"name", p.name},
                          {"placeKind", toString(p.kind)},
                          {"country", p.countryCode},
                          {"geonameid", p.geonameId},
                          {"polygonId", p.polygonId},
                          {"salience", p.salience},
                          {"mentions", std::move(mentions)},
                          {"quotes", std::move(quotes)}}}});
  }
  for (std::size_t i = 0; i < doc.links.size(); ++i) {
    const Link& l = doc.links[i];
    const Id ia = endpointPlace(doc, l.from), ib = endpointPlace(doc, l.to);
    const Place* a = ia >= 0 ? &doc.places[ia] : nullptr;
    const Place* b = ib >= 0 ? &doc.places[ib] : nullptr;
    if (!a || !b || !a->resolved || !b->resolved) continue;
    features.push_back({{"type", "Feature"},
                        {"geometry",
                         {{"type", "LineString"},
                          {"coordinates", {{a->anchorLon, a->anchorLat}, {b->anchorLon, b->anchorLat}}}}},
                        {"properties",
                         {{"kind", "link"},
                          {"id", i},
                          {"type", toString(l.type)},
                          {"label", l.label},
                          {"from", endpointJson(doc, l.from)},
                          {"to", endpointJson(doc, l.to)},
                          {"hypothetical", l.hypothetical},
                          {"trigger", spanWithText(doc, l.trigger)},
                          {"evidence", spanWithText(doc, l.sentence)}}}});
  }
  return json{{"type", "FeatureCollection"}, {"features", std::move(features)}};
}

}  // namespace wiremap
