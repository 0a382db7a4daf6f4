# Helpers of the scripts that compile data files into the binary (extract/embed.cmake,
# serve/embed.cmake), run as `cmake -P`.

# kg_hex_array(FILE VAR): the file's bytes as a C array initialiser body ("0x41,0x42,...0"),
# a NUL at the end; 16 bytes a line.
function(kg_hex_array file var)
  file(READ ${file} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" hex "${hex}")
  set(${var} "${hex}0" PARENT_SCOPE)
endfunction()

# kg_write_if_different(PATH TEXT): writes TEXT to PATH only when it changed, so what
# depends on the generated source is not rebuilt for nothing.
function(kg_write_if_different path text)
  file(WRITE ${path}.tmp "${text}")
  file(COPY_FILE ${path}.tmp ${path} ONLY_IF_DIFFERENT)
  file(REMOVE ${path}.tmp)
endfunction()
