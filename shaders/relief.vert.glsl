#version 330 core
#include "prelude.glsl"
// Land shaded by the world hillshade (src/render/relief.hpp): filled triangles with lon/lat
// vertices (degrees) and the raster's texture coordinates and mip level per vertex.
//
// Texture coordinates are interpolated linearly on screen. Land triangles are clipped to a
// 2- to 10-degree grid when the packs are built (kLodGridDeg in src/geo/lod.hpp, finer where
// a texel spans more pixels), over which the Mercator (or orthographic) distortion moves a
// coordinate by under about half a texel, so no per-pixel inverse projection is needed.
// The mip level is the ratio of raster texels to framebuffer pixels: uniform in Web
// Mercator; on the globe it grows towards the limb, where the surface is foreshortened.
layout(location = 0) in vec2 aLonLat;
uniform float uReliefWidth;  // raster width in texels (360 degrees)
out vec2 vTexCoord;          // s = (lon + 180) / 360 (repeat), t = (90 - lat) / 180
out float vLod;
void main() {
  vec3 p = projectLonLat(aLonLat);
  gl_ClipDistance[0] = p.z;
  gl_Position = pixelToClip(p.xy);
  vTexCoord = vec2((aLonLat.x + 180.0) / 360.0, (90.0 - aLonLat.y) / 180.0);
  float lod = log2(uReliefWidth / uWorldPx);
#ifndef WIREMAP_MERCATOR_ONLY
  if (uBlend > 0.0) {
    // Foreshortening on the globe: towards the limb (cos c -> 0) and, along parallels,
    // towards the poles (cos lat -> 0).
    float phi = radians(aLonLat.y), phi0 = radians(uRotation.y), lam = radians(aLonLat.x - uRotation.x);
    float cosc = sin(phi0) * sin(phi) + cos(phi0) * cos(phi) * cos(lam);
    float squeeze = max(-log2(max(cosc, 0.05)), -log2(max(cos(phi), 0.05)));
    lod += uBlend * squeeze;
  }
#endif
  vLod = lod;
}
