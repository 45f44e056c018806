#pragma once
// Dear ImGui themes (light and dark) and fonts with a fallback chain over Debian font packages.
#include <string>
#include <vector>

namespace wiremap::ui {

enum class Theme { Light, Dark };

/// Applies colours and spacing for the theme, scaled for the display (1 = 96 dpi).
void applyTheme(Theme theme, float scale);

/// Loads the UI font at `pixelSize`: Latin, Greek and Cyrillic from Noto Sans (fallback DejaVu
/// Sans), merged with the Hangul/CJK/kana glyphs listed in `extraChars` (the characters of the
/// open article) from Noto Sans CJK. Baking only the glyphs an article uses keeps start-up fast.
/// Returns the font files used (empty: ImGui's built-in font). Call between frames; the GL
/// font texture must be recreated afterwards.
std::vector<std::string> loadFonts(float pixelSize, const std::vector<char32_t>& extraChars = {});

/// Characters of `utf8` that need the CJK fallback font (Hangul, kana, CJK ideographs,
/// fullwidth forms), sorted and unique.
std::vector<char32_t> cjkCharacters(std::string_view utf8);

}  // namespace wiremap::ui
