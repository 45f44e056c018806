#include "ui/theme.hpp"

#include <imgui.h>

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

std::vector<std::string> loadFonts(float pixelSize) {
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
  for (const char* f : cjk) {
    if (!fs::exists(f)) continue;
    ImFontConfig cfg;
    cfg.MergeMode = true;
    io.Fonts->AddFontFromFileTTF(f, pixelSize, &cfg, io.Fonts->GetGlyphRangesKorean());
    used.emplace_back(f);
    break;
  }
  return used;
}

}  // namespace wiremap::ui
