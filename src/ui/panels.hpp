#pragma once
// The workbench panels. Each is a small type holding view state only; it draws from
// `const Document&` and the UiState and pushes Actions (never mutates the Document).
#include <filesystem>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "ui/state.hpp"

namespace wiremap::ui {

/// Which Document items cover each code point range of the text, for highlighting.
struct TextMarks {
  struct Mark {
    Span span;
    ItemRef item;
    unsigned color = 0;  ///< ImU32 background
  };
  std::vector<Mark> marks;  ///< sorted by start; may overlap (quotes under names)
};
TextMarks buildTextMarks(const Document& doc);

/// Item references related to a selection (a place's quotes, actors and links...).
struct Related {
  std::vector<Id> quotesSaidAt, quotesAbout, actors, links, sentences;
};
Related relatedToPlace(const Document& doc, Id place);
Related relatedToActor(const Document& doc, Id actor);

/// The article text with entities highlighted by kind; hover and click select.
class ArticlePanel {
 public:
  void draw(const Document& doc, UiState& state, std::vector<Action>& out);
  void invalidate() { marks_.marks.clear(); built_ = false; }

 private:
  TextMarks marks_;
  std::uint32_t longestMark_ = 0;  // code points of the longest mark
  bool built_ = false;
};

/// Details of the selected place or actor: quotes, sentences, links, candidates.
class InspectorPanel {
 public:
  void draw(const Document& doc, UiState& state, std::vector<Action>& out);
};

/// Places, actors, quotes and links as sortable lists, with filters and search.
class ListsPanel {
 public:
  void draw(const Document& doc, UiState& state, std::vector<Action>& out);
};

/// A minimal in-app file browser (ImGui has none). Opens on `open()`; emits OpenFile.
class FileBrowser {
 public:
  void open(const std::filesystem::path& start);
  void draw(std::vector<Action>& out);
  bool isOpen() const { return open_; }

 private:
  bool open_ = false;
  bool requestPopup_ = false;
  std::filesystem::path dir_;
  std::string error_;
  char typed_[512] = {};
};

/// Export dialog: size presets, path, report furniture; emits ExportPng / ExportJson.
class ExportDialog {
 public:
  void open(const std::string& suggestedPath);
  void draw(std::vector<Action>& out);

 private:
  bool requestPopup_ = false;
  int preset_ = 0;
  int width_ = 1920, height_ = 1080;
  bool report_ = true;
  char path_[512] = {};
};

}  // namespace wiremap::ui
