// libFuzzer target: see fuzz_entry.hpp (wiremap::fuzz::extractAll).
#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return wiremap::fuzz::extractAll(data, size);
}
