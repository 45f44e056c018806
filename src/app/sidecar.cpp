#include "app/sidecar.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/files.hpp"

namespace wiremap::app {

std::filesystem::path sidecarPath(const std::filesystem::path& article) {
  std::filesystem::path p = article;
  p.replace_extension(".wiremap.json");
  return p;
}

Result<Sidecar> loadSidecar(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Sidecar{};
  auto bytes = files::readAll(path, 8u << 20);
  if (!bytes) return bytes.error();
  Sidecar s;
  try {
    const auto j = nlohmann::json::parse(*bytes);
    if (!j.is_object() || j.value("version", 0) != 1 || !j.contains("overrides") || !j["overrides"].is_array())
      return Error{fmt::format("{}: not a wiremap sidecar (version 1 with \"overrides\")", path.string())};
    for (const auto& o : j["overrides"]) {
      if (!o.is_object()) continue;
      PlaceOverride po;
      po.mention = o.value("mention", "");
      po.start = o.value("start", 0u);
      const auto& c = o.value("choice", nlohmann::json::object());
      po.choice.name = c.value("name", "");
      po.choice.countryCode = c.value("country", "");
      po.choice.lat = c.value("lat", 0.0);
      po.choice.lon = c.value("lon", 0.0);
      po.choice.geonameId = c.value("geonameid", std::int64_t{0});
      po.choice.kind = static_cast<PlaceKind>(std::clamp(c.value("kind", 7), 0, 7));
      if (po.mention.empty() || po.choice.lat < -90 || po.choice.lat > 90 || po.choice.lon < -180 || po.choice.lon > 180) continue;
      s.overrides.push_back(std::move(po));
    }
  } catch (const nlohmann::json::exception& e) {
    return Error{fmt::format("{}: malformed sidecar: {}", path.string(), e.what())};
  }
  return s;
}

Status saveSidecar(const std::filesystem::path& path, const Sidecar& s) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& o : s.overrides)
    arr.push_back({{"mention", o.mention},
                   {"start", o.start},
                   {"choice",
                    {{"name", o.choice.name}, {"country", o.choice.countryCode}, {"lat", o.choice.lat}, {"lon", o.choice.lon},
                     {"geonameid", o.choice.geonameId}, {"kind", static_cast<int>(o.choice.kind)}}}});
  const nlohmann::json j{{"version", 1}, {"generator", "wiremap"}, {"overrides", arr}};
  return files::writeAtomic(path, j.dump(2) + "\n");
}

void addOverride(Sidecar& s, const Document& doc, Id placeId, int candidate) {
  if (placeId < 0 || placeId >= static_cast<Id>(doc.places.size())) return;
  const Place& p = doc.places[placeId];
  if (candidate < 0 || candidate >= static_cast<int>(p.candidates.size()) || p.mentions.empty()) return;
  PlaceOverride o;
  o.start = p.mentions.front().span.start;
  o.mention = doc.slice(p.mentions.front().span);
  o.choice = p.candidates[candidate];
  std::erase_if(s.overrides, [&](const PlaceOverride& x) { return x.start == o.start && x.mention == o.mention; });
  s.overrides.push_back(std::move(o));
}

int applySidecar(Document& doc, const Sidecar& s) {
  int applied = 0;
  for (const auto& o : s.overrides) {
    for (Place& p : doc.places) {
      const bool match = std::any_of(p.mentions.begin(), p.mentions.end(), [&](const PlaceMention& m) {
        return m.span.start == o.start && doc.slice(m.span) == o.mention;
      });
      if (!match) continue;
      p.name = o.choice.name.empty() ? p.name : o.choice.name;
      p.kind = o.choice.kind;
      p.countryCode = o.choice.countryCode;
      p.lat = p.anchorLat = o.choice.lat;
      p.lon = p.anchorLon = o.choice.lon;
      p.geonameId = o.choice.geonameId;
      p.resolved = true;
      p.polygonId = p.kind == PlaceKind::Country ? p.countryCode : std::string();
      // The chosen candidate goes first, marked as the user's choice.
      PlaceCandidate chosen = o.choice;
      chosen.why = "chosen by the user (sidecar)";
      std::erase_if(p.candidates, [&](const PlaceCandidate& c) { return c.lat == chosen.lat && c.lon == chosen.lon && c.name == chosen.name; });
      p.candidates.insert(p.candidates.begin(), chosen);
      ++applied;
      break;
    }
  }
  return applied;
}

}  // namespace wiremap::app
