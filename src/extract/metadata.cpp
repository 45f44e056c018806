// detectMetadata: headline, byline, dateline, credits, date and boilerplate of a news text.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "core/text.hpp"
#include "extract/ingest.hpp"

namespace wiremap::extract {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool startsWithNoCase(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && text::equalsIgnoreCase(s.substr(0, p.size()), p);
}

/// "Jack Kim and Joyce Lee", "A, B and C" -> names.
std::vector<std::string> splitNames(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  const auto flush = [&] {
    std::string_view t = trim(cur);
    // "Mina Seo in Busan" -> "Mina Seo" (credits name where each reporter filed from).
    if (const auto in = t.find(" in "); in != std::string_view::npos) t = t.substr(0, in);
    while (!t.empty() && (t.back() == '.' || t.back() == ')')) t.remove_suffix(1);
    t = trim(t);
    if (!t.empty() && t.size() < 60) out.emplace_back(t);
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',' || s[i] == ';' || s[i] == '&') { flush(); continue; }
    if (s.substr(i, 5) == " and ") { flush(); i += 4; continue; }
    cur += s[i];
  }
  flush();
  return out;
}

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

/// Finds "Month D, YYYY" or "YYYY-MM-DD" and returns it as ISO 8601, or "".
std::string findDate(std::string_view t) {
  for (std::size_t i = 0; i + 10 <= t.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(t[i])) && (i == 0 || !std::isalnum(static_cast<unsigned char>(t[i - 1])))) {
      const std::string_view c = t.substr(i, 10);
      if (c[4] == '-' && c[7] == '-' && std::all_of(c.begin(), c.begin() + 4, ::isdigit) && std::isdigit(c[5]) &&
          std::isdigit(c[6]) && std::isdigit(c[8]) && std::isdigit(c[9]))
        return std::string(c);
    }
  }
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    std::size_t p = 0;
    while ((p = t.find(kMonths[m], p)) != std::string_view::npos) {
      std::size_t q = p + kMonths[m].size();
      p = q;
      if (q >= t.size() || t[q] != ' ') continue;
      ++q;
      int day = 0, digits = 0;
      while (q < t.size() && std::isdigit(static_cast<unsigned char>(t[q])) && digits < 2) day = day * 10 + (t[q++] - '0'), ++digits;
      if (digits == 0 || day < 1 || day > 31) continue;
      if (q + 6 > t.size() || t[q] != ',' || t[q + 1] != ' ') continue;
      q += 2;
      int year = 0;
      for (int k = 0; k < 4; ++k) {
        if (!std::isdigit(static_cast<unsigned char>(t[q + k]))) { year = -1; break; }
        year = year * 10 + (t[q + k] - '0');
      }
      if (year < 1900) continue;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02zu-%02d", year, m + 1, day);
      return buf;
    }
  }
  return {};
}

}  // namespace

void detectMetadata(Document& doc, const Tokenized& toks) {
  Metadata& meta = doc.meta;
  const auto& paras = toks.paragraphs;
  const auto text = [&](Span s) { return std::string_view(doc.text).substr(doc.offsets.toByte(s.start), doc.offsets.toByte(s.end) - doc.offsets.toByte(s.start)); };

  // Headline: a short first paragraph on one line that does not end like a sentence.
  if (meta.headline.empty() && paras.size() > 1) {
    const std::string_view p = text(paras[0]);
    if (p.size() <= 200 && p.find('\n') == std::string_view::npos && !p.empty() && p.back() != '.' &&
        !startsWithNoCase(p, "By ")) {
      meta.headline = std::string(p);
      meta.headlineSpan = paras[0];
    }
  }

  for (std::size_t i = 0; i < paras.size(); ++i) {
    const std::string_view p = text(paras[i]);
    // Byline near the top: "By Jack Kim and Joyce Lee".
    if (i < 5 && meta.byline.empty() && startsWithNoCase(p, "By ") && p.size() < 120 && p.find('\n') == std::string_view::npos) {
      meta.byline = splitNames(p.substr(3));
      meta.boilerplate.push_back(paras[i]);
      continue;
    }
    // Credits: "(Reporting by A and B; editing by C)".
    if (p.size() > 2 && p.front() == '(' && p.back() == ')' &&
        (startsWithNoCase(p, "(Reporting") || startsWithNoCase(p, "(Writing") || startsWithNoCase(p, "(Editing") ||
         startsWithNoCase(p, "(Additional reporting") || startsWithNoCase(p, "(Compiled by"))) {
      std::string_view rest = p.substr(1, p.size() - 2);
      while (!rest.empty()) {
        const auto semi = rest.find(';');
        std::string_view part = trim(rest.substr(0, semi));
        rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
        const auto by = part.find(" by ");
        if (by == std::string_view::npos) continue;
        auto names = splitNames(part.substr(by + 4));
        auto& target = startsWithNoCase(part, "edit") ? meta.editors : meta.byline;
        for (auto& n : names)
          if (std::find(target.begin(), target.end(), n) == target.end()) target.push_back(std::move(n));
      }
      meta.boilerplate.push_back(paras[i]);
      continue;
    }
    // Boilerplate: a paragraph that is one long token (image tags, tracking ids).
    if (p.size() >= 16 && p.find(' ') == std::string_view::npos &&
        (p.find('_') != std::string_view::npos || startsWithNoCase(p, "tag") || startsWithNoCase(p, "http"))) {
      meta.boilerplate.push_back(paras[i]);
      continue;
    }
    // Dateline: "SEOUL (Reuters) -", "KUALA LUMPUR, July 11 (Reuters) -", "LONDON -".
    if (i < 6 && meta.dateline.empty()) {
      std::size_t k = 0;
      // Capitals, spaces and non-ASCII letters ("SÃO PAULO"); an em or en dash ends the run
      // ("OTTAWA — The minister ...": its bytes are non-ASCII too).
      auto dashAt = [&](std::size_t at) {
        return p.substr(at, 3) == "\xE2\x80\x94" || p.substr(at, 3) == "\xE2\x80\x93";
      };
      while (k < p.size() && !dashAt(k) &&
             (std::isupper(static_cast<unsigned char>(p[k])) || p[k] == ' ' || p[k] == '.' || p[k] == '\'' ||
              p[k] == '-' || static_cast<unsigned char>(p[k]) >= 0x80))
        ++k;
      std::string_view city = trim(p.substr(0, k));
      while (!city.empty() && (city.back() == '-' || city.back() == ' ')) city.remove_suffix(1);
      // The upper-case run must be a word of 3+ capitals and not the whole paragraph.
      int caps = 0;
      for (char c : city) caps += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
      if (caps >= 3 && k < p.size() && city.size() <= 40) {
        const std::string_view after = p.substr(city.size());
        const auto paren = after.find('(');
        const auto dash = after.find_first_of("-");
        const auto emdash = std::min(after.find("\xE2\x80\x94"), after.find("\xE2\x80\x93"));  // em or en dash
        const std::size_t limit = 40;
        bool ok = false;
        std::string publisher;
        if (paren != std::string_view::npos && paren < limit) {
          const auto close = after.find(')', paren);
          if (close != std::string_view::npos && close - paren < 30) {
            publisher = std::string(trim(after.substr(paren + 1, close - paren - 1)));
            const std::string_view tail = trim(after.substr(close + 1));
            ok = tail.starts_with("-") || tail.starts_with("\xE2\x80\x94") || tail.starts_with("\xE2\x80\x93");
          }
        } else if ((dash != std::string_view::npos && dash < 4) || (emdash != std::string_view::npos && emdash < 4)) {
          ok = true;
        } else if (after.starts_with(",")) {
          // "THUNDER BAY, Ont. —", "HALIFAX, N.S. -", "OTTAWA, March 3 —": a short province,
          // state or date after a comma, then the dash.
          const std::size_t end = std::min(dash, emdash);
          if (end != std::string_view::npos && end < 30) {
            const std::string_view mid = trim(after.substr(1, end - 1));
            int words = 0;
            bool plain = !mid.empty();
            for (std::size_t w = 0; w < mid.size() && plain;) {
              while (w < mid.size() && mid[w] == ' ') ++w;
              if (w >= mid.size()) break;
              const auto c = static_cast<unsigned char>(mid[w]);
              plain = std::isupper(c) || std::isdigit(c);
              ++words;
              while (w < mid.size() && mid[w] != ' ') ++w;
            }
            ok = plain && words <= 3;
          }
        }
        if (ok) {
          meta.dateline = std::string(city);
          const std::uint32_t startCp = doc.offsets.toCodePoint(doc.offsets.toByte(paras[i].start));
          meta.datelineSpan = Span{startCp, startCp + static_cast<std::uint32_t>(utf8::length(city))};
          if (meta.publisher.empty()) meta.publisher = publisher;
        }
      }
    }
  }
  if (meta.date.empty()) {
    const std::size_t n = std::min<std::size_t>(doc.text.size(), 3000);
    meta.date = findDate(std::string_view(doc.text).substr(0, n));
  }
}

Span datelineZone(const Document& doc, const Tokenized& toks) {
  if (!doc.meta.datelineSpan) return {};
  const Span d = *doc.meta.datelineSpan;
  Span z = d;
  const auto& tk = toks.tokens;
  const auto first = std::lower_bound(tk.begin(), tk.end(), d.end, [](const Token& t, std::uint32_t c) { return t.span.end <= c; });
  const auto k0 = static_cast<std::size_t>(first - tk.begin());
  for (std::size_t k = k0; k < tk.size() && k < k0 + 8; ++k) {
    const Token& t = tk[k];
    const bool dash = t.has(kPunct) && (t.text == "-" || t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93");
    if (dash) {
      z.end = t.span.end;
      break;
    }
    if (!t.has(kPunct) && !(t.has(kCapitalised) || t.has(kAllCaps) || t.has(kHasDigit))) break;
  }
  return z;
}

}  // namespace wiremap::extract
