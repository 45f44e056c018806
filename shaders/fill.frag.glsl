#version 330 core
uniform vec4 uColor;  // straight RGBA 0..1; output is premultiplied
in float vVisible;
out vec4 fragColor;
void main() {
  if (vVisible < 0.0) discard;
  fragColor = vec4(uColor.rgb * uColor.a, uColor.a);
}
