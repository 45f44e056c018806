#include "core/utf8.hpp"

#include <algorithm>
#include <cassert>

namespace wiremap::utf8 {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid. `consumed` receives the
// length of the maximal invalid subpart when invalid (at least 1).
std::size_t validSequence(std::string_view s, std::size_t i, std::size_t& consumed) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  consumed = 1;
  if (c < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c == 0xE0) { need = 2; lo = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) need = 2;
  else if (c == 0xED) { need = 2; hi = 0x9F; }
  else if (c >= 0xEE && c <= 0xEF) need = 2;
  else if (c == 0xF0) { need = 3; lo = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) need = 3;
  else if (c == 0xF4) { need = 3; hi = 0x8F; }
  else return 0;
  for (std::size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return 0;
    const unsigned char t = b(i + k);
    const unsigned char l = (k == 1) ? lo : 0x80, h = (k == 1) ? hi : 0xBF;
    if (t < l || t > h) return 0;
    consumed = k + 1;
  }
  return need + 1;
}

}  // namespace

Repaired repair(std::string_view bytes, bool* hadBom) {
  Repaired r;
  std::size_t i = 0;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    i = 3;
    if (hadBom) *hadBom = true;
  } else if (hadBom) {
    *hadBom = false;
  }
  r.text.reserve(bytes.size());
  while (i < bytes.size()) {
    // Fast path for ASCII runs.
    std::size_t j = i;
    while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) < 0x80) ++j;
    if (j > i) {
      r.text.append(bytes.data() + i, j - i);
      i = j;
      continue;
    }
    std::size_t consumed = 1;
    const std::size_t n = validSequence(bytes, i, consumed);
    if (n > 0) {
      r.text.append(bytes.data() + i, n);
      i += n;
    } else {
      if (r.invalidSequences == 0) r.firstInvalidByte = i;
      ++r.invalidSequences;
      append(r.text, kReplacement);
      i += consumed;
    }
  }
  return r;
}

char32_t decode(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int n = (c >= 0xF0) ? 3 : (c >= 0xE0) ? 2 : 1;
  char32_t cp = c & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

OffsetMap::OffsetMap(std::string_view s) {
  cpToByte_.clear();
  cpToByte_.reserve(s.size() + 1);
  for (std::size_t b = 0; b < s.size(); ++b)
    if ((static_cast<unsigned char>(s[b]) & 0xC0) != 0x80) cpToByte_.push_back(static_cast<std::uint32_t>(b));
  cpToByte_.push_back(static_cast<std::uint32_t>(s.size()));
}

std::uint32_t OffsetMap::toCodePoint(std::size_t b) const {
  auto it = std::lower_bound(cpToByte_.begin(), cpToByte_.end(), static_cast<std::uint32_t>(b));
  return static_cast<std::uint32_t>(it - cpToByte_.begin());
}

std::size_t OffsetMap::toByte(std::uint32_t cp) const {
  assert(cp < cpToByte_.size());
  return cpToByte_[std::min<std::size_t>(cp, cpToByte_.size() - 1)];
}

}  // namespace wiremap::utf8
