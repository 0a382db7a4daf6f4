// Hand-built GraphViews for render's tests: small, hostile and large.
#pragma once

#include <cstdio>
#include <string>

#include "kg/graph_view.hpp"

namespace kg::render::test {

inline ViewEdge edge(std::string s, Predicate p, std::string t, std::string sentence, std::string doc,
                     double conf = 0.9, int count = 1) {
  ViewEdge e;
  e.source = std::move(s);
  e.target = std::move(t);
  e.predicate = p;
  e.confidence = conf;
  Evidence ev;
  ev.doc = std::move(doc);
  ev.sentence = std::move(sentence);
  ev.date = "2025-01-15";
  e.evidence.assign(static_cast<std::size_t>(count), ev);  // `count` sources, the first shown
  return e;
}

inline ViewNode node(std::string id, std::string name, EntityType t, double imp, std::string country = "",
                     std::string community = "") {
  ViewNode n;
  n.id = std::move(id);
  n.name = std::move(name);
  n.type = t;
  n.importance = imp;
  n.country = std::move(country);
  n.community = std::move(community);
  return n;
}

// The seed articles' core, French and English sentences together.
inline GraphView small_view() {
  GraphView v;
  v.title = "AI ecosystem — test";
  v.nodes = {
      node("alibaba", "Alibaba", EntityType::Company, 1.0, "China", "c1"),
      node("china", "China", EntityType::Country, 0.6, "", "c1"),
      node("deepseek", "DeepSeek", EntityType::Company, 0.7, "China", "c1"),
      node("nvidia", "Nvidia", EntityType::Company, 0.5, "United States", "c2"),
      node("qwen", "Qwen", EntityType::Model, 0.8, "", "c1"),
      node("united-states", "United States", EntityType::Country, 0.4, "", "c2"),
      node("yao-shunyu", "Yao Shunyu", EntityType::Person, 0.3, "", "c2"),
  };
  v.edges = {
      edge("alibaba", Predicate::based_in, "china", "Alibaba, le géant chinois basé à Hangzhou.", "001_fr.txt"),
      edge("alibaba", Predicate::develops, "qwen", "Alibaba a dévoilé Qwen 3, son nouveau modèle.", "001_fr.txt", 0.95, 3),
      edge("deepseek", Predicate::based_in, "china", "DeepSeek, based in Hangzhou, China.", "002_en.txt"),
      edge("deepseek", Predicate::competes_with, "alibaba", "DeepSeek competes with Alibaba on open models.", "002_en.txt", 0.8),
      edge("nvidia", Predicate::based_in, "united-states", "Nvidia, the US chipmaker.", "003_en.txt"),
      edge("united-states", Predicate::restricts, "nvidia", "Washington restreint les exportations de Nvidia.", "004_fr.txt", 0.7),
      edge("yao-shunyu", Predicate::worked_at, "deepseek", "Yao Shunyu a travaillé chez DeepSeek.", "004_fr.txt", 0.6),
  };
  return v;
}

// Every name an article could smuggle markup through.
inline GraphView hostile_view() {
  GraphView v;
  v.title = "<script>alert('t')</script> & \"title\" ]]>";
  const std::string long_name(3000, 'x');
  v.nodes = {
      node("amp", "AT&T &amp; &nbsp; &#60;b&#62; &lt;", EntityType::Company, 0.5),
      node("cdata", "]]> <![CDATA[ x ]]> -- <!-- c -->", EntityType::Organization, 0.5),
      node("esc", "back\\slash \\N \\G \\n \\\"q\\\" \\l", EntityType::Product, 0.5),
      node("long", long_name, EntityType::Person, 0.5),
      node("nl", "line\nbreak\r\ttab", EntityType::Chip, 0.5),
      node("quote", "\"quoted\" 'single' <b>bold</b>", EntityType::Model, 0.5),
      node("script", "<script>alert(1)</script>", EntityType::Company, 1.0),
      node("html", "<TABLE><TR><TD>x</TD></TR></TABLE>", EntityType::Event, 0.2),
  };
  v.edges = {
      edge("amp", Predicate::develops, "script", "Sentence with <script>document.write(1)</script> & \"quotes\" ]]>", "<doc>&amp;.txt"),
      edge("cdata", Predicate::uses, "quote", "<img src=x onerror=alert(1)> \\N \\E", "doc\n2.txt"),
      edge("esc", Predicate::part_of, "long", std::string(5000, 'y'), "d.txt"),
      edge("html", Predicate::organizes, "nl", "<TABLE>", "<>.txt"),
  };
  return v;
}

// A synthetic ecosystem of n entities: hubs (companies) with models, people and chips.
inline GraphView large_view(int n, unsigned seed = 7) {
  GraphView v;
  v.title = "Synthetic ecosystem";
  unsigned state = seed;
  auto rnd = [&state](int m) {
    state = state * 1103515245u + 12345u;
    return static_cast<int>((state >> 16) % static_cast<unsigned>(m));
  };
  const EntityType types[] = {EntityType::Company, EntityType::Model, EntityType::Person, EntityType::Chip,
                              EntityType::Product};
  char id[32];
  for (int i = 0; i < n; ++i) {
    std::snprintf(id, sizeof id, "e%04d", i);
    const EntityType t = i < n / 10 ? EntityType::Company : i < n / 10 + 4 ? EntityType::Country : types[1 + i % 4];
    v.nodes.push_back(node(id, std::string(to_string(t)) + " " + std::to_string(i), t,
                           i < n / 10 ? 1.0 - i * 0.5 / (n / 10 + 1) : 0.1 + 0.3 * (i % 7) / 7.0, "", "c" + std::to_string(i % 5)));
  }
  const int hubs = std::max(1, n / 10);
  for (int i = hubs; i < n; ++i) {
    char a[32], b[32];
    std::snprintf(a, sizeof a, "e%04d", rnd(hubs));
    std::snprintf(b, sizeof b, "e%04d", i);
    const EntityType t = v.nodes[static_cast<std::size_t>(i)].type;
    const Predicate p = t == EntityType::Person ? Predicate::works_at
                        : t == EntityType::Country ? Predicate::based_in
                        : t == EntityType::Chip ? Predicate::uses : Predicate::develops;
    if (p == Predicate::works_at || p == Predicate::based_in)
      v.edges.push_back(edge(b, p, a, "Sentence " + std::to_string(i), "doc" + std::to_string(i % 13) + ".txt"));
    else
      v.edges.push_back(edge(a, p, b, "Sentence " + std::to_string(i), "doc" + std::to_string(i % 13) + ".txt"));
  }
  for (int k = 0; k < hubs; ++k) {
    char a[32], b[32];
    std::snprintf(a, sizeof a, "e%04d", rnd(hubs));
    std::snprintf(b, sizeof b, "e%04d", rnd(hubs));
    if (std::string(a) < std::string(b))
      v.edges.push_back(edge(a, Predicate::competes_with, b, "They compete.", "doc.txt"));
  }
  std::sort(v.edges.begin(), v.edges.end(), [](const ViewEdge& x, const ViewEdge& y) {
    return std::tie(x.source, x.predicate, x.target) < std::tie(y.source, y.predicate, y.target);
  });
  v.edges.erase(std::unique(v.edges.begin(), v.edges.end(), [](const ViewEdge& x, const ViewEdge& y) {
    return std::tie(x.source, x.predicate, x.target) == std::tie(y.source, y.predicate, y.target);
  }), v.edges.end());
  return v;
}

}  // namespace kg::render::test
