#pragma once
// Small text helpers shared by extraction and the UI. ASCII case folding only: non-ASCII bytes
// compare as they are (enough for English cue words, titles and search boxes).
#include <string>
#include <string_view>

namespace wiremap::text {

/// Lower-cases an ASCII letter; every other byte is returned unchanged.
constexpr char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// A copy with ASCII letters lower-cased ("Said" -> "said"); other bytes unchanged.
inline std::string asciiLowered(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = asciiLower(c);
  return r;
}

/// Equal ignoring ASCII case ("Said" == "said").
constexpr bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (asciiLower(a[i]) != asciiLower(b[i])) return false;
  return true;
}

/// `needle` occurs in `haystack` ignoring ASCII case; "" occurs everywhere.
constexpr bool containsIgnoreCase(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
    if (equalsIgnoreCase(haystack.substr(i, needle.size()), needle)) return true;
  return false;
}

}  // namespace wiremap::text
