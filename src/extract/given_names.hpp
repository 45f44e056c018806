#pragma once
// Given names with the gender a reader would assume, and the gender of a person actor from an
// honorific, a gendered title or the given name. Only used so that "she said" after a man's
// quote finds the woman quoted before him; a name that is not listed tells nothing.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/document.hpp"
#include "core/result.hpp"

namespace wiremap::extract {

class GivenNames {
 public:
  /// Reads assets/given_names.txt: lines "f name" or "m name", '#' comments. A malformed line
  /// is an error naming the file and the line.
  static Result<std::shared_ptr<const GivenNames>> load(const std::filesystem::path& path);
  /// From text in the same format (tests, and load()).
  static Result<std::shared_ptr<const GivenNames>> parse(std::string_view text, const std::string& origin);

  /// The gender of a given name, any case ("Sarah", "SARAH"); Unknown when not listed.
  Gender of(std::string_view givenName) const;
  std::size_t size() const { return names_.size(); }

 private:
  std::unordered_map<std::string, Gender> names_;
};

/// "he" or "him" -> Male, "she" or "her" -> Female, anything else Unknown.
Gender pronounGender(std::string_view word);

/// A person's gender from their title ("Mrs.", "spokeswoman", "Congressman") or, failing
/// that, the first word of a two-or-more-word name ("Sarah Whitfield"). `names` may be null.
Gender personGender(const Actor& actor, const GivenNames* names);

/// Sets Actor::gender on every person actor of `doc`.
void assignGenders(Document& doc, const GivenNames* names);

}  // namespace wiremap::extract
