#include "app/sidecar.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <optional>

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
  // Typed reads: a hand-edited value of the wrong type (or out of range: 1e88 for an int) is
  // treated as absent, never converted.
  const auto integer = [](const nlohmann::json& o, const char* key, std::int64_t lo, std::int64_t hi) -> std::optional<std::int64_t> {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number_integer()) return std::nullopt;
    const std::int64_t v = it->is_number_unsigned() ? (it->get<std::uint64_t>() > static_cast<std::uint64_t>(hi) ? hi + 1 : static_cast<std::int64_t>(it->get<std::uint64_t>()))
                                                    : it->get<std::int64_t>();
    if (v < lo || v > hi) return std::nullopt;
    return v;
  };
  const auto number = [](const nlohmann::json& o, const char* key) -> std::optional<double> {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
  };
  const auto text = [](const nlohmann::json& o, const char* key) -> std::string {
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  try {
    const auto j = nlohmann::json::parse(*bytes);
    if (!j.is_object() || integer(j, "version", 0, 1000) != 1 || !j.contains("overrides") || !j["overrides"].is_array())
      return Error{fmt::format("{}: not a wiremap sidecar (version 1 with \"overrides\")", path.string())};
    for (const auto& o : j["overrides"]) {
      if (!o.is_object()) continue;
      const auto c = o.find("choice");
      if (c == o.end() || !c->is_object()) continue;
      PlaceOverride po;
      po.mention = text(o, "mention");
      po.start = static_cast<std::uint32_t>(integer(o, "start", 0, 0xFFFFFFFFll).value_or(0));
      po.choice.name = text(*c, "name");
      po.choice.countryCode = text(*c, "country");
      const auto lat = number(*c, "lat"), lon = number(*c, "lon");
      po.choice.geonameId = integer(*c, "geonameid", 0, std::int64_t{1} << 40).value_or(0);
      po.choice.kind = static_cast<PlaceKind>(integer(*c, "kind", 0, 7).value_or(7));
      if (po.mention.empty() || !lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) continue;
      po.choice.lat = *lat;
      po.choice.lon = *lon;
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
