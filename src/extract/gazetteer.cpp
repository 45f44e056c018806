#include "extract/gazetteer.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace wiremap::extract {
namespace {

constexpr std::size_t kHeaderSize = 96;
constexpr std::uint32_t kVersion = 1;
constexpr char kMagic[8] = {'W', 'M', 'G', 'A', 'Z', 'E', 'T', 'R'};

struct KeyRecord {
  std::uint32_t nameOffset, firstPosting, postingCount, flags;
};

template <class T>
T readLe(const unsigned char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);  // the asset is little-endian; so are our targets
  return v;
}

/// Checksum of the body: 4 lanes of multiply-rotate over little-endian u64 words (must match
/// tools/gazetteer/build_gazetteer.mjs). Body length is a multiple of 8.
std::uint64_t bodyChecksum(const unsigned char* p, std::size_t n) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t lane[4] = {1, 2, 3, 4};
  const std::size_t words = n / 8;
  std::size_t i = 0;
  for (; i + 4 <= words; i += 4) {
    for (int l = 0; l < 4; ++l) {
      std::uint64_t h = (lane[l] ^ readLe<std::uint64_t>(p + (i + l) * 8)) * kMul;
      lane[l] = (h << 29) | (h >> 35);
    }
  }
  for (; i < words; ++i) {
    std::uint64_t h = (lane[i & 3] ^ readLe<std::uint64_t>(p + i * 8)) * kMul;
    lane[i & 3] = (h << 29) | (h >> 35);
  }
  return lane[0] ^ (lane[1] << 1) ^ (lane[2] << 2) ^ (lane[3] << 3);
}

// Fold table for U+00C0..U+017F ("" = not indexable); generated from Unicode NFD.
constexpr const char* kFoldLatin[192] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    "i", "i", "", "", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

}  // namespace

std::uint32_t fnv1a32(std::string_view s) {
  std::uint32_t h = 0x811c9dc5u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x01000193u;
  }
  return h;
}

bool foldName(std::string_view s, std::string& out) {
  out.clear();
  bool pendingSpace = false;
  auto put = [&](std::string_view piece) {
    if (pendingSpace && !out.empty()) out.push_back(' ');
    pendingSpace = false;
    out.append(piece);
  };
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        const char b = static_cast<char>(c);
        put({&b, 1});
      } else if (c >= 'A' && c <= 'Z') {
        const char b = static_cast<char>(c + 32);
        put({&b, 1});
      } else if (c == '.' || c == '\'' || c == '`') {
        // dropped
      } else if (c == '-' || c == ' ' || c == '\t' || c == '\n') {
        pendingSpace = true;
      } else {
        return false;
      }
      continue;
    }
    char32_t cp;
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      i += 2;
    } else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      i += 3;
    } else {
      return false;
    }
    if (cp == 0x2019 || cp == 0x2018) continue;           // curly apostrophes dropped
    if (cp == 0x2010 || cp == 0x2011 || cp == 0x00A0) {   // hyphens, no-break space
      pendingSpace = true;
      continue;
    }
    if (cp < 0xC0 || cp > 0x17F) return false;
    const char* f = kFoldLatin[cp - 0xC0];
    if (!*f) return false;
    put(f);
  }
  return !out.empty();
}

double distanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kR = 6371.0088, kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kR * std::asin(std::min(1.0, std::sqrt(a)));
}

struct Gazetteer::Impl {
  const unsigned char* base = nullptr;
  std::size_t size = 0;
  const GazetteerEntry* entries = nullptr;
  const KeyRecord* keys = nullptr;
  const std::uint32_t* slots = nullptr;
  const std::uint32_t* postings = nullptr;
  const char* strings = nullptr;
  std::uint32_t entryCount = 0, keyCount = 0, slotCount = 0, postingCount = 0, stringBytes = 0;
  std::array<std::int32_t, 26 * 26> countryByCode{};
  ~Impl() {
    if (base) munmap(const_cast<unsigned char*>(base), size);
  }
};

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::filesystem::path& path) {
  const std::string name = path.string();
  auto fail = [&](const std::string& why) { return Error{name + ": " + why}; };
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(std::string("cannot open gazetteer (") + std::strerror(errno) + ")");
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return fail("not a regular file");
  }
  const auto fileSize = static_cast<std::size_t>(st.st_size);
  if (fileSize < kHeaderSize) {
    ::close(fd);
    return fail("truncated gazetteer (" + std::to_string(fileSize) + " bytes, header needs 96)");
  }
  void* m = ::mmap(nullptr, fileSize, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (m == MAP_FAILED) return fail(std::string("cannot map gazetteer (") + std::strerror(errno) + ")");
  auto g = std::make_shared<Gazetteer>();
  Impl& im = *g->impl_;
  im.base = static_cast<const unsigned char*>(m);
  im.size = fileSize;
  const unsigned char* p = im.base;
  if (std::memcmp(p, kMagic, 8) != 0) return fail("not a wiremap gazetteer (bad magic)");
  const auto version = readLe<std::uint32_t>(p + 8);
  if (version != kVersion)
    return fail("unsupported gazetteer version " + std::to_string(version) + " (expected " + std::to_string(kVersion) + ")");
  if (readLe<std::uint32_t>(p + 12) != kHeaderSize) return fail("bad header size");
  const auto declared = readLe<std::uint64_t>(p + 16);
  if (declared != fileSize)
    return fail("truncated or padded gazetteer: header says " + std::to_string(declared) + " bytes, file has " +
                std::to_string(fileSize));
  if ((fileSize - kHeaderSize) % 8 != 0) return fail("bad body length");
  if (bodyChecksum(p + kHeaderSize, fileSize - kHeaderSize) != readLe<std::uint64_t>(p + 24))
    return fail("checksum mismatch (corrupt gazetteer)");
  im.entryCount = readLe<std::uint32_t>(p + 32);
  im.keyCount = readLe<std::uint32_t>(p + 36);
  im.slotCount = readLe<std::uint32_t>(p + 40);
  im.postingCount = readLe<std::uint32_t>(p + 44);
  im.stringBytes = readLe<std::uint32_t>(p + 48);
  const std::uint64_t sizes[5] = {std::uint64_t{im.entryCount} * 40, std::uint64_t{im.keyCount} * 16,
                                  std::uint64_t{im.slotCount} * 4, std::uint64_t{im.postingCount} * 4, im.stringBytes};
  std::uint32_t offs[5];
  for (int i = 0; i < 5; ++i) {
    offs[i] = readLe<std::uint32_t>(p + 52 + 4 * i);
    if (offs[i] < kHeaderSize || offs[i] % 8 != 0 || offs[i] + sizes[i] > fileSize)
      return fail("section " + std::to_string(i) + " out of bounds");
  }
  if (im.slotCount == 0 || (im.slotCount & (im.slotCount - 1)) != 0 || im.slotCount < im.keyCount)
    return fail("bad slot table size");
  if (im.stringBytes == 0) return fail("empty string pool");
  im.entries = reinterpret_cast<const GazetteerEntry*>(p + offs[0]);
  im.keys = reinterpret_cast<const KeyRecord*>(p + offs[1]);
  im.slots = reinterpret_cast<const std::uint32_t*>(p + offs[2]);
  im.postings = reinterpret_cast<const std::uint32_t*>(p + offs[3]);
  im.strings = reinterpret_cast<const char*>(p + offs[4]);
  if (im.strings[im.stringBytes - 1] != '\0') return fail("string pool not terminated");
  for (std::uint32_t k = 0; k < im.keyCount; ++k) {
    const KeyRecord& r = im.keys[k];
    if (r.nameOffset >= im.stringBytes || std::uint64_t{r.firstPosting} + r.postingCount > im.postingCount)
      return fail("key " + std::to_string(k) + " out of bounds");
  }
  for (std::uint32_t i = 0; i < im.postingCount; ++i)
    if ((im.postings[i] & kPostingIndexMask) >= im.entryCount) return fail("posting out of bounds");
  im.countryByCode.fill(-1);
  for (std::uint32_t i = 0; i < im.entryCount; ++i) {
    const GazetteerEntry& e = im.entries[i];
    if (e.nameOffset >= im.stringBytes || e.polygonOffset >= im.stringBytes || e.kind > 7 ||
        (e.parent >= 0 && static_cast<std::uint32_t>(e.parent) >= im.entryCount))
      return fail("entry " + std::to_string(i) + " out of bounds");
    if (e.kind == static_cast<std::uint8_t>(PlaceKind::Country) && e.country[0] >= 'A' && e.country[0] <= 'Z' &&
        e.country[1] >= 'A' && e.country[1] <= 'Z')
      im.countryByCode[(e.country[0] - 'A') * 26 + (e.country[1] - 'A')] = static_cast<std::int32_t>(i);
  }
  // Validation read every page (23 MB of resident memory); lookups need few of them. The pages
  // are clean file pages: drop them from this process, lookups fault back in what they touch
  // (from the page cache, not the disk).
  (void)::madvise(m, fileSize, MADV_DONTNEED);
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

Gazetteer::Match Gazetteer::find(std::string_view folded) const {
  const Impl& im = *impl_;
  if (!im.slots || folded.empty()) return {};
  const std::uint32_t mask = im.slotCount - 1;
  for (std::uint32_t s = fnv1a32(folded) & mask, n = 0; n < im.slotCount; s = (s + 1) & mask, ++n) {
    const std::uint32_t k = im.slots[s];
    if (k == 0 || k > im.keyCount) return {};
    const KeyRecord& r = im.keys[k - 1];
    if (storedEquals(r.nameOffset, folded)) return {{im.postings + r.firstPosting, r.postingCount}, r.flags};
  }
  return {};
}

std::size_t Gazetteer::size() const { return impl_->entryCount; }
const GazetteerEntry& Gazetteer::entry(std::uint32_t index) const { return impl_->entries[index]; }

bool Gazetteer::storedEquals(std::uint32_t offset, std::string_view s) const {
  // string(offset) == s without measuring the stored string first: most probes differ in
  // their first byte.
  if (offset == 0 || offset >= impl_->stringBytes) return s.empty();
  const std::size_t avail = impl_->stringBytes - offset;
  const char* p = impl_->strings + offset;
  if (s.size() > avail || std::memcmp(p, s.data(), s.size()) != 0) return false;
  return s.size() == avail || p[s.size()] == 0;
}

std::string_view Gazetteer::string(std::uint32_t offset) const {
  if (offset == 0 || offset >= impl_->stringBytes) return {};
  const char* s = impl_->strings + offset;
  return {s, ::strnlen(s, impl_->stringBytes - offset)};
}

std::string_view Gazetteer::countryCode(const GazetteerEntry& e) const {
  if (e.country[0] == 0) return {};
  return {e.country, 2};
}

std::int32_t Gazetteer::countryIndex(std::string_view cc) const {
  if (cc.size() != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
  return impl_->countryByCode[(cc[0] - 'A') * 26 + (cc[1] - 'A')];
}

}  // namespace wiremap::extract
