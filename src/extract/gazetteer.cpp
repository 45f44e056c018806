// PLACEHOLDER until the geoparsing engineer lands the gazetteer.
#include "extract/gazetteer.hpp"

namespace wiremap::extract {
struct Gazetteer::Impl {};
Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::filesystem::path& path) {
  return Error{path.string() + ": gazetteer not available yet"};
}
}  // namespace wiremap::extract
