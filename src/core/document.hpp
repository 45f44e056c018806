#pragma once
// The article model: what extraction produces and everything downstream (map, UI, export)
// reads. It knows nothing of GL or UI. All Span offsets are code-point offsets into
// Document::text, end exclusive.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/utf8.hpp"

namespace wiremap {

/// Half-open range [start, end) of code points in Document::text.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool empty() const { return end <= start; }
  std::uint32_t size() const { return end > start ? end - start : 0; }
  bool contains(std::uint32_t cp) const { return cp >= start && cp < end; }
  bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

using Id = std::int32_t;       ///< index into the owning vector of a Document; -1 = none
inline constexpr Id kNone = -1;

enum class EntityType : std::uint8_t { PER, ORG, LOC, MISC };
const char* toString(EntityType t);

/// A named-entity mention found by the recogniser.
struct Entity {
  Span span;
  EntityType type = EntityType::MISC;
  float confidence = 1.0f;
};

enum class PlaceKind : std::uint8_t { City, Country, Admin1, Region, Water, Continent, Landmark, Other };
const char* toString(PlaceKind k);

/// One candidate referent for a place name, with its score (higher is better).
struct PlaceCandidate {
  std::string name;
  PlaceKind kind = PlaceKind::Other;
  std::string countryCode;   ///< ISO 3166-1 alpha-2, "" when not in a country
  std::string admin1;        ///< first-level region name, when known
  double lat = 0, lon = 0;   ///< degrees, WGS84
  std::int64_t geonameId = 0;  ///< 0 when none
  std::int64_t population = 0;
  double score = 0;
  std::string why;           ///< short human-readable reason ("population prior; in document country KR")
};

struct PlaceMention {
  Span span;
  bool metonymic = false;  ///< the place stands for its government ("Seoul said")
  bool demonym = false;    ///< an adjective or demonym ("South Korean")
};

/// A resolved place: a group of mentions that refer to the same referent.
struct Place {
  std::string name;
  PlaceKind kind = PlaceKind::Other;
  std::string countryCode;
  bool resolved = false;
  double lat = 0, lon = 0;         ///< the referent's own point (degrees)
  double anchorLat = 0, anchorLon = 0;  ///< where the map anchors links: the capital for countries
  /// The point the map draws it at: the anchor when one is set, else its own point.
  double drawLat() const { return hasAnchor() ? anchorLat : lat; }
  double drawLon() const { return hasAnchor() ? anchorLon : lon; }
  bool hasAnchor() const { return anchorLat != 0 || anchorLon != 0; }
  std::int64_t geonameId = 0;
  std::string polygonId;           ///< key into the map's polygon packs: "KR", "RU-KRS", "" when none
  double salience = 0;             ///< 0..1, for marker size
  std::vector<PlaceMention> mentions;
  std::vector<PlaceCandidate> candidates;  ///< ranked, best first; candidates[0] is the choice
};

enum class ActorKind : std::uint8_t { Person, Organisation, Country, Media, Group };
const char* toString(ActorKind k);

/// How "he" and "she" may refer to a person: from an honorific, a gendered title or a given
/// name (extract/given_names). Unknown refers either way.
enum class Gender : std::uint8_t { Unknown, Female, Male };

struct Actor {
  std::string name;                ///< canonical (longest) name: "Dan Caine"
  ActorKind kind = ActorKind::Person;
  Gender gender = Gender::Unknown;  ///< persons only; used for pronoun resolution, not exported
  std::string title;               ///< as written: "U.S. Chairman of the Joint Chiefs of Staff General"
  std::string countryCode;         ///< affiliation, ISO alpha-2 ("US"), "" when unknown
  Id place = kNone;                ///< for Country actors: the Place that is the country
  std::vector<Span> mentions;      ///< name mentions and resolved references ("he", "the ministry")
  bool metadataOnly = false;       ///< byline reporters and editors: not story actors
};

struct Quote {
  Span content;
  std::optional<Span> cue;          ///< the attribution verb or phrase ("said", "according to")
  std::optional<Span> source;       ///< the speaker mention as written ("he", "the ministry")
  Id speaker = kNone;               ///< the Actor, after coreference
  std::string speakerName;          ///< resolved name, or the source text when unresolved
  bool direct = false;
  Id continues = kNone;             ///< a previous quote this one continues without new attribution
  std::vector<Id> saidAt;           ///< Places where it was said (event location, dateline)
  std::vector<Id> about;            ///< Places it mentions or concerns
};

enum class LinkType : std::uint8_t { Meeting, Visit, Deployment, Exercise, Alliance, Conflict, Statement, Deterrence, Other };
const char* toString(LinkType t);

/// One end of a link: an actor, a place, or both (an actor at a place).
struct Endpoint {
  Id actor = kNone;
  Id place = kNone;
};

struct Link {
  LinkType type = LinkType::Other;
  Endpoint from, to;
  bool directed = true;
  bool hypothetical = false;  ///< "might visit", "may deploy"
  Span trigger;               ///< the words that state it ("held an annual meeting")
  Span sentence;              ///< the sentence, as evidence
  std::string label;          ///< short label for the map ("meeting", "troops")
};

struct Metadata {
  std::string headline;
  std::optional<Span> headlineSpan;
  std::string dateline;        ///< place name as written ("SEOUL")
  std::optional<Span> datelineSpan;
  Id datelinePlace = kNone;
  std::string publisher;       ///< "Reuters"
  std::string date;            ///< as found, ISO 8601 when parseable
  std::vector<std::string> byline;   ///< reporters
  std::vector<std::string> editors;
  std::vector<Span> boilerplate;     ///< spans dropped from analysis (image tags, credits)
};

struct Document {
  std::string sourcePath;      ///< as given by the user; "" for pasted text
  std::string text;            ///< valid UTF-8 (invalid input repaired with U+FFFD)
  utf8::OffsetMap offsets;     ///< byte <-> code point for `text`
  std::size_t repairedSequences = 0;  ///< invalid UTF-8 sequences replaced on input
  Metadata meta;
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;
  std::vector<Entity> entities;
  std::vector<Place> places;
  std::vector<Actor> actors;
  std::vector<Quote> quotes;
  std::vector<Link> links;

  /// The UTF-8 text of a span.
  std::string slice(Span s) const;
  /// Sets `text` and rebuilds `offsets`.
  void setText(std::string utf8Text);
};

/// The Place a link end is drawn at: the place itself, else the actor's place, else the
/// Country place of the actor's affiliation; kNone when there is none.
Id endpointPlace(const Document& doc, const Endpoint& e);

/// Whether a resolved country's anchor (its capital) lies at a resolved city of the story,
/// within 0.3 degrees ("South Korea" at "Seoul"): the map draws the two as one marker, so the
/// city shows the country's links too.
bool countryAnchoredAtCity(const Document& doc, Id country, Id city);

}  // namespace wiremap
