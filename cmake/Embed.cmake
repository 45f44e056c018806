# wiremap_embed_files(TARGET NAME FILES...): compiles FILES into TARGET as a table
#   `wiremap::embedded::NAME` of {relative name, contents} so the binary never depends on the
#   working directory. Contents are emitted as byte arrays (no string-literal length limits).
function(wiremap_embed_files target name base)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp")
  set(files ${ARGN})
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAME=${name} -DBASE=${base} "-DFILES=${files}"
            -P "${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake"
    DEPENDS ${files} "${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake"
    COMMENT "Embedding ${name}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
