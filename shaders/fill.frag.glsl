#version 330 core
uniform vec4 uColor;  // straight RGBA 0..1; output is premultiplied
out vec4 fragColor;
void main() {
  fragColor = vec4(uColor.rgb * uColor.a, uColor.a);
}
