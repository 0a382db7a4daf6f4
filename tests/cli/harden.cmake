# End-to-end tests of issue 12 (hardening): no input, file or option crashes kg, hangs it,
# corrupts its output or loses a byte. Each script says which item it covers.
foreach(t deep_json outputs kgb writers inputs)
  kg_e2e_script(harden_${t} ${CMAKE_CURRENT_SOURCE_DIR}/cli/scripts/harden_${t}.sh)
endforeach()
