#pragma once
// A fixed table of short strings (views of data that outlives it, usually string literals)
// with values: open addressing, a cheap hash of the first and last eight bytes, and a bit per
// length so that most misses cost one test. Built once, then only read. The quote lexicon and
// the country index look words up several times a token, where std::unordered_set's byte hash
// and prime modulo showed in profiles.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace wiremap::text {

template <typename V>
class WordTable {
 public:
  WordTable() = default;
  explicit WordTable(const std::vector<std::pair<std::string_view, V>>& items) {
    std::size_t size = 16;
    while (size < 2 * items.size()) size *= 2;
    slots_.assign(size, {});
    mask_ = size - 1;
    for (const auto& [word, value] : items) {
      if (word.empty()) continue;
      lengths_ |= lengthBit(word.size());
      std::size_t i = hash(word) & mask_;
      while (!slots_[i].first.empty() && slots_[i].first != word) i = (i + 1) & mask_;
      slots_[i] = {word, value};
    }
  }
  /// The value stored for exactly these bytes, or nullptr.
  const V* find(std::string_view w) const {
    if (!(lengths_ & lengthBit(w.size())) || slots_.empty()) return nullptr;
    for (std::size_t i = hash(w) & mask_;; i = (i + 1) & mask_) {
      const auto& slot = slots_[i];
      if (slot.first.empty()) return nullptr;
      if (slot.first.size() == w.size() && std::memcmp(slot.first.data(), w.data(), w.size()) == 0)
        return &slot.second;
    }
  }
  /// Whether a word of this many bytes is in the table at all (words of 63+ bytes share a bit).
  bool mayHaveLength(std::size_t n) const { return lengths_ & lengthBit(n); }

 private:
  static std::uint64_t lengthBit(std::size_t n) { return std::uint64_t{1} << std::min<std::size_t>(n, 63); }
  static std::size_t hash(std::string_view w) {
    std::uint64_t a = 0, b = 0;
    std::memcpy(&a, w.data(), std::min<std::size_t>(w.size(), 8));
    if (w.size() > 8) std::memcpy(&b, w.data() + w.size() - std::min<std::size_t>(w.size() - 8, 8), std::min<std::size_t>(w.size() - 8, 8));
    std::uint64_t x = (a ^ (b * 0x9e3779b97f4a7c15ULL) ^ w.size()) * 0xff51afd7ed558ccdULL;
    return static_cast<std::size_t>(x ^ (x >> 29));
  }
  std::vector<std::pair<std::string_view, V>> slots_;  ///< empty word = empty slot
  std::size_t mask_ = 0;
  std::uint64_t lengths_ = 0;
};

}  // namespace wiremap::text
