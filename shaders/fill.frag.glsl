#version 330 core
// Flat fill: one colour per draw (land without relief, lakes, highlights, the globe's sea).
// Kept free of any relief code: llvmpipe runs both sides of a branch, so a disabled relief
// path inside this shader would still cost a texture fetch per pixel.
uniform vec4 uColor;  // straight RGBA 0..1; output is premultiplied
out vec4 fragColor;
void main() { fragColor = vec4(uColor.rgb * uColor.a, uColor.a); }
