#pragma once
// The gazetteer: GeoNames cities500, countries, admin-1 regions, seas and geographic regions,
// as a compact memory-mapped asset. OWNER: geoparsing engineer.
#include <filesystem>
#include <memory>

#include "core/result.hpp"

namespace wiremap::extract {

class Gazetteer {
 public:
  /// Maps the gazetteer asset (e.g. files::assetPath("gazetteer.wmg")). Errors name the file.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::filesystem::path& path);

  Gazetteer();
  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend class GazetteerAccess;
};

}  // namespace wiremap::extract
