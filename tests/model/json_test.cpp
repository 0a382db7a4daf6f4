// kg::json::parse: the one JSON entry point, with its nesting limit.
#include <catch2/catch.hpp>

#include <string>

#include "kg/json.hpp"

using kg::json::kMaxDepth;

TEST_CASE("json::parse reads ordinary documents and reports errors with their offset") {
  rapidjson::Document d;
  REQUIRE_FALSE(kg::json::parse(d, R"({"a":[1,2,{"b":"c"}]})"));
  CHECK(d["a"][2]["b"].GetString() == std::string("c"));
  auto err = kg::json::parse(d, R"({"a":1,})");
  REQUIRE(err);
  CHECK(err->offset == 7);
  CHECK(d.IsNull());
  CHECK_FALSE(kg::json::parse(d, "{\"a\":1, // note\n}", {.comments = true}));
}

TEST_CASE("json::parse refuses nesting past the limit instead of overflowing the stack") {
  rapidjson::Document d;
  const std::string ok = std::string(kMaxDepth, '[') + std::string(kMaxDepth, ']');
  CHECK_FALSE(kg::json::parse(d, ok));
  for (const char open : {'[', '{'}) {
    std::string deep;
    for (int i = 0; i < 200000; ++i) deep += open == '[' ? "[" : "{\"k\":";
    auto err = kg::json::parse(d, deep);
    REQUIRE(err);
    CHECK(err->message.find("nesting deeper than") != std::string::npos);
    std::string buf = deep;
    CHECK(kg::json::parse_insitu(d, buf.data()));
  }
}
