// Move-only owners for the Graphviz objects render uses, after graphviz's own gvc++
// (lib/gvc++/GVContext.h, GVLayout.cpp, lib/cgraph++/AGraph.h), which Debian's 2.42 lacks.
// Ownership order matters: a Layout owns its graph and shares its context, and frees the
// layout before either goes. Rendered bytes have their own owner. Failures throw kg::Error.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace kg::render::gv {

// cgraph/gvc take char* for names they never modify; this gives them a string's buffer
// (never a literal cast to char*).
class CStr {
 public:
  explicit CStr(std::string_view s) : s_(s) {}
  char* get() { return s_.data(); }

 private:
  std::string s_;
};

class Graph {
 public:
  Graph(std::string_view name, bool directed);
  ~Graph();
  Graph(Graph&& o) noexcept : g_(o.g_) { o.g_ = nullptr; }
  Graph& operator=(Graph&& o) noexcept;
  Graph(const Graph&) = delete;  // one owner: agclose twice would double free
  Graph& operator=(const Graph&) = delete;

  Agraph_t* get() const { return g_; }

  // Declares an attribute and its default, once per kind (AGRAPH, AGNODE, AGEDGE).
  void declare(int kind, std::string_view name, std::string_view default_value);
  Agnode_t* node(std::string_view name);
  Agedge_t* edge(Agnode_t* tail, Agnode_t* head, std::string_view key);
  Agraph_t* subgraph(std::string_view name);
  // Sets an attribute declared with declare() on a graph, node or edge.
  static void set(void* obj, std::string_view name, std::string_view value);
  // Same, for an HTML-like label. Only ever called with text kg itself produced.
  static void set_html_label(void* obj, std::string_view html);

  // The graph as DOT text (agwrite), before layout.
  std::string write() const;

 private:
  Agraph_t* g_ = nullptr;
};

class Context {
 public:
  Context();
  ~Context();
  Context(Context&& o) noexcept : c_(o.c_) { o.c_ = nullptr; }
  Context& operator=(Context&&) = delete;
  Context(const Context&) = delete;  // gvFreeContext twice would double free
  Context& operator=(const Context&) = delete;
  GVC_t* get() const { return c_; }

 private:
  GVC_t* c_ = nullptr;
};

// Bytes from gvRenderData, freed with gvFreeRenderData.
class RenderData {
 public:
  RenderData(char* data, unsigned int length) : data_(data), length_(length) {}
  ~RenderData();
  RenderData(RenderData&& o) noexcept : data_(o.data_), length_(o.length_) { o.data_ = nullptr; o.length_ = 0; }
  RenderData& operator=(RenderData&&) = delete;
  RenderData(const RenderData&) = delete;
  RenderData& operator=(const RenderData&) = delete;
  std::string_view view() const { return {data_ ? data_ : "", length_}; }

 private:
  char* data_;
  unsigned int length_;  // 2.42's gvRenderData reports the length as unsigned int
};

// A layout owns its graph and shares its context (as gvc++'s GVLayout does) so that
// gvFreeLayout always runs first, while both are still alive. The context is shared
// because Graphviz 2.42 keeps a static text-size cache that outlives a freed context:
// a second context in the same process reads freed font names. One context per process.
class Layout {
 public:
  Layout(std::shared_ptr<Context> ctx, Graph graph, std::string_view engine);
  ~Layout();
  Layout(Layout&& o) noexcept
      : ctx_(std::move(o.ctx_)), graph_(std::move(o.graph_)), laid_out_(o.laid_out_) {
    o.laid_out_ = false;
  }
  Layout& operator=(Layout&&) = delete;
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;

  const Graph& graph() const { return graph_; }
  RenderData render(std::string_view format) const;

 private:
  std::shared_ptr<Context> ctx_;
  Graph graph_;
  bool laid_out_ = false;
};

}  // namespace kg::render::gv
