#include "gv.hpp"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <vector>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::render::gv {
namespace {

// cgraph's default id discipline (lib/cgraph/id.c) makes a named object's id the address
// of its interned name, and keeps subgraphs in id order (Ag_subgraph_id_disc): clusters
// were written and laid out in heap order, which differs between a Release and a
// sanitizer build. This discipline hands out ids in creation order instead, so the same
// calls give the same graph anywhere. As in id.c, named objects get even ids and
// anonymous ones odd ids, names are interned with agstrdup (agwrite asks the interned
// string whether it is HTML), and a name keeps its id until the graph is closed.
struct IdState {
  Agraph_t* root;
  std::map<std::string, IDTYPE, std::less<>> ids;
  std::vector<char*> names;  // interned, by id / 2 - 1
  IDTYPE next_anonymous = 1;
};

void* id_open(Agraph_t* g, Agdisc_t*) { return new IdState{g, {}, {}, 1}; }

long id_map(void* state, int, char* str, IDTYPE* id, int createflag) {
  auto* s = static_cast<IdState*>(state);
  if (!str) {
    *id = s->next_anonymous;
    s->next_anonymous += 2;
    return 1;
  }
  if (auto it = s->ids.find(std::string_view(str)); it != s->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!createflag) return 0;
  const IDTYPE fresh = 2 * (static_cast<IDTYPE>(s->names.size()) + 1);
  s->names.push_back(agstrdup(s->root, str));
  s->ids.emplace(str, fresh);
  *id = fresh;
  return 1;
}

long id_alloc(void*, int, IDTYPE) { return 0; }  // no ids chosen by the caller, as in id.c
void id_free(void*, int, IDTYPE) {}              // the names go with the graph's string pool

char* id_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<IdState*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > s->names.size()) return nullptr;
  return s->names[id / 2 - 1];
}

void id_close(void* state) { delete static_cast<IdState*>(state); }
void id_register(void*, int, void*) {}

Agiddisc_t kCreationOrderIds = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};
Agdisc_t kDisc = {&AgMemDisc, &kCreationOrderIds, &AgIoDisc};

}  // namespace

Graph::Graph(std::string_view name, bool directed) {
  CStr n(name);
  g_ = agopen(n.get(), directed ? Agdirected : Agundirected, &kDisc);
  if (!g_) throw kg::Error("graphviz: cannot create graph");
}

Graph::~Graph() {
  if (g_) agclose(g_);
}

Graph& Graph::operator=(Graph&& o) noexcept {
  if (this != &o) {
    if (g_) agclose(g_);
    g_ = o.g_;
    o.g_ = nullptr;
  }
  return *this;
}

void Graph::declare(int kind, std::string_view name, std::string_view default_value) {
  CStr n(name), v(default_value);
  if (!agattr(g_, kind, n.get(), v.get()))
    throw kg::Error("graphviz: cannot declare attribute '" + std::string(name) + "'");
}

// Names and values reach the SVG as Graphviz copies them: text::displayable() keeps out
// the control characters that make XML browsers refuse (and a NUL that would cut a name).
Agnode_t* Graph::node(std::string_view name) {
  CStr n(text::displayable(name));
  Agnode_t* node = agnode(g_, n.get(), 1);
  if (!node) throw kg::Error("graphviz: cannot create node '" + std::string(name) + "'");
  return node;
}

Agedge_t* Graph::edge(Agnode_t* tail, Agnode_t* head, std::string_view key) {
  CStr k(key);
  Agedge_t* e = agedge(g_, tail, head, k.get(), 1);
  if (!e) throw kg::Error("graphviz: cannot create edge '" + std::string(key) + "'");
  return e;
}

Agraph_t* Graph::subgraph(std::string_view name) {
  CStr n(name);
  Agraph_t* s = agsubg(g_, n.get(), 1);
  if (!s) throw kg::Error("graphviz: cannot create subgraph '" + std::string(name) + "'");
  return s;
}

void Graph::set(void* obj, std::string_view name, std::string_view value) {
  CStr n(name), v(text::displayable(value));
  if (agset(obj, n.get(), v.get()) != 0)
    throw kg::Error("graphviz: attribute '" + std::string(name) + "' was not declared");
}

void Graph::set_html_label(void* obj, std::string_view html) {
  CStr n("label"), v(html);
  Agraph_t* root = agroot(obj);
  char* s = agstrdup_html(root, v.get());
  const int rc = agset(obj, n.get(), s);
  agstrfree(root, s);
  if (rc != 0) throw kg::Error("graphviz: attribute 'label' was not declared");
}

std::string Graph::write() const {
  char* buf = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&buf, &size);
  if (!f) throw kg::Error("graphviz: out of memory writing DOT");
  const int rc = agwrite(g_, f);
  std::fclose(f);
  std::string out(buf ? buf : "", size);
  std::free(buf);
  if (rc != 0) throw kg::Error("graphviz: cannot write DOT");
  return out;
}

Context::Context() {
  c_ = gvContext();
  if (!c_) throw kg::Error("graphviz: cannot create a context (plugins missing?)");
}

Context::~Context() {
  if (c_) gvFreeContext(c_);
}

RenderData::~RenderData() {
  if (data_) gvFreeRenderData(data_);
}

Layout::Layout(std::shared_ptr<Context> ctx, Graph graph, std::string_view engine)
    : ctx_(std::move(ctx)), graph_(std::move(graph)) {
  CStr e(engine);
  if (gvLayout(ctx_->get(), graph_.get(), e.get()) != 0)
    throw kg::Error("graphviz: layout with engine '" + std::string(engine) + "' failed");
  laid_out_ = true;
}

Layout::~Layout() {
  if (laid_out_) gvFreeLayout(ctx_->get(), graph_.get());
}

RenderData Layout::render(std::string_view format) const {
  CStr f(format);
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(ctx_->get(), graph_.get(), f.get(), &data, &length) != 0) {
    if (data) gvFreeRenderData(data);
    throw kg::Error("graphviz: rendering " + std::string(format) + " failed");
  }
  return RenderData(data, length);
}

}  // namespace kg::render::gv
