// kg serve: the HTTP server (cpp-httplib) in front of kg::serve::Api. Binds 127.0.0.1
// unless told otherwise, answers GET and HEAD only, sends a Content-Security-Policy
// without 'unsafe-inline' and JSON errors, limits request size and time, and reloads the
// graph file atomically when it changes (requests in flight finish on the graph they began
// with; none is dropped).
#pragma once

#include <ostream>
#include <string>

#include "kg/serve/api.hpp"

namespace kg::serve {

struct ServeOptions {
  std::string graph;            // .json or .kgb
  std::string host = "127.0.0.1";
  int port = 8080;              // 0 = any free port (the one chosen is printed)
  int threads = 64;             // workers: each holds one connection at a time
  double reload_interval = 1;   // seconds between checks of the graph file; 0 = never
  int read_timeout = 5;         // seconds a client may take to send a request
  ApiOptions api;
};

// Loads the graph, prints "kg: serving G on http://HOST:PORT/" to `log`, and serves until
// interrupted (SIGINT/SIGTERM); then returns. Throws kg::Error when the graph cannot be
// loaded or the address cannot be bound.
void serve(const ServeOptions& opt, std::ostream& log);

// Whether a host name or address is this machine only (127.0.0.0/8, ::1, localhost).
bool is_loopback(const std::string& host);

}  // namespace kg::serve
