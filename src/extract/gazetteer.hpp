#pragma once
// The gazetteer: GeoNames cities500, countries, admin-1 regions, seas and geographic regions,
// as a compact memory-mapped asset. OWNER: geoparsing engineer.
//
// File format (built by tools/gazetteer/build_gazetteer.mjs; all integers little-endian):
//   header (96 bytes): magic "WMGAZETR", u32 version (1), u32 header size, u64 file size,
//     u64 checksum of every byte after the header (4-lane multiply-rotate over u64 words),
//     u32 counts {entries, keys, slots, postings, string bytes}, u32 section offsets (same order).
//   entries:  40-byte records (see GazetteerEntry).
//   keys:     16-byte records {u32 folded-name string offset, u32 first posting, u32 posting count,
//             u32 key flags (KeyFlag)}, sorted by folded name.
//   slots:    open-addressing hash table of u32 (key index + 1, 0 = empty), FNV-1a 32 of the
//             folded name, linear probing, power-of-two size.
//   postings: u32 entry index (low 30 bits) | kPostingDemonym | kPostingAbbrev.
//             Per key, countries first, then continents, admin-1, then by population.
//   strings:  NUL-terminated UTF-8.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/result.hpp"

namespace wiremap::extract {

/// Flags of a folded name (KeyFlag bits in Gazetteer::Match::keyFlags).
enum KeyFlag : std::uint32_t {
  kKeyCommonWord = 1,  ///< the name is also a lower-case English word ("bath", "reading")
  kKeyPersonName = 2,  ///< the name is also a common given name or surname ("Kim", "Jordan")
};
inline constexpr std::uint32_t kPostingDemonym = 1u << 31;  ///< "Russian" -> Russia
inline constexpr std::uint32_t kPostingAbbrev = 1u << 30;   ///< "Ky." -> Kentucky, "US" -> United States
inline constexpr std::uint32_t kPostingIndexMask = (1u << 30) - 1;
/// GazetteerEntry::rank of a second-level division (US county, parish, borough; kind Other,
/// parent = its state's admin-1 entry, population = the sum of its towns in cities500).
inline constexpr std::uint8_t kRankAdmin2 = 8;

/// One place of the gazetteer, as stored in the file (40 bytes).
struct GazetteerEntry {
  float lat, lon;              ///< the place's own point, degrees WGS84
  float anchorLat, anchorLon;  ///< the capital for countries, else the own point
  std::uint32_t geonameId;     ///< 0 when none
  std::uint32_t population;
  std::uint32_t nameOffset;    ///< display name, into the string pool
  std::uint32_t polygonOffset; ///< polygon id ("KR", "RU-KRS"), 0 = none
  char country[2];             ///< ISO 3166-1 alpha-2, NUL bytes when none
  std::uint8_t kind;           ///< PlaceKind
  std::uint8_t rank;           ///< cities: 0 capital, 1 admin-1 seat, 2 admin-2 seat, 3 lower seat, 4 place, 5-7 minor;
                               ///< kRankAdmin2 for counties; Natural Earth scalerank for regions and water
  std::int32_t parent;         ///< admin-1 entry index of a city, -1 when unknown
};
static_assert(sizeof(GazetteerEntry) == 40);

class Gazetteer {
 public:
  /// Maps the gazetteer asset (e.g. files::assetPath("gazetteer.wmg")). Errors name the file:
  /// missing, too small, bad magic/version, truncated, checksum mismatch, bad section bounds.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::filesystem::path& path);

  Gazetteer();
  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;

  /// Postings of one folded name (see foldName); empty when the name is unknown.
  struct Match {
    std::span<const std::uint32_t> postings;
    std::uint32_t keyFlags = 0;
    bool found() const { return !postings.empty(); }
  };
  Match find(std::string_view folded) const;

  std::size_t size() const;
  const GazetteerEntry& entry(std::uint32_t index) const;
  /// A NUL-terminated string of the pool (names, polygon ids); "" for offset 0.
  std::string_view string(std::uint32_t offset) const;
  std::string_view name(const GazetteerEntry& e) const { return string(e.nameOffset); }
  std::string_view polygonId(const GazetteerEntry& e) const { return string(e.polygonOffset); }
  std::string_view countryCode(const GazetteerEntry& e) const;
  /// Index of the country entry with this ISO alpha-2 code, -1 when none.
  std::int32_t countryIndex(std::string_view cc) const;

 private:
  bool storedEquals(std::uint32_t offset, std::string_view s) const;  ///< string(offset) == s
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend class GazetteerAccess;
};

/// Folds a UTF-8 name for the index: lower-case ASCII, accents removed, '.' and apostrophes
/// dropped, '-' and whitespace runs become one space, trimmed. Returns false (and leaves `out`
/// unspecified) for characters the index does not hold (non-Latin scripts, other punctuation).
/// `out` is cleared first; its capacity is reused.
bool foldName(std::string_view utf8, std::string& out);

/// FNV-1a 32-bit hash, as used by the gazetteer's slot table.
std::uint32_t fnv1a32(std::string_view s);

/// Great-circle distance in km between two points in degrees.
double distanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace wiremap::extract
