#pragma once
// Reading an article: format detection (plain text, HTML, JSON), binary refusal, UTF-8
// repair, and article metadata (headline, byline, dateline, credits, boilerplate).
#include <filesystem>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/result.hpp"
#include "extract/tokenize.hpp"

namespace wiremap::extract {

enum class Format { Auto, Text, Html, Json };

/// Turns raw bytes into a Document (text and the metadata the format carries). `name` is used
/// in error messages and kept as Document::sourcePath. Binary data is refused with a message;
/// invalid UTF-8 is repaired with U+FFFD and counted in Document::repairedSequences. With
/// Format::Text the text is kept exactly as read, so offsets are offsets into the file.
Result<Document> ingestBytes(std::string_view bytes, const std::string& name, Format format = Format::Auto);

/// Reads and ingests a file (size-limited by files::kMaxArticleBytes).
Result<Document> ingestFile(const std::filesystem::path& path, Format format = Format::Auto);

/// Finds headline, byline, dateline, publisher, date, editors and boilerplate in the text.
/// Leaves fields the format already provided.
void detectMetadata(Document& doc, const Tokenized& toks);

/// The dateline and the "(Publisher) -" that follows it up to the dash ("SEOUL, July 11
/// (Reuters) -"): text that introduces the story and belongs to no sentence's content. Empty
/// when the article has no dateline.
Span datelineZone(const Document& doc, const Tokenized& toks);

}  // namespace wiremap::extract
