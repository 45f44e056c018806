// libFuzzer target: see fuzz_entry.hpp (wiremap::fuzz::ner).
#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return wiremap::fuzz::ner(data, size);
}
