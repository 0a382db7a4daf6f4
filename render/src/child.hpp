// The layout child and its answer, shared by render() (which forks the child itself) and
// LayoutHelper (whose helper process forks it).
#pragma once

#include <sys/types.h>

#include <string>

#include "kg/render/render.hpp"

namespace kg::render::detail {

// The engine a view is laid out with (RenderOptions::engine, else choose_engine).
std::string engine_for(const GraphView& view, const RenderOptions& opt);

// In the child: lays out and renders, writes [u8 ok][u64 n][figure or error][u64 n]
// [positions] to fd, and exits without running the parent's destructors.
[[noreturn]] void child_main(int fd, const GraphView& view, const RenderOptions& opt, const std::string& engine,
                             bool want_positions);

// In the caller: reads the child's answer from fd (and closes it) within opt's timeout and
// until Ctrl-C. pid > 0: the caller's own child, killed on a timeout and reaped; else a
// child of another process, which stops on its own timer.
RenderResult await_child(int fd, pid_t pid, const GraphView& view, const RenderOptions& opt,
                         const std::string& engine);

}  // namespace kg::render::detail
