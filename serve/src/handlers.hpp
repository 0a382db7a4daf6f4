// The API's endpoints, one function each (api.cpp routes to them).
#pragma once

#include <chrono>
#include <semaphore>

#include "api_util.hpp"

namespace kg::serve::detail {

// At most N layouts at once (each forks a process and takes a core); the others wait a
// little, then get a 503.
class RenderGate {
 public:
  explicit RenderGate(std::size_t n) : sem_(static_cast<std::ptrdiff_t>(std::max<std::size_t>(1, n))) {}
  bool enter(std::chrono::milliseconds wait) { return sem_.try_acquire_for(wait); }
  void leave() { sem_.release(); }

 private:
  std::counting_semaphore<1024> sem_;
};

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
