# End-to-end tests of the graph commands: load, path, neighbors, subgraph, stats, entities,
# rank, components (scripts in tests/data/graph/e2e_*.sh), and their error paths.
kg_e2e_script(graph_load_path ${CMAKE_CURRENT_SOURCE_DIR}/data/graph/e2e_load_path.sh)
kg_e2e_script(graph_path_options ${CMAKE_CURRENT_SOURCE_DIR}/data/graph/e2e_path_options.sh)
kg_e2e_script(graph_queries ${CMAKE_CURRENT_SOURCE_DIR}/data/graph/e2e_queries.sh)

kg_e2e_script(graph_help ${CMAKE_CURRENT_SOURCE_DIR}/data/graph/e2e_help.sh)

# Error paths: one clear line naming the input, and the documented exit code.
kg_e2e(graph_path_missing_graph 1 "kg: nope.json: no such file" path nope.json A B)
kg_e2e(graph_stats_malformed 1 "malformed.json: malformed JSON at byte" stats @DATA@/graph/malformed.json)
kg_e2e(graph_stats_dangling 1 "dangling.json: relations\\[0\\]: \"object\" names no entity id" stats @DATA@/graph/dangling.json)
kg_e2e(graph_stats_not_a_graph 1 "seeds.jsonl: malformed JSON" stats @DATA@/graph/seeds.jsonl)
kg_e2e(graph_unknown_entity 2 "no entity 'Alibeba'; did you mean: Alibaba" neighbors @DATA@/graph/small.json Alibeba)
kg_e2e(graph_path_unknown_entity 2 "no entity 'Tencnet'; did you mean: Tencent" path @DATA@/graph/small.json Tencnet Alibaba)
kg_e2e(graph_bad_predicate 2 "unknown predicate 'eats' \\(known: develops" path @DATA@/graph/small.json Tencent Alibaba --predicate eats)
kg_e2e(graph_bad_type 2 "unknown entity type 'Planet'" entities @DATA@/graph/small.json --type Planet)
kg_e2e(graph_bad_rank 2 "unknown --by 'fame'" rank @DATA@/graph/small.json --by fame)
kg_e2e(graph_load_missing 1 "kg: missing.jsonl: no such file" load missing.jsonl -o g.json)
kg_e2e(graph_load_bad_line 1 "bad_line.jsonl:2: malformed JSON" load @DATA@/graph/bad_line.jsonl -o g.json)
kg_e2e(graph_load_empty 1 "empty.jsonl: no triples" load @DATA@/graph/empty.jsonl -o g.json)
kg_e2e(graph_load_binary 1 "invalid UTF-8|malformed JSON" load /bin/true -o g.json)
kg_e2e(graph_load_needs_output 2 "--output is required" load @DATA@/graph/seeds.jsonl)
kg_e2e(graph_subgraph_unknown 2 "no entity 'Nvidai'; did you mean: Nvidia" subgraph @DATA@/graph/small.json Nvidai -o x.json)
kg_e2e(graph_components_missing 1 "no such file" components missing.kgb)
kg_e2e_script(graph_dates ${CMAKE_CURRENT_SOURCE_DIR}/data/graph/e2e_dates.sh)
kg_e2e_script(graph_load_lexicon ${CMAKE_CURRENT_SOURCE_DIR}/data/graph/e2e_lexicon.sh)
