# kg_extract: text -> triples. Included from extract/CMakeLists.txt.
# The default lexicon (corpus/lexicon/*.json) and rules (extract/rules/*.json) are compiled
# in, so the binary works from any directory; the generated source is rebuilt when they change.
file(GLOB kg_default_lexicons CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/corpus/lexicon/*.json)
file(GLOB kg_default_rules CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/rules/*.json)
list(SORT kg_default_lexicons)
list(SORT kg_default_rules)
set(kg_embedded ${CMAKE_CURRENT_BINARY_DIR}/embedded_data.cpp)
# Lists travel to the script joined by '|' (a ';' would split the command-line argument).
string(REPLACE ";" "|" kg_lex_arg "${kg_default_lexicons}")
string(REPLACE ";" "|" kg_rules_arg "${kg_default_rules}")
add_custom_command(
  OUTPUT ${kg_embedded}
  COMMAND ${CMAKE_COMMAND} "-DOUT=${kg_embedded}" "-DLEXICONS=${kg_lex_arg}"
          "-DRULES=${kg_rules_arg}" -P ${CMAKE_CURRENT_SOURCE_DIR}/embed.cmake
  DEPENDS ${kg_default_lexicons} ${kg_default_rules} ${CMAKE_CURRENT_SOURCE_DIR}/embed.cmake
  COMMENT "Embedding the default lexicon and rules"
  VERBATIM)

add_library(kg_extract STATIC
  src/text_units.cpp
  src/patterns.cpp
  src/extractor.cpp
  src/reader.cpp
  src/eval.cpp
  ${kg_embedded})
target_include_directories(kg_extract PUBLIC include PRIVATE src)
target_link_libraries(kg_extract PUBLIC kg::model PRIVATE PkgConfig::UTF8PROC kg::rapidjson)
add_library(kg::extract ALIAS kg_extract)
