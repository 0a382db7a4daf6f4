// What the API's handlers share: reading query parameters with clear 400 errors, finding
// entities with suggestions (404), the filters and JSON records every endpoint uses.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "documents.hpp"
#include "kg/graph/json.hpp"
#include "kg/graph/query.hpp"
#include "kg/serve/api.hpp"

namespace kg::serve::detail {

// An answer other than 200, thrown by a handler and turned into a JSON error.
class HttpError : public std::runtime_error {
 public:
  HttpError(int status, const std::string& message, std::vector<std::string> suggestions = {})
      : std::runtime_error(message), status_(status), suggestions_(std::move(suggestions)) {}
  int status() const { return status_; }
  const std::vector<std::string>& suggestions() const { return suggestions_; }

 private:
  int status_;
  std::vector<std::string> suggestions_;
};

// The query string of one request, checked against the names the endpoint knows.
class Params {
 public:
  Params(const Request& req, std::initializer_list<std::string_view> known);
  bool has(std::string_view name) const;
  std::string str(std::string_view name, std::string fallback = {}) const;  // the first value
  std::string required(std::string_view name) const;
  // Every value, repeated (type=A&type=B) or comma-separated (type=A,B); empty ones dropped.
  std::vector<std::string> list(std::string_view name) const;
  long integer(std::string_view name, long fallback, long min, long max) const;
  bool flag(std::string_view name) const;  // present and not 0/false/no
  std::string date(std::string_view name) const;  // "" or an ISO date (prefix)

 private:
  const Request& req_;
};

// The entity a parameter names (name, alias or id; case and accents ignored); 404 with
// suggestions when there is none.
graph::EntityInfo resolve(const Snapshot& snap, const std::string& name);

// as_of=, since=, undated= as a time slice (400 on a bad date or value); what the request
// does not give, the server's slice `dates` says.
text::DateRange time_slice(const Params& p, const text::DateRange& dates);
// predicate=, type=, as_of=, since=, undated= as a graph::EdgeFilter (400 on an unknown name
// or a bad date); as_of, since and undated default to the server's slice, `dates`.
graph::EdgeFilter edge_filter(const Params& p, const text::DateRange& dates);
// The same parameters as a query string ("&predicate=develops&as_of=2025-06"), to carry a
// view's state into the links it draws (an as_of, since or undated given empty stays: it
// replaces the server's slice).
std::string filter_query(const Params& p, std::initializer_list<std::string_view> names);

using Writer = graph::json::Writer;
Response json_response(const rapidjson::StringBuffer& buf);

// A relation as graph::json::relation writes it, plus what the pages show: the entity ids,
// first/last seen, and up to `max_evidence` pieces of evidence, each with its confidence,
// its document's title and its sentence in parts (matched span, subject and object names).
void relation_detail(Writer& w, const Snapshot& snap, const Documents& docs, const graph::RelationInfo& r,
                     std::size_t max_evidence);

}  // namespace kg::serve::detail
