#pragma once
// Entry points shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp, clang only) and the
// regression tests that replay kept inputs (tests/app/hostile_test.cpp, any compiler). Each
// function takes raw fuzzer bytes, drives one public entry point of wiremap and checks its
// contract; a broken contract aborts (the fuzzer reports it as a crash).
//
// Temporary files go to $WIREMAP_FUZZ_TMP, else /dev/shm, else the system temp folder.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "app/sidecar.hpp"
#include "core/files.hpp"
#include "core/json_io.hpp"
#include "extract/gazetteer.hpp"
#include "extract/ingest.hpp"
#include "extract/ner.hpp"
#include "extract/pipeline.hpp"
#include "extract/tokenize.hpp"
#include "geo/pack.hpp"

namespace wiremap::fuzz {

#define WIREMAP_FUZZ_CHECK(cond)                                                                   \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      std::fprintf(stderr, "%s:%d: fuzz contract broken: %s\n", __FILE__, __LINE__, #cond);        \
      std::abort();                                                                                \
    }                                                                                              \
  } while (0)

inline std::filesystem::path scratchDir() {
  namespace fs = std::filesystem;
  fs::path base;
  if (const char* t = std::getenv("WIREMAP_FUZZ_TMP"); t && *t) base = t;
  else if (std::error_code ec; fs::is_directory("/dev/shm", ec)) base = "/dev/shm";
  else base = fs::temp_directory_path();
  fs::path d = base / ("wiremap-fuzz-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::create_directories(d, ec);
  return d;
}

inline void writeFile(const std::filesystem::path& p, std::string_view bytes) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  WIREMAP_FUZZ_CHECK(f.good());
}

inline std::string readFile(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// An error is one line that names the input.
inline void checkError(const Error& e, std::string_view name) {
  WIREMAP_FUZZ_CHECK(!e.message.empty());
  WIREMAP_FUZZ_CHECK(e.message.find('\n') == std::string::npos);
  WIREMAP_FUZZ_CHECK(e.message.find(name) != std::string::npos);
}

/// Offsets and text of an ingested document are consistent.
inline void checkDocument(const Document& doc) {
  const auto n = doc.offsets.size();
  for (const auto& s : doc.sentences) WIREMAP_FUZZ_CHECK(s.start <= s.end && s.end <= n);
  for (const auto& p : doc.places)
    for (const auto& m : p.mentions) WIREMAP_FUZZ_CHECK(m.span.start <= m.span.end && m.span.end <= n);
  for (const auto& q : doc.quotes) WIREMAP_FUZZ_CHECK(q.content.start <= q.content.end && q.content.end <= n);
}

// ---- article ingestion: first byte picks the format -------------------------------------

inline int ingest(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr extract::Format kFormats[] = {extract::Format::Auto, extract::Format::Text,
                                                 extract::Format::Html, extract::Format::Json};
  static constexpr const char* kNames[] = {"fuzz.txt", "fuzz.txt", "fuzz.html", "fuzz.json"};
  const int f = data[0] & 3;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto r = extract::ingestBytes(bytes, kNames[f], kFormats[f]);
  if (!r) {
    checkError(r.error(), kNames[f]);
    return 0;
  }
  checkDocument(*r);
  // Whatever was ingested can be written as JSON (the CLI's writer settings).
  (void)toJson(*r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return 0;
}

// ---- the whole extraction pipeline ------------------------------------------------------

inline const extract::Resources& resources() {
  static const extract::Resources res = extract::Resources::load();
  return res;
}

inline int extractAll(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr const char* kNames[] = {"fuzz.txt", "fuzz.html", "fuzz.json", "fuzz"};
  const char* name = kNames[data[0] & 3];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto r = extract::ingestBytes(bytes, name);
  if (!r) {
    checkError(r.error(), name);
    return 0;
  }
  Document& doc = *r;
  extract::extractInto(doc, resources());
  checkDocument(doc);
  constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
  (void)toJson(doc).dump(-1, ' ', false, kReplace);
  (void)toGeoJson(doc).dump(-1, ' ', false, kReplace);
  // The streamed eval line must be the tree's line, byte for byte.
  std::string line;
  appendEvalJsonLine(doc, name, line);
  WIREMAP_FUZZ_CHECK(line == toEvalJson(doc, name).dump(-1, ' ', false, kReplace) + "\n");
  return 0;
}

// ---- the sidecar (JSON) loader: load, save, load again ----------------------------------

inline int sidecar(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path dir = scratchDir();
  const auto in = dir / "story.wiremap.json";
  const auto out = dir / "again.wiremap.json";
  writeFile(in, std::string_view(reinterpret_cast<const char*>(data), size));
  auto s = app::loadSidecar(in);
  if (!s) {
    checkError(s.error(), in.string());
    return 0;
  }
  for (const auto& o : s->overrides) {
    WIREMAP_FUZZ_CHECK(!o.mention.empty());
    WIREMAP_FUZZ_CHECK(o.choice.lat >= -90 && o.choice.lat <= 90 && o.choice.lon >= -180 && o.choice.lon <= 180);
  }
  const Status st = app::saveSidecar(out, *s);
  WIREMAP_FUZZ_CHECK(st.ok());
  auto again = app::loadSidecar(out);
  WIREMAP_FUZZ_CHECK(again.ok());
  WIREMAP_FUZZ_CHECK(again->overrides.size() == s->overrides.size());
  // Apply to a small document (matching or not, nothing may go out of bounds).
  Document doc;
  doc.setText("Officials met in Seoul and Busan.");
  (void)app::applySidecar(doc, *s);
  return 0;
}

// ---- map packs: decode an image, every section, then load it as a folder ----------------

inline int pack(const std::uint8_t* data, std::size_t size) {
  const std::string_view image(reinterpret_cast<const char*>(data), size);
  auto sections = geo::decodePack(image, "fuzz.wmp");
  if (!sections) {
    checkError(sections.error(), "fuzz.wmp");
  } else {
    geo::MapData md;
    for (const auto& s : *sections) {
      switch (s.type) {
        case geo::SectionType::Fill: (void)geo::decodeFill(s.bytes); break;
        case geo::SectionType::Line: (void)geo::decodeLine(s.bytes); break;
        case geo::SectionType::Features: (void)geo::decodeFeatures(s.bytes); break;
      }
      if (Status st = geo::applySection(md, s, "fuzz.wmp"); !st) checkError(st.error(), "fuzz.wmp");
    }
  }
  static const std::filesystem::path dir = [] {
    auto d = scratchDir() / "packs";
    std::filesystem::create_directories(d);
    return d;
  }();
  writeFile(dir / "fuzz.wmp", image);
  auto md = geo::loadMapData(dir);
  if (!md) WIREMAP_FUZZ_CHECK(!md.error().message.empty() && md.error().message.find('\n') == std::string::npos);
  return 0;
}

// ---- binary assets: mutated copies of the real gazetteer and NER model ------------------
//
// Input: byte 0 flags (bit 0: reseal, i.e. recompute the checksum after mutating, to reach
// the structural checks behind it; bit 1: truncate to the length in bytes 1..4), then
// records of 5 bytes {u32 offset (mod size), u8 xor}. Without reseal, any change to the
// checksummed part must be refused.

struct Mutated {
  std::string bytes;
  bool bodyChanged = false;
  bool reseal = false;
  bool truncated = false;
};

inline Mutated mutate(const std::string& original, std::size_t headerBytes, const std::uint8_t* data, std::size_t size) {
  Mutated m;
  m.bytes = original;
  if (size == 0) return m;
  const std::uint8_t flags = data[0];
  std::size_t i = 1;
  m.reseal = flags & 1;
  auto u32 = [&](std::size_t at) {
    return std::uint32_t{data[at]} | std::uint32_t{data[at + 1]} << 8 | std::uint32_t{data[at + 2]} << 16 |
           std::uint32_t{data[at + 3]} << 24;
  };
  if ((flags & 2) && size >= 5) {
    const std::size_t len = u32(1) % (original.size() + 1);
    m.truncated = len != original.size();
    m.bytes.resize(len);
    i = 5;
  }
  for (; i + 5 <= size && !m.bytes.empty(); i += 5) {
    // Offsets land mostly in the header (where the parsing is) and anywhere else otherwise.
    std::size_t off = u32(i);
    off = (off & 0x80000000u) ? (off % std::min<std::size_t>(m.bytes.size(), 256)) : (off % m.bytes.size());
    const std::uint8_t x = data[i + 4] ? data[i + 4] : 1;
    m.bytes[off] = static_cast<char>(m.bytes[off] ^ x);
    if (off >= headerBytes) m.bodyChanged = true;
  }
  if (m.bodyChanged) m.bodyChanged = m.bytes.compare(headerBytes, std::string::npos, original, headerBytes) != 0;
  return m;
}

inline void putLe64(std::string& b, std::size_t at, std::uint64_t v) {
  for (int k = 0; k < 8; ++k) b[at + k] = static_cast<char>(v >> (8 * k));
}
inline std::uint64_t getLe64(std::string_view b, std::size_t at) {
  std::uint64_t v = 0;
  for (int k = 0; k < 8; ++k) v |= std::uint64_t{static_cast<unsigned char>(b[at + k])} << (8 * k);
  return v;
}

/// The gazetteer's body checksum, from the format in gazetteer.hpp (4 lanes, multiply-rotate).
inline std::uint64_t gazetteerChecksum(std::string_view body) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t lane[4] = {1, 2, 3, 4};
  const std::size_t words = body.size() / 8;
  for (std::size_t i = 0; i < words; ++i) {
    const std::uint64_t h = (lane[i & 3] ^ getLe64(body, i * 8)) * kMul;
    lane[i & 3] = (h << 29) | (h >> 35);
  }
  return lane[0] ^ (lane[1] << 1) ^ (lane[2] << 2) ^ (lane[3] << 3);
}

inline int gazetteer(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kHeader = 96;
  static const std::string original = readFile(files::assetPath("gazetteer.wmg"));
  static const std::filesystem::path file = scratchDir() / "fuzz.wmg";
  WIREMAP_FUZZ_CHECK(original.size() > kHeader);
  static const bool checksumKnown = gazetteerChecksum(std::string_view(original).substr(kHeader)) == getLe64(original, 24);
  Mutated m = mutate(original, kHeader, data, size);
  bool resealed = false;
  if (m.reseal && checksumKnown && m.bytes.size() > kHeader && !m.truncated) {
    putLe64(m.bytes, 24, gazetteerChecksum(std::string_view(m.bytes).substr(kHeader)));
    resealed = true;
  }
  writeFile(file, m.bytes);
  auto g = extract::Gazetteer::load(file);
  if (m.bodyChanged && !resealed) WIREMAP_FUZZ_CHECK(!g.ok());  // caught by the checksum
  if (m.truncated) WIREMAP_FUZZ_CHECK(!g.ok());
  if (!g) {
    checkError(g.error(), file.string());
    return 0;
  }
  // Loaded: lookups stay in bounds.
  const extract::Gazetteer& gz = **g;
  for (const char* name : {"seoul", "busan", "russia", "united states", "kim", "paris", "x"}) {
    const auto match = gz.find(name);
    for (const std::uint32_t p : match.postings) {
      const std::uint32_t idx = p & extract::kPostingIndexMask;
      if (idx >= gz.size()) continue;
      const auto& e = gz.entry(idx);
      (void)gz.name(e);
      (void)gz.polygonId(e);
      (void)gz.countryCode(e);
    }
  }
  (void)gz.countryIndex("KR");
  return 0;
}

/// The NER payload checksum, from ner_model.hpp/.cpp's description (FNV-1a style, 4 lanes).
std::uint64_t nerChecksum(std::string_view s);

inline int ner(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kHeader = 8 + 4 * 4 + 8 + 8;
  static const std::string original = readFile(files::assetPath("ner.wmn"));
  static const std::filesystem::path file = scratchDir() / "fuzz.wmn";
  WIREMAP_FUZZ_CHECK(original.size() > kHeader);
  static const bool checksumKnown = nerChecksum(std::string_view(original).substr(kHeader)) == getLe64(original, 32);
  Mutated m = mutate(original, kHeader, data, size);
  bool resealed = false;
  if (m.reseal && checksumKnown && m.bytes.size() > kHeader && !m.truncated) {
    putLe64(m.bytes, 32, nerChecksum(std::string_view(m.bytes).substr(kHeader)));
    resealed = true;
  }
  writeFile(file, m.bytes);
  auto model = extract::NerModel::load(file);
  if (m.bodyChanged && !resealed) WIREMAP_FUZZ_CHECK(!model.ok());  // caught by the checksum
  if (m.truncated) WIREMAP_FUZZ_CHECK(!model.ok());
  if (!model) {
    checkError(model.error(), file.string());
    return 0;
  }
  Document doc;
  doc.setText("President Kim Jong Un met Vladimir Putin in Vladivostok, the Kremlin said on Monday.");
  const auto toks = extract::tokenize(doc);
  for (const auto& e : (*model)->tag(doc, toks)) WIREMAP_FUZZ_CHECK(e.span.end <= doc.offsets.size());
  return 0;
}

inline std::uint64_t nerChecksum(std::string_view s) {
  std::uint64_t h[4] = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL, 0x9ce484222325cbf2ULL, 0x2325cbf29ce48422ULL};
  constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  std::size_t i = 0;
  for (; i + 32 <= s.size(); i += 32)
    for (int k = 0; k < 4; ++k) {
      h[k] = (h[k] ^ getLe64(s, i + 8 * k)) * kPrime;
      h[k] ^= h[k] >> 29;
    }
  // Lane merge and tail as in ner_model.cpp; if this ever differs, reseal is simply off.
  std::uint64_t r = h[0] ^ (h[1] * 3) ^ (h[2] * 5) ^ (h[3] * 7);
  for (; i < s.size(); ++i) r = (r ^ static_cast<unsigned char>(s[i])) * kPrime;
  return r ^ s.size();
}

}  // namespace wiremap::fuzz
