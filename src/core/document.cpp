#include "core/document.hpp"

#include <cmath>

namespace wiremap {

const char* toString(EntityType t) {
  switch (t) {
    case EntityType::PER: return "PER";
    case EntityType::ORG: return "ORG";
    case EntityType::LOC: return "LOC";
    case EntityType::MISC: return "MISC";
  }
  return "MISC";
}

const char* toString(PlaceKind k) {
  switch (k) {
    case PlaceKind::City: return "city";
    case PlaceKind::Country: return "country";
    case PlaceKind::Admin1: return "admin1";
    case PlaceKind::Region: return "region";
    case PlaceKind::Water: return "water";
    case PlaceKind::Continent: return "continent";
    case PlaceKind::Landmark: return "landmark";
    case PlaceKind::Other: return "other";
  }
  return "other";
}

const char* toString(ActorKind k) {
  switch (k) {
    case ActorKind::Person: return "person";
    case ActorKind::Organisation: return "organisation";
    case ActorKind::Country: return "country";
    case ActorKind::Media: return "media";
    case ActorKind::Group: return "group";
  }
  return "group";
}

const char* toString(LinkType t) {
  switch (t) {
    case LinkType::Meeting: return "meeting";
    case LinkType::Visit: return "visit";
    case LinkType::Deployment: return "deployment";
    case LinkType::Exercise: return "exercise";
    case LinkType::Alliance: return "alliance";
    case LinkType::Conflict: return "conflict";
    case LinkType::Statement: return "statement";
    case LinkType::Deterrence: return "deterrence";
    case LinkType::Other: return "other";
  }
  return "other";
}

std::string Document::slice(Span s) const {
  const std::size_t b = offsets.toByte(std::min(s.start, offsets.size()));
  const std::size_t e = offsets.toByte(std::min(s.end, offsets.size()));
  return e > b ? text.substr(b, e - b) : std::string();
}

Id endpointPlace(const Document& doc, const Endpoint& e) {
  const auto valid = [&](Id p) { return p >= 0 && p < static_cast<Id>(doc.places.size()); };
  if (valid(e.place)) return e.place;
  if (e.actor >= 0 && e.actor < static_cast<Id>(doc.actors.size())) {
    const Actor& a = doc.actors[e.actor];
    if (valid(a.place)) return a.place;
    if (!a.countryCode.empty())
      for (std::size_t i = 0; i < doc.places.size(); ++i)
        if (doc.places[i].kind == PlaceKind::Country && doc.places[i].countryCode == a.countryCode)
          return static_cast<Id>(i);
  }
  return kNone;
}

bool countryAnchoredAtCity(const Document& doc, Id country, Id city) {
  const auto valid = [&](Id p) { return p >= 0 && p < static_cast<Id>(doc.places.size()) && doc.places[p].resolved; };
  if (!valid(country) || !valid(city) || country == city) return false;
  const Place& c = doc.places[country];
  const Place& t = doc.places[city];
  if (c.kind != PlaceKind::Country || t.kind != PlaceKind::City) return false;
  return std::abs(c.drawLat() - t.drawLat()) < 0.3 && std::abs(c.drawLon() - t.drawLon()) < 0.3;
}

void Document::setText(std::string utf8Text) {
  text = std::move(utf8Text);
  offsets = utf8::OffsetMap(text);
}

}  // namespace wiremap
