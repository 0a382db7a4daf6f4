# End-to-end tests of kg serve: the HTTP layer and reload (tests/serve/http.sh), the pages
# in a real browser (tests/serve/browser.sh, skipped without Chromium), the README's examples
# (tests/serve/readme.sh), and option errors.
# The API itself is unit-tested without sockets (tests/serve/api_test.cpp).
kg_e2e_script(serve_http ${CMAKE_CURRENT_SOURCE_DIR}/serve/http.sh)
kg_e2e_script(serve_browser ${CMAKE_CURRENT_SOURCE_DIR}/serve/browser.sh)
kg_e2e_script(serve_readme ${CMAKE_CURRENT_SOURCE_DIR}/serve/readme.sh)
set_tests_properties("e2e:serve_http" "e2e:serve_browser" PROPERTIES TIMEOUT 300)
kg_e2e(serve_help 0 "--reload FLOAT" serve --help)
kg_e2e(serve_missing_graph 1 "kg: nope\\.json: no such file" serve nope.json --port 0)
kg_e2e(serve_not_a_graph 1 "seeds\\.jsonl" serve @DATA@/graph/seeds.jsonl --port 0)
kg_e2e(serve_bad_port 2 "--port must be from 0 to 65535" serve @DATA@/graph/small.json --port 70000)
kg_e2e(serve_bad_host 1 "cannot listen on 203\\.0\\.113\\.7:0|cannot listen on 203\\.0\\.113\\.7" serve @DATA@/graph/small.json --host 203.0.113.7 --port 0)
kg_e2e_script(serve_time_slice ${CMAKE_CURRENT_SOURCE_DIR}/serve/time_slice.sh)
kg_e2e(serve_help_dates 0 "--as-of DATE" serve --help)
kg_e2e(serve_bad_as_of 2 "--as-of 'June' is not a date" serve @DATA@/graph/small.json --port 0 --as-of June)
kg_e2e(serve_bad_undated 2 "unknown --undated 'maybe'; use exclude or include" serve @DATA@/graph/small.json --port 0 --undated maybe)
