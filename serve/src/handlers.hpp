// The API's endpoints, one function each (api.cpp routes to them).
#pragma once

#include <chrono>

#include "api_util.hpp"
#include "render_gate.hpp"

namespace kg::serve::detail {

struct Context {
  const Snapshot& snap;
  const Request& req;
  const ApiOptions& opt;
  const Documents& docs;
  RenderGate& gate;
};

// api.cpp
Response info(const Context& c);
Response search(const Context& c);
Response entity(const Context& c);
Response neighbors(const Context& c);
Response path(const Context& c);
Response rank(const Context& c);
Response groups(const Context& c, bool communities);
Response stats(const Context& c);
// api_map.cpp: maps and exports of the view a page shows
Response map(const Context& c);
// api_documents.cpp
Response documents(const Context& c);
Response document(const Context& c);
Response changes(const Context& c);

}  // namespace kg::serve::detail
