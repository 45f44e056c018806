// Writes the pack seed corpus (tests/fuzz/corpus/pack) with our own encoder:
//   g++ -std=c++20 -Isrc tests/fuzz/make_pack_seeds.cpp build/src/geo/libwiremap_geo.a build/src/core/libwiremap_core.a -lz -lfmt -lGLU -o /tmp/gen && /tmp/gen tests/fuzz/corpus/pack
#include <fstream>
#include "geo/pack.hpp"
using namespace wiremap::geo;
int main(int, char** argv) {
  FillLayer f;
  f.vertices = {{126.f, 37.f}, {127.f, 37.f}, {127.f, 38.f}};
  f.indices = {0, 1, 2};
  f.chunks = {Chunk{BBox{126, 37, 127, 38}, 0, 3, 0}};
  LineLayer l;
  l.points = {{0.f, 0.f}, {10.f, 10.f}, {20.f, 5.f}};
  l.segments = {0, 1, 1, 2};
  l.chunks = {Chunk{BBox{0, 0, 20, 10}, 0, 4, -1}};
  Feature c;
  c.name = "Testland";
  c.id = "TL";
  c.labelPoint = {126.5f, 37.5f};
  c.bbox = BBox{126, 37, 127, 38};
  Feature city = c;
  city.name = "Testville";
  city.kind = FeatureKind::City;
  city.population = 12345;
  const std::string dir = argv[1];
  std::ofstream(dir + "/all-sections", std::ios::binary)
      << encodePack({{"land.0", SectionType::Fill, encodeFill(f)},
                     {"coastlines.0", SectionType::Line, encodeLine(l)},
                     {"countries", SectionType::Features, encodeFeatures({c})},
                     {"cities", SectionType::Features, encodeFeatures({city})}});
  std::ofstream(dir + "/fill-only", std::ios::binary) << encodePack({{"land.1", SectionType::Fill, encodeFill(f)}});
  std::ofstream(dir + "/empty-pack", std::ios::binary) << encodePack({});
  std::ofstream(dir + "/unknown-section", std::ios::binary)
      << encodePack({{"future.thing", SectionType::Line, encodeLine(l)}});
}
