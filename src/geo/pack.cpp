#include "geo/pack.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <type_traits>

#include "core/files.hpp"

namespace wiremap::geo {
namespace {

static_assert(std::endian::native == std::endian::little, "packs are little-endian; add byte swapping");

constexpr std::size_t kHeaderSize = 32;
constexpr std::size_t kEntrySize = 64;
constexpr std::size_t kNameSize = 40;
constexpr std::size_t kChunkSize = 32;
constexpr std::size_t kFeatureRecordSize = 56;
constexpr std::uint64_t kMaxPackBytes = 512ull << 20;

/// CRC-32 (zlib) of the whole image except the 4 checksum bytes at offset 12.
std::uint32_t packCrc(std::string_view image) {
  const auto* b = reinterpret_cast<const Bytef*>(image.data());
  uLong crc = crc32_z(0, b, 12);
  crc = crc32_z(crc, b + 16, image.size() - 16);
  return static_cast<std::uint32_t>(crc);
}

template <class T>
void put(std::string& out, const T& v) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

template <class T>
void putArray(std::string& out, const std::vector<T>& v) {
  if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

void pad8(std::string& out) {
  while (out.size() % 8 != 0) out.push_back('\0');
}

/// Bounds-checked little-endian reader over a byte range.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <class T>
  bool get(T& v) {
    if (bytes_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(&v, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  template <class T>
  bool getArray(std::vector<T>& v, std::uint64_t n) {
    if (n > (bytes_.size() - pos_) / sizeof(T)) return false;
    v.resize(n);
    if (n) std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  std::size_t remaining() const { return bytes_.size() - pos_; }
  std::string_view rest() const { return bytes_.substr(pos_); }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

struct ChunkRecord {
  float minLon, minLat, maxLon, maxLat;
  std::uint32_t first, count;
  std::int32_t feature;
  std::uint32_t reserved;
};
static_assert(sizeof(ChunkRecord) == kChunkSize);

struct FeatureRecord {
  std::uint8_t kind;
  std::uint8_t labelRank;
  std::uint16_t reserved0;
  std::uint32_t nameOffset, nameLength, idOffset, idLength;
  float labelLon, labelLat;
  float minLon, minLat, maxLon, maxLat;
  std::uint32_t reserved1;
  std::int64_t population;
};
static_assert(sizeof(FeatureRecord) == kFeatureRecordSize);
static_assert(sizeof(LonLat) == 8);

void putChunks(std::string& out, const std::vector<Chunk>& chunks) {
  for (const Chunk& c : chunks) {
    ChunkRecord r{c.bbox.minLon, c.bbox.minLat, c.bbox.maxLon, c.bbox.maxLat, c.first, c.count, c.feature, 0};
    put(out, r);
  }
}

bool getChunks(Reader& in, std::vector<Chunk>& chunks, std::uint32_t n) {
  std::vector<ChunkRecord> recs;
  if (!in.getArray(recs, n)) return false;
  chunks.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    const ChunkRecord& r = recs[i];
    chunks[i] = Chunk{BBox{r.minLon, r.minLat, r.maxLon, r.maxLat}, r.first, r.count, r.feature};
  }
  return true;
}

// Shared by fills (ranges of `indices`, step 3) and lines (ranges of `segments`, step 2).
std::string encodeMesh(const std::vector<LonLat>& verts, const std::vector<std::uint32_t>& idx,
                       const std::vector<Chunk>& chunks) {
  std::string out;
  put(out, static_cast<std::uint32_t>(verts.size()));
  put(out, static_cast<std::uint32_t>(idx.size()));
  put(out, static_cast<std::uint32_t>(chunks.size()));
  put(out, std::uint32_t{0});
  putArray(out, verts);
  putArray(out, idx);
  putChunks(out, chunks);
  return out;
}

Status decodeMesh(std::string_view bytes, std::uint32_t step, std::vector<LonLat>& verts,
                  std::vector<std::uint32_t>& idx, std::vector<Chunk>& chunks) {
  Reader in(bytes);
  std::uint32_t nv = 0, ni = 0, nc = 0, reserved = 0;
  if (!in.get(nv) || !in.get(ni) || !in.get(nc) || !in.get(reserved)) return Error{"truncated layer header"};
  if (!in.getArray(verts, nv) || !in.getArray(idx, ni) || !getChunks(in, chunks, nc))
    return Error{"truncated layer arrays"};
  if (ni % step != 0) return Error{"index count is not a multiple of the primitive size"};
  for (std::uint32_t i : idx)
    if (i >= nv) return Error{"index out of range"};
  for (const Chunk& c : chunks)
    if (c.first > ni || c.count > ni - c.first || c.first % step != 0 || c.count % step != 0)
      return Error{"chunk range out of bounds"};
  return Ok{};
}

}  // namespace

std::string encodeFill(const FillLayer& layer) { return encodeMesh(layer.vertices, layer.indices, layer.chunks); }
std::string encodeLine(const LineLayer& layer) { return encodeMesh(layer.points, layer.segments, layer.chunks); }

std::string encodeFeatures(const std::vector<Feature>& features) {
  std::string strings;
  std::string out;
  put(out, static_cast<std::uint32_t>(features.size()));
  std::vector<FeatureRecord> recs;
  recs.reserve(features.size());
  for (const Feature& f : features) {
    FeatureRecord r{};
    r.kind = static_cast<std::uint8_t>(f.kind);
    r.labelRank = f.labelRank;
    r.nameOffset = static_cast<std::uint32_t>(strings.size());
    r.nameLength = static_cast<std::uint32_t>(f.name.size());
    strings += f.name;
    r.idOffset = static_cast<std::uint32_t>(strings.size());
    r.idLength = static_cast<std::uint32_t>(f.id.size());
    strings += f.id;
    r.labelLon = f.labelPoint.lon;
    r.labelLat = f.labelPoint.lat;
    r.minLon = f.bbox.minLon;
    r.minLat = f.bbox.minLat;
    r.maxLon = f.bbox.maxLon;
    r.maxLat = f.bbox.maxLat;
    r.population = f.population;
    recs.push_back(r);
  }
  put(out, static_cast<std::uint32_t>(strings.size()));
  putArray(out, recs);
  out += strings;
  return out;
}

std::string encodePack(const std::vector<PackSection>& sections) {
  std::string out(kHeaderSize + kEntrySize * sections.size(), '\0');
  std::vector<std::uint64_t> offsets;
  for (const PackSection& s : sections) {
    pad8(out);
    offsets.push_back(out.size());
    out += s.bytes;
  }
  pad8(out);
  std::memcpy(out.data(), kPackMagic, 4);
  const std::uint32_t version = kPackVersion, count = static_cast<std::uint32_t>(sections.size());
  const std::uint64_t size = out.size();
  std::memcpy(out.data() + 4, &version, 4);
  std::memcpy(out.data() + 8, &count, 4);
  std::memcpy(out.data() + 16, &size, 8);
  for (std::size_t i = 0; i < sections.size(); ++i) {
    char* e = out.data() + kHeaderSize + i * kEntrySize;
    const std::string& name = sections[i].name;
    std::memcpy(e, name.data(), std::min(name.size(), kNameSize - 1));
    const auto type = static_cast<std::uint32_t>(sections[i].type);
    const std::uint64_t len = sections[i].bytes.size();
    std::memcpy(e + 40, &type, 4);
    std::memcpy(e + 48, &offsets[i], 8);
    std::memcpy(e + 56, &len, 8);
  }
  const std::uint32_t crc = packCrc(out);
  std::memcpy(out.data() + 12, &crc, 4);
  return out;
}

namespace {

struct SectionView {
  std::string name;
  SectionType type;
  std::string_view bytes;
};

Result<std::vector<SectionView>> decodePackViews(std::string_view image, std::string_view fileName) {
  auto fail = [&](std::string_view what) { return Error{std::string(fileName) + ": " + std::string(what)}; };
  if (image.size() < kHeaderSize) return fail("truncated (no header)");
  if (std::memcmp(image.data(), kPackMagic, 4) != 0) return fail("not a wiremap map pack (bad magic)");
  std::uint32_t version = 0, count = 0, crc = 0;
  std::uint64_t size = 0;
  std::memcpy(&version, image.data() + 4, 4);
  std::memcpy(&count, image.data() + 8, 4);
  std::memcpy(&crc, image.data() + 12, 4);
  std::memcpy(&size, image.data() + 16, 8);
  if (version != kPackVersion)
    return fail("unsupported pack version " + std::to_string(version) + " (expected " + std::to_string(kPackVersion) + ")");
  if (size != image.size())
    return fail(size > image.size() ? "truncated (" + std::to_string(image.size()) + " of " + std::to_string(size) + " bytes)"
                                    : "size mismatch (trailing bytes)");
  if (packCrc(image) != crc) return fail("checksum mismatch");
  if (count > (image.size() - kHeaderSize) / kEntrySize) return fail("section table out of bounds");
  std::vector<SectionView> out;
  out.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    const char* e = image.data() + kHeaderSize + i * kEntrySize;
    SectionView s;
    s.name.assign(e, strnlen(e, kNameSize - 1));
    std::uint32_t type = 0;
    std::uint64_t off = 0, len = 0;
    std::memcpy(&type, e + 40, 4);
    std::memcpy(&off, e + 48, 8);
    std::memcpy(&len, e + 56, 8);
    if (off > image.size() || len > image.size() - off) return fail("section '" + s.name + "' out of bounds");
    if (type < 1 || type > 3) return fail("section '" + s.name + "' has unknown type");
    s.type = static_cast<SectionType>(type);
    s.bytes = image.substr(off, len);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

Result<std::vector<PackSection>> decodePack(std::string_view image, std::string_view fileName) {
  auto views = decodePackViews(image, fileName);
  if (!views) return views.error();
  std::vector<PackSection> out;
  for (const SectionView& v : *views) out.push_back(PackSection{v.name, v.type, std::string(v.bytes)});
  return out;
}

Result<FillLayer> decodeFill(std::string_view bytes) {
  FillLayer l;
  if (Status s = decodeMesh(bytes, 3, l.vertices, l.indices, l.chunks); !s) return s.error();
  return l;
}

Result<LineLayer> decodeLine(std::string_view bytes) {
  LineLayer l;
  if (Status s = decodeMesh(bytes, 2, l.points, l.segments, l.chunks); !s) return s.error();
  return l;
}

Result<std::vector<Feature>> decodeFeatures(std::string_view bytes) {
  Reader in(bytes);
  std::uint32_t n = 0, nstr = 0;
  if (!in.get(n) || !in.get(nstr)) return Error{"truncated feature header"};
  std::vector<FeatureRecord> recs;
  if (!in.getArray(recs, n)) return Error{"truncated feature records"};
  if (in.remaining() < nstr) return Error{"truncated feature strings"};
  const std::string_view strings = in.rest().substr(0, nstr);
  std::vector<Feature> out(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    const FeatureRecord& r = recs[i];
    if (r.nameOffset > nstr || r.nameLength > nstr - r.nameOffset || r.idOffset > nstr ||
        r.idLength > nstr - r.idOffset)
      return Error{"feature string out of bounds"};
    if (r.kind > static_cast<std::uint8_t>(FeatureKind::Disputed)) return Error{"unknown feature kind"};
    Feature& f = out[i];
    f.name.assign(strings.substr(r.nameOffset, r.nameLength));
    f.id.assign(strings.substr(r.idOffset, r.idLength));
    f.kind = static_cast<FeatureKind>(r.kind);
    f.labelRank = r.labelRank;
    f.labelPoint = LonLat{r.labelLon, r.labelLat};
    f.bbox = BBox{r.minLon, r.minLat, r.maxLon, r.maxLat};
    f.population = r.population;
  }
  return out;
}

namespace {

template <class T, class Decode>
Status store(T& field, const SectionView& s, SectionType expected, Decode decode, std::string_view fileName) {
  auto fail = [&](const std::string& what) {
    return Error{std::string(fileName) + ": section '" + s.name + "': " + what};
  };
  if (s.type != expected) return fail("wrong section type");
  auto r = decode(s.bytes);
  if (!r) return fail(r.error().message);
  field = std::move(r).value();
  return Ok{};
}

int lodSuffix(std::string_view name, std::string_view base) {
  if (name.size() != base.size() + 2 || name.substr(0, base.size()) != base || name[base.size()] != '.') return -1;
  const int d = name.back() - '0';
  return d >= 0 && d < kLodCount ? d : -1;
}

Status applyView(MapData& d, const SectionView& s, std::string_view fileName) {
  const std::string_view n = s.name;
  if (int l = lodSuffix(n, "land"); l >= 0) return store(d.land[l], s, SectionType::Fill, decodeFill, fileName);
  if (int l = lodSuffix(n, "lakes"); l >= 0) return store(d.lakes[l], s, SectionType::Fill, decodeFill, fileName);
  if (int l = lodSuffix(n, "coastlines"); l >= 0)
    return store(d.coastlines[l], s, SectionType::Line, decodeLine, fileName);
  if (int l = lodSuffix(n, "borders"); l >= 0) return store(d.borders[l], s, SectionType::Line, decodeLine, fileName);
  if (n == "disputedBorders") return store(d.disputedBorders, s, SectionType::Line, decodeLine, fileName);
  if (n == "admin1Lines") return store(d.admin1Lines, s, SectionType::Line, decodeLine, fileName);
  if (n == "admin1LinesWide") return store(d.admin1LinesWide, s, SectionType::Line, decodeLine, fileName);
  if (n == "admin1") return store(d.admin1, s, SectionType::Fill, decodeFill, fileName);
  if (n == "rivers") return store(d.rivers, s, SectionType::Line, decodeLine, fileName);
  if (n == "disputedAreas") return store(d.disputedAreas, s, SectionType::Fill, decodeFill, fileName);
  if (n == "countries") return store(d.countries, s, SectionType::Features, decodeFeatures, fileName);
  if (n == "admin1Regions") return store(d.admin1Regions, s, SectionType::Features, decodeFeatures, fileName);
  if (n == "seas") return store(d.seas, s, SectionType::Features, decodeFeatures, fileName);
  if (n == "regions") return store(d.regions, s, SectionType::Features, decodeFeatures, fileName);
  if (n == "cities") return store(d.cities, s, SectionType::Features, decodeFeatures, fileName);
  if (n == "disputed") return store(d.disputed, s, SectionType::Features, decodeFeatures, fileName);
  return Ok{};
}

}  // namespace

Status applySection(MapData& d, const PackSection& s, std::string_view fileName) {
  return applyView(d, SectionView{s.name, s.type, s.bytes}, fileName);
}

Status loadPackFile(const std::filesystem::path& file, MapData& data) {
  const std::string fileName = file.filename().string();
  auto image = files::readAll(file, kMaxPackBytes);
  if (!image) return image.error();
  auto sections = decodePackViews(*image, fileName);
  if (!sections) return sections.error();
  for (const SectionView& s : *sections)
    if (Status st = applyView(data, s, fileName); !st) return st;
  return Ok{};
}

Result<MapData> loadMapData(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Error{dir.string() + ": not a folder of map packs"};
  std::vector<std::filesystem::path> packs;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".wmp") packs.push_back(e.path());
  if (ec) return Error{dir.string() + ": " + ec.message()};
  if (packs.empty()) return Error{dir.string() + ": no map packs (*.wmp)"};
  std::sort(packs.begin(), packs.end());
  MapData data;
  for (const auto& p : packs)
    if (Status s = loadPackFile(p, data); !s) return s.error();
  // Cross references between sections, possibly from different files.
  auto check = [&](const std::vector<Chunk>& chunks, std::size_t n, const char* what) -> Status {
    for (const Chunk& c : chunks)
      if (c.feature < -1 || (c.feature >= 0 && static_cast<std::size_t>(c.feature) >= n))
        return Error{dir.string() + ": " + what + " chunk refers to a missing feature"};
    return Ok{};
  };
  for (int l = 0; l < kLodCount; ++l)
    if (Status s = check(data.land[l].chunks, data.countries.size(), "land"); !s) return s.error();
  if (Status s = check(data.admin1.chunks, data.admin1Regions.size(), "admin1"); !s) return s.error();
  if (Status s = check(data.disputedAreas.chunks, data.disputed.size(), "disputedAreas"); !s) return s.error();
  return data;
}

Status writePackFile(const std::filesystem::path& file, const std::vector<PackSection>& sections) {
  return files::writeAtomic(file, encodePack(sections));
}

}  // namespace wiremap::geo
