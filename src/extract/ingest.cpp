#include "extract/ingest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "core/files.hpp"
#include "core/text.hpp"

namespace wiremap::extract {
namespace {

bool endsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

/// A name for the kind of binary file, or "" when the bytes look like text.
std::string binaryKind(std::string_view b) {
  const auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
  if (starts("%PDF")) return "a PDF document";
  if (starts("\x89PNG")) return "a PNG image";
  if (starts("\xFF\xD8\xFF")) return "a JPEG image";
  if (starts("GIF8")) return "a GIF image";
  if (starts("PK\x03\x04")) return "a ZIP archive (or a Word/OpenDocument file)";
  if (starts("\x1F\x8B")) return "gzip-compressed data";
  if (starts("\x7F" "ELF")) return "a program";
  if (starts("\xD0\xCF\x11\xE0")) return "an old Microsoft Office document";
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) return "UTF-16 text (save it as UTF-8)";
  const std::size_t n = std::min<std::size_t>(b.size(), 8192);
  std::size_t control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c == 0) return "binary data (it contains NUL bytes)";
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++control;
  }
  if (n > 0 && control * 20 > n) return "binary data (too many control characters)";
  return {};
}

// ---- HTML -------------------------------------------------------------------------------

bool isBlockTag(std::string_view t) {
  static const char* kBlocks[] = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                  "tr", "table", "section", "article", "header", "footer", "blockquote",
                                  "title", "figcaption", "hr", "pre", "dd", "dt", "main", "aside", "nav"};
  for (const char* b : kBlocks)
    if (t == b) return true;
  return false;
}

void appendEntity(std::string& out, std::string_view ent) {
  static const std::pair<const char*, char32_t> kNamed[] = {
      {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
      {"nbsp", ' '},     {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
      {"mdash", 0x2014}, {"ndash", 0x2013},  {"hellip", 0x2026}, {"laquo", 0xAB},   {"raquo", 0xBB},
      {"eacute", 0xE9},  {"egrave", 0xE8},   {"aacute", 0xE1},   {"oacute", 0xF3},  {"uuml", 0xFC},
      {"ouml", 0xF6},    {"auml", 0xE4},     {"ccedil", 0xE7},   {"ntilde", 0xF1},  {"copy", 0xA9}};
  if (!ent.empty() && ent[0] == '#') {
    char32_t cp = 0;
    const bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
    for (std::size_t i = hex ? 2 : 1; i < ent.size(); ++i) {
      const char c = ent[i];
      const int d = (c >= '0' && c <= '9') ? c - '0'
                    : hex && (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : hex && (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                    : -1;
      if (d < 0 || cp > 0x10FFFF) { cp = 0xFFFD; break; }
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    utf8::append(out, cp);
    return;
  }
  for (const auto& [name, cp] : kNamed)
    if (ent == name) {
      utf8::append(out, cp);
      return;
    }
  out += '&';
  out += ent;
  out += ';';
}

/// Visible text of an HTML page, block elements separated by blank lines; <title>/<h1> become
/// the headline when present.
std::string htmlToText(std::string_view h, std::string& headline) {
  std::string out, title, h1;
  std::string* capture = nullptr;
  bool skipping = false;
  std::string skipUntil;
  bool pendingSpace = false;
  const auto newBlock = [&] {
    while (!out.empty() && (out.back() == ' ')) out.pop_back();
    if (!out.empty() && !endsWith(out, "\n\n")) out += out.back() == '\n' ? "\n" : "\n\n";
    pendingSpace = false;
  };
  std::size_t i = 0;
  while (i < h.size()) {
    const char c = h[i];
    if (c == '<') {
      if (h.substr(i, 4) == "<!--") {
        const auto e = h.find("-->", i + 4);
        i = e == std::string_view::npos ? h.size() : e + 3;
        continue;
      }
      const auto e = h.find('>', i);
      if (e == std::string_view::npos) break;
      std::string_view tag = h.substr(i + 1, e - i - 1);
      i = e + 1;
      const bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      std::size_t k = 0;
      while (k < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[k])))) ++k;
      const std::string name = text::asciiLowered(tag.substr(0, k));
      if (skipping) {
        if (closing && name == skipUntil) skipping = false;
        continue;
      }
      if (!closing && (name == "script" || name == "style" || name == "noscript" || name == "svg")) {
        skipping = true;
        skipUntil = name;
        continue;
      }
      if (name == "title") capture = closing ? nullptr : &title;
      if (name == "h1") capture = closing ? nullptr : (h1.empty() ? &h1 : nullptr);
      if (isBlockTag(name)) newBlock();
      continue;
    }
    if (skipping) { ++i; continue; }
    std::string piece;
    if (c == '&') {
      const auto e = h.find(';', i);
      if (e != std::string_view::npos && e - i <= 10) {
        appendEntity(piece, h.substr(i + 1, e - i - 1));
        i = e + 1;
      } else {
        piece = "&";
        ++i;
      }
    } else {
      piece.assign(1, c);
      ++i;
    }
    for (char pc : piece) {
      const bool space = pc == ' ' || pc == '\n' || pc == '\t' || pc == '\r';
      if (space) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && !out.empty() && out.back() != '\n') out += ' ';
      pendingSpace = false;
      out += pc;
      if (capture) capture->push_back(pc);
    }
    if (capture && pendingSpace) capture->push_back(' ');
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  headline = !h1.empty() ? h1 : title;
  while (!headline.empty() && headline.back() == ' ') headline.pop_back();
  return out;
}

// ---- JSON -------------------------------------------------------------------------------

Result<Document> fromJson(std::string_view bytes, const std::string& name) {
  nlohmann::json j;
  try {
    // Depth-limited parse: reject pathological nesting before recursion gets deep.
    int depth = 0, maxDepth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      const char c = bytes[i];
      if (inString) {
        if (c == '\\') ++i;
        else if (c == '"') inString = false;
      } else if (c == '"') inString = true;
      else if (c == '{' || c == '[') maxDepth = std::max(maxDepth, ++depth);
      else if (c == '}' || c == ']') --depth;
    }
    if (maxDepth > 64) return Error{fmt::format("{}: JSON nested deeper than 64 levels", name)};
    j = nlohmann::json::parse(bytes);
  } catch (const nlohmann::json::parse_error& e) {
    return Error{fmt::format("{}: malformed JSON at byte {}", name, e.byte)};
  } catch (const nlohmann::json::exception& e) {
    // Numbers out of range ("1E4444") and other refusals that are not syntax errors.
    return Error{fmt::format("{}: unreadable JSON: {}", name, e.what())};
  }
  const nlohmann::json* obj = &j;
  if (j.is_array() && !j.empty()) obj = &j[0];
  if (!obj->is_object()) return Error{fmt::format("{}: JSON article must be an object with a \"text\" field", name)};
  Document doc;
  doc.sourcePath = name;
  const auto str = [&](std::initializer_list<const char*> keys) -> std::string {
    for (const char* k : keys) {
      auto it = obj->find(k);
      if (it != obj->end() && it->is_string()) return it->get<std::string>();
    }
    return {};
  };
  std::string text = str({"text", "body", "content", "article", "articleBody", "story"});
  if (text.empty()) return Error{fmt::format("{}: JSON has no \"text\", \"body\" or \"content\" field", name)};
  const std::string headline = str({"headline", "title"});
  auto repaired = utf8::repair(text);
  doc.repairedSequences = repaired.invalidSequences;
  doc.setText(std::move(repaired.text));
  doc.meta.headline = headline;
  doc.meta.publisher = str({"publisher", "source", "agency"});
  doc.meta.date = str({"date", "published", "datePublished", "pubDate"});
  if (auto it = obj->find("byline"); it != obj->end()) {
    if (it->is_string()) doc.meta.byline.push_back(it->get<std::string>());
    if (it->is_array())
      for (const auto& b : *it)
        if (b.is_string()) doc.meta.byline.push_back(b.get<std::string>());
  }
  return doc;
}

}  // namespace

Result<Document> ingestBytes(std::string_view bytes, const std::string& name, Format format) {
  if (auto kind = binaryKind(bytes); !kind.empty())
    return Error{fmt::format("{}: this looks like {}, not an article", name, kind)};
  if (format == Format::Auto) {
    const std::string ext = text::asciiLowered(std::filesystem::path(name).extension().string());
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") format = Format::Html;
    else if (ext == ".json") format = Format::Json;
    else {
      std::size_t k = 0;
      if (bytes.substr(0, 3) == "\xEF\xBB\xBF") k = 3;
      while (k < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[k]))) ++k;
      const std::string head = text::asciiLowered(bytes.substr(k, 512));
      if (head.starts_with("<!doctype html") || head.starts_with("<html") ||
          (head.starts_with("<") && (head.find("<p") != std::string::npos || head.find("<body") != std::string::npos)))
        format = Format::Html;
      else if (head.starts_with("{"))
        format = Format::Json;
      else
        format = Format::Text;
    }
  }
  if (format == Format::Json) return fromJson(bytes, name);
  auto repaired = utf8::repair(bytes);
  Document doc;
  doc.sourcePath = name;
  doc.repairedSequences = repaired.invalidSequences;
  if (format == Format::Html) {
    std::string headline;
    std::string text = htmlToText(repaired.text, headline);
    doc.setText(std::move(text));
    doc.meta.headline = headline;
  } else {
    // Keep the text exactly as read (a BOM included) so offsets are offsets into the file.
    std::string text;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") text = "\xEF\xBB\xBF";
    text += repaired.text;
    doc.setText(std::move(text));
  }
  return doc;
}

Result<Document> ingestFile(const std::filesystem::path& path, Format format) {
  auto bytes = files::readAll(path);
  if (!bytes) return bytes.error();
  return ingestBytes(*bytes, path.string(), format);
}

}  // namespace wiremap::extract
