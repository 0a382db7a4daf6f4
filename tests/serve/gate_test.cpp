// The layout gate: at most N maps drawn at once, the others served in arrival order or
// refused with a 503 when their turn has not come within the wait.
#include <catch2/catch.hpp>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "render_gate.hpp"

using kg::serve::detail::RenderGate;
using namespace std::chrono_literals;

namespace {
void wait_until(const std::function<bool()>& done) {
  for (int i = 0; i < 2000 && !done(); ++i) std::this_thread::sleep_for(1ms);
  REQUIRE(done());
}
}  // namespace

TEST_CASE("the layout gate lets waiters in first come, first served") {
  RenderGate gate(1);
  REQUIRE(gate.enter(0ms));
  std::mutex m;
  std::vector<int> order;
  std::vector<std::thread> waiters;
  for (int i = 0; i < 8; ++i) {
    waiters.emplace_back([&, i] {
      if (gate.enter(10s)) {
        {
          std::lock_guard<std::mutex> lock(m);
          order.push_back(i);
        }
        std::this_thread::sleep_for(2ms);
        gate.leave();
      }
    });
    wait_until([&] { return gate.waiting() == static_cast<std::size_t>(i + 1); });  // queued in this order
  }
  gate.leave();
  for (auto& t : waiters) t.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7});
  CHECK(gate.waiting() == 0);
}

TEST_CASE("the layout gate refuses after the wait, and a refused waiter holds no place in the line") {
  RenderGate gate(2);
  REQUIRE(gate.enter(0ms));
  REQUIRE(gate.enter(0ms));
  CHECK_FALSE(gate.enter(30ms));
  CHECK(gate.waiting() == 0);
  std::atomic<bool> in{false};
  std::thread late([&] {
    in = gate.enter(10s);
    gate.leave();
  });
  wait_until([&] { return gate.waiting() == 1; });
  CHECK_FALSE(gate.enter(20ms));  // behind the late one, and no slot: refused, line unchanged
  CHECK(gate.waiting() == 1);
  gate.leave();
  late.join();
  CHECK(in);
  gate.leave();
  CHECK(gate.enter(0ms));
  CHECK(gate.enter(0ms));
}
