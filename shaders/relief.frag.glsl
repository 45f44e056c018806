#version 330 core
// One colour per draw, shaded by the world hillshade: a soft multiply, darker on shadowed
// slopes and a little lighter on lit ones. The mip level comes from the vertex shader
// (textureLod), which spares llvmpipe the per-pixel derivative and level computation.
uniform vec4 uColor;          // straight RGBA 0..1; output is premultiplied
uniform vec2 uRelief;         // strength of shadows, of lit slopes
uniform sampler2D uReliefTex;
in vec2 vTexCoord;
in float vLod;
out vec4 fragColor;

const float kReliefFlat = 180.0 / 255.0;  // raster value of flat ground (relief.hpp)

void main() {
#ifdef WIREMAP_MERCATOR_ONLY
  // Web Mercator scales the raster uniformly: minified views sample the next coarser mip
  // level with nearest texels (GL_NEAREST_MIPMAP_NEAREST), 1 to 2 px per texel, the same
  // look as the magnified views and about half the cost of filtered mipmaps on llvmpipe.
  float lod = ceil(max(vLod, 0.0) - 1e-4);
#else
  float lod = max(vLod, 0.0);
#endif
  float h = textureLod(uReliefTex, vTexCoord, lod).r / kReliefFlat - 1.0;
  float k = h < 0.0 ? uRelief.x : uRelief.y;
  vec3 rgb = clamp(uColor.rgb * (1.0 + k * h), 0.0, 1.0);
  fragColor = vec4(rgb * uColor.a, uColor.a);
}
