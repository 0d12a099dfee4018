// Samples a process's memory, threads and open files from /proc once a
// second, on a thread of its own, for as long as it lives.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace concord::load {

struct ProcSample {
  double seconds = 0;   // since the sampler started
  uint64_t rss_kb = 0;  // VmRSS of /proc/PID/status
  int threads = 0;      // Threads of /proc/PID/status
  int open_files = 0;   // entries of /proc/PID/fd
};

// One sample now; false when the process is gone (or pid is 0).
bool SampleProcess(int pid, ProcSample* sample);

class ProcSampler {
 public:
  // Takes a first sample at once, then one a second; pid 0 samples nothing.
  explicit ProcSampler(int pid);
  ~ProcSampler();  // stops the thread

  // Takes a last sample and stops.
  void Stop();

  std::vector<ProcSample> Samples();

  // The RSS sampled nearest to `seconds` after the start (0 when none).
  uint64_t RssAt(double seconds);

 private:
  void Loop();

  const int pid_;
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::mutex mutex_;
  std::vector<ProcSample> samples_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace concord::load
