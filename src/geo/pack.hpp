#pragma once
// Binary map packs (*.wmp): encode layers and feature lists into sections, verify and decode
// them. The byte layout is specified in pack_format.md beside this file. No JSON is parsed
// at load time; arrays are copied straight out of the file.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "geo/map_data.hpp"

namespace wiremap::geo {

inline constexpr char kPackMagic[4] = {'W', 'M', 'A', 'P'};
inline constexpr std::uint32_t kPackVersion = 1;

enum class SectionType : std::uint32_t { Fill = 1, Line = 2, Features = 3 };

/// One named section of a pack, already encoded (see encodeFill / encodeLine / encodeFeatures).
struct PackSection {
  std::string name;  ///< at most 39 bytes, e.g. "land.2", "countries"
  SectionType type = SectionType::Fill;
  std::string bytes;
};

std::string encodeFill(const FillLayer& layer);
std::string encodeLine(const LineLayer& layer);
std::string encodeFeatures(const std::vector<Feature>& features);

/// Assembles a whole pack file (header, section table, payloads, CRC-32).
std::string encodePack(const std::vector<PackSection>& sections);

/// Verifies a pack image (magic, version, size, checksum, section bounds) and returns its
/// sections. Errors are prefixed with `fileName` ("countries.wmp: checksum mismatch").
Result<std::vector<PackSection>> decodePack(std::string_view image, std::string_view fileName);

Result<FillLayer> decodeFill(std::string_view bytes);
Result<LineLayer> decodeLine(std::string_view bytes);
Result<std::vector<Feature>> decodeFeatures(std::string_view bytes);

/// Stores a decoded section into the MapData field of the same name ("land.0" ->
/// data.land[0], "cities" -> data.cities). Unknown names are ignored (forward compatible).
Status applySection(MapData& data, const PackSection& section, std::string_view fileName);

/// Loads every *.wmp file of `dir` (in name order) into one MapData and checks cross
/// references (chunk.feature < feature count). Errors name the file.
Result<MapData> loadMapData(const std::filesystem::path& dir);

/// Loads one pack file into `data` (sections it holds overwrite those fields).
Status loadPackFile(const std::filesystem::path& file, MapData& data);

/// Writes the sections as one pack file, atomically.
Status writePackFile(const std::filesystem::path& file, const std::vector<PackSection>& sections);

}  // namespace wiremap::geo
