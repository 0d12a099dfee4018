#include "bench/load/proc_sampler.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace concord::load {

bool SampleProcess(int pid, ProcSample* sample) {
  if (pid <= 0) return false;
  const std::string dir = "/proc/" + std::to_string(pid);
  std::ifstream status(dir + "/status");
  if (!status) return false;
  bool found = false;
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) {
      sample->rss_kb = std::strtoull(line.c_str() + 6, nullptr, 10);
      found = true;
    } else if (line.rfind("Threads:", 0) == 0) {
      sample->threads = std::atoi(line.c_str() + 8);
    }
  }
  std::error_code ec;
  int files = 0;
  for (auto it = std::filesystem::directory_iterator(dir + "/fd", ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    ++files;
  }
  sample->open_files = files;
  return found;
}

ProcSampler::ProcSampler(int pid) : pid_(pid) {
  if (pid_ <= 0) return;
  ProcSample first;
  if (SampleProcess(pid_, &first)) samples_.push_back(first);
  thread_ = std::thread([this] { Loop(); });
}

ProcSampler::~ProcSampler() { Stop(); }

void ProcSampler::Loop() {
  for (int tick = 1; !stop_; ++tick) {
    // Sleep in small steps to the next whole second, so Stop() is quick.
    const auto due = start_ + std::chrono::seconds(tick);
    while (!stop_ && std::chrono::steady_clock::now() < due) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (stop_) break;
    ProcSample s;
    if (!SampleProcess(pid_, &s)) continue;
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::lock_guard<std::mutex> lock(mutex_);
    samples_.push_back(s);
  }
}

void ProcSampler::Stop() {
  if (!thread_.joinable()) return;
  stop_ = true;
  thread_.join();
  ProcSample last;
  if (SampleProcess(pid_, &last)) {
    last.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::lock_guard<std::mutex> lock(mutex_);
    samples_.push_back(last);
  }
}

std::vector<ProcSample> ProcSampler::Samples() {
  std::lock_guard<std::mutex> lock(mutex_);
  return samples_;
}

uint64_t ProcSampler::RssAt(double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  const ProcSample* best = nullptr;
  for (const ProcSample& s : samples_) {
    if (!best || std::fabs(s.seconds - seconds) < std::fabs(best->seconds - seconds)) best = &s;
  }
  return best ? best->rss_kb : 0;
}

}  // namespace concord::load
