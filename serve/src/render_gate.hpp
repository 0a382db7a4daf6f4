// RenderGate: how many maps are laid out at once, and who waits for a turn.
#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>

namespace kg::serve::detail {

// At most N layouts at once (each takes a core); the others wait their turn, first come
// first served, and get a 503 when it has not come within the wait. (A semaphore's waiters
// race: under load some lost for the whole wait while later requests went through.)
class RenderGate {
 public:
  explicit RenderGate(std::size_t n) : free_(std::max<std::size_t>(1, n)) {}
  bool enter(std::chrono::milliseconds wait) {
    std::unique_lock<std::mutex> lock(m_);
    const std::uint64_t ticket = next_++;
    queue_.push_back(ticket);
    const bool turn = cv_.wait_for(lock, wait, [&] { return free_ > 0 && queue_.front() == ticket; });
    queue_.erase(std::find(queue_.begin(), queue_.end(), ticket));
    if (turn) --free_;
    cv_.notify_all();  // the next in line may go too, or be first now
    return turn;
  }
  void leave() {
    {
      std::lock_guard<std::mutex> lock(m_);
      ++free_;
    }
    cv_.notify_all();
  }
  std::size_t waiting() const {
    std::lock_guard<std::mutex> lock(m_);
    return queue_.size();
  }

 private:
  mutable std::mutex m_;
  std::condition_variable cv_;
  std::size_t free_;
  std::uint64_t next_ = 0;
  std::deque<std::uint64_t> queue_;  // tickets waiting, in arrival order
};

}  // namespace kg::serve::detail
