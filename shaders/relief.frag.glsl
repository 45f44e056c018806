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
  float h = textureLod(uReliefTex, vTexCoord, max(vLod, 0.0)).r / kReliefFlat - 1.0;
  float k = h < 0.0 ? uRelief.x : uRelief.y;
  vec3 rgb = clamp(uColor.rgb * (1.0 + k * h), 0.0, 1.0);
  fragColor = vec4(rgb * uColor.a, uColor.a);
}
