#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wiremap::utf8 {

/// Outcome of validating/repairing raw bytes as UTF-8.
struct Repaired {
  std::string text;            ///< valid UTF-8; each invalid sequence replaced by U+FFFD
  std::size_t invalidSequences = 0;
  std::size_t firstInvalidByte = 0;  ///< byte offset in the input of the first invalid sequence
};

/// Validates bytes as UTF-8, replacing each maximal invalid subpart with U+FFFD (as the
/// Unicode standard recommends), and strips a leading BOM (reported via `hadBom`).
Repaired repair(std::string_view bytes, bool* hadBom = nullptr);

/// Decodes one code point at byte offset `i` of valid UTF-8 and advances `i`.
char32_t decode(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

/// Number of code points in valid UTF-8.
std::size_t length(std::string_view s);

/// Maps byte offsets of a valid UTF-8 string to code-point offsets and back.
/// Offsets in every Span of a Document are code points into Document::text.
class OffsetMap {
 public:
  OffsetMap() = default;
  explicit OffsetMap(std::string_view s);
  /// Code-point offset of byte offset `b` (b must be at a code-point boundary or the end).
  std::uint32_t toCodePoint(std::size_t b) const;
  /// Byte offset of code-point offset `cp` (cp <= size()).
  std::size_t toByte(std::uint32_t cp) const;
  std::uint32_t size() const { return static_cast<std::uint32_t>(cpToByte_.size() - 1); }

 private:
  std::vector<std::uint32_t> cpToByte_{0};  // size = code points + 1
};

}  // namespace wiremap::utf8
