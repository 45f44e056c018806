#pragma once
// The map's vector data as the renderer consumes it: already tessellated, per level of
// detail, chunked with bounding boxes for culling. Loaded from the binary packs under
// assets/map/ (see pack_format.md beside this file); never parsed from JSON at start-up.
//
// Coordinate space: every vertex is longitude/latitude in degrees (WGS84), float32.
// Projection (Web Mercator or orthographic) happens in the vertex shader, so one upload
// serves every view.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace wiremap::geo {

struct LonLat {
  float lon = 0;  ///< degrees, -180..180
  float lat = 0;  ///< degrees, -90..90
};

struct BBox {
  float minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;  ///< degrees
  bool intersects(const BBox& o) const {
    return minLon <= o.maxLon && o.minLon <= maxLon && minLat <= o.maxLat && o.minLat <= maxLat;
  }
};

/// A contiguous range of a layer's primitives with their bounds. For fills the range is in
/// `indices` (a multiple of 3); for lines it is in `segments` (a multiple of 2).
struct Chunk {
  BBox bbox;
  std::uint32_t first = 0;
  std::uint32_t count = 0;
  std::int32_t feature = -1;  ///< index into MapData::countries / admin1 / ..., -1 = none
};

/// Triangles, already tessellated (and clipped to a coarse grid so chunks cull well).
struct FillLayer {
  std::vector<LonLat> vertices;
  std::vector<std::uint32_t> indices;
  std::vector<Chunk> chunks;
};

/// Line segments as index pairs into `points`; the renderer extrudes them to triangles.
struct LineLayer {
  std::vector<LonLat> points;
  std::vector<std::uint32_t> segments;
  std::vector<Chunk> chunks;
};

/// Levels of detail, coarse to fine: Natural Earth 1:110m, 1:50m, then 1:10m simplified
/// for the regional zooms (~4.4-5.0 at the equator), the sub-regional zooms (~5.0-5.7), the
/// closer zooms (~5.7-7.3) and, finest, nearly unsimplified. Tolerances, grids and the scale
/// each is chosen at: src/geo/lod.hpp.
enum class Lod : std::uint8_t { Coarse = 0, Medium = 1, Regional = 2, Subregional = 3, Detail = 4, Fine = 5 };
inline constexpr int kLodCount = 6;

enum class FeatureKind : std::uint8_t { Country, Admin1, Sea, Region, Lake, City, Disputed };

/// A named feature: a country, an admin-1 region, a sea... with its label placement data.
struct Feature {
  std::string name;
  std::string id;          ///< ISO alpha-2 for countries ("KR"), ISO 3166-2 for admin1 ("RU-KRS")
  FeatureKind kind = FeatureKind::Country;
  LonLat labelPoint;
  BBox bbox;
  std::uint8_t labelRank = 10;  ///< 0 = most important
  std::int64_t population = 0;  ///< cities
};

struct MapData {
  std::array<FillLayer, kLodCount> land;       ///< countries' fill; chunk.feature = countries index
  std::array<FillLayer, kLodCount> lakes;
  std::array<LineLayer, kLodCount> coastlines;
  std::array<LineLayer, kLodCount> borders;    ///< international land boundaries
  LineLayer disputedBorders;
  LineLayer admin1Lines;                       ///< first-level boundaries (fine)
  LineLayer admin1LinesWide;                   ///< the same, simplified for LODs up to subregional
  FillLayer admin1;                            ///< admin-1 fills for highlight; chunk.feature = admin1 index
  LineLayer rivers;
  std::vector<Feature> countries;
  std::vector<Feature> admin1Regions;
  std::vector<Feature> seas;      ///< label points of named seas, straits, bays
  std::vector<Feature> regions;   ///< label points of named geographic regions
  std::vector<Feature> cities;    ///< populated places with label ranks
  // Additive (v1.1): disputed / claimed areas (Natural Earth admin-0 disputed areas, e.g.
  // Crimea, Kashmir, the Kuril Islands claim), drawn as a hatch or tint over the land.
  FillLayer disputedAreas;        ///< chunk.feature = index into `disputed`
  std::vector<Feature> disputed;  ///< kind Disputed; name, id = "" or ISO alpha-2 of the administering country
};

}  // namespace wiremap::geo
