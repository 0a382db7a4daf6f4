// kg: the command-line front end. Parses, runs the chosen command, and maps kg::Error
// (and anything else thrown) to one line on stderr and an exit code. No exit() below.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "command.hpp"
#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

int main(int argc, char** argv) {
  kg::io::install_interrupt_handler();
  CLI::App app{
      "kg: a knowledge graph of the AI industry from news articles (French and English).\n"
      "Typical run:\n"
      "  kg build corpus/news -o out/graph.json\n"
      "  kg path out/graph.json \"Yao Shunyu\" OpenAI\n"
      "  kg facts out/graph.json -p works_at\n"
      "  kg render out/graph.json -o out/ecosystem.svg\n"
      "  kg report out/graph.json -o out/report.html\n"
      "kg COMMAND --help gives a command's options and examples.",
      "kg"};
  app.set_version_flag("--version", "kg " KG_VERSION);
  app.require_subcommand(1, 1);
  app.fallthrough(false);

  kg::cli::Action action;
#define KG_ADD_COMMAND(name) kg::cli::add_##name(app, action);
  KG_COMMANDS(KG_ADD_COMMAND)
#undef KG_ADD_COMMAND

  // "kg frobnicate": the command is named and the commands listed, not CLI11's
  // "arguments were not expected".
  if (argc > 1 && argv[1][0] != '-') {
    const std::string given = argv[1];
    std::vector<std::string> names;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
    if (std::find(names.begin(), names.end(), given) == names.end()) {
      std::string msg = "kg: unknown command '" + given + "'";
      if (const auto close = kg::text::suggest(given, names, 1); !close.empty()) msg += "; did you mean: " + close[0];
      msg += "\ncommands:";
      for (const auto& n : names) msg += " " + n;
      std::cerr << msg << "\n(kg COMMAND --help for one command's options and examples)\n";
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    return action ? action() : 2;
  } catch (const kg::Error& e) {
    std::cerr << "kg: " << e.what() << "\n";
    return e.exit_code();
  } catch (const std::bad_alloc&) {
    std::cerr << "kg: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "kg: internal error: " << e.what() << "\n";
    return 3;
  }
}
