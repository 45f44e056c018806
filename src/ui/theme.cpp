#include "ui/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace wiremap::ui {

void applyTheme(Theme theme, float scale) {
  ImGuiStyle style;
  if (theme == Theme::Dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.GrabRounding = 3.0f;
  style.WindowBorderSize = 1.0f;
  style.FramePadding = ImVec2(6, 4);
  style.ItemSpacing = ImVec2(8, 5);
  if (theme == Theme::Light) {
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.92f, 0.92f, 0.91f, 1.0f);
    style.Colors[ImGuiCol_Header] = ImVec4(0.80f, 0.86f, 0.93f, 1.0f);
  }
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

std::vector<std::string> loadFonts(float pixelSize, const std::vector<char32_t>& extraChars) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  std::vector<std::string> used;
  namespace fs = std::filesystem;
  const char* latin[] = {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"};
  const char* cjk[] = {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                       "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
                       "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"};
  static const ImWchar kLatinCyrillic[] = {0x0020, 0x00FF, 0x0100, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F,
                                           0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x218F, 0x2190, 0x21FF, 0};
  bool base = false;
  for (const char* f : latin) {
    if (!fs::exists(f)) continue;
    io.Fonts->AddFontFromFileTTF(f, pixelSize, nullptr, kLatinCyrillic);
    used.emplace_back(f);
    base = true;
    break;
  }
  if (!base) {
    io.Fonts->AddFontDefault();
    return used;
  }
  if (extraChars.empty()) return used;
  // Glyph ranges must outlive the atlas build: keep them in the atlas' lifetime (static storage
  // would be shared between contexts, so the vector lives in a heap block owned by ImGui's
  // user data slot of this atlas).
  ImFontGlyphRangesBuilder builder;
  for (char32_t c : extraChars)
    if (c <= 0xFFFF) builder.AddChar(static_cast<ImWchar>(c));
  auto* ranges = new ImVector<ImWchar>();
  builder.BuildRanges(ranges);
  for (const char* f : cjk) {
    if (!fs::exists(f)) continue;
    ImFontConfig cfg;
    cfg.MergeMode = true;
    io.Fonts->AddFontFromFileTTF(f, pixelSize, &cfg, ranges->Data);
    used.emplace_back(f);
    break;
  }
  io.Fonts->Build();
  delete ranges;  // the atlas is built: glyph ranges are no longer read
  return used;
}

std::vector<char32_t> cjkCharacters(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + n > s.size()) break;
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    const bool cjk = (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
                     (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3130 && cp <= 0x318F);
    if (cjk) out.push_back(cp);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace wiremap::ui
