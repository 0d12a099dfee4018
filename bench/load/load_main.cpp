// concord-load: N keep-alive connections to a concord-serve on this machine,
// each sending the next request of the query mix as soon as the last one is
// answered, for D seconds or M requests. Reports requests, errors (a status
// other than 200, or no answer), latency percentiles, and the server's RSS
// sampled every second; exits 1 when there were errors or the RSS grew past
// the bound. bench/load/run is the driver (index, server, concurrent reindex).
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "bench/load/load_options.h"
#include "bench/load/proc_sampler.h"
#include "bench/load/query_mix.h"
#include "bench/peers/query_loop.h"

namespace {

using namespace concord::load;
using Clock = std::chrono::steady_clock;

const char* kUsage = R"(Usage: concord-load --port PORT --queries FILE [options]

  --host H            loopback address of the server (default 127.0.0.1; others refused)
  --connections N     concurrent keep-alive connections (default 64)
  --duration S        seconds of load (default 30)
  --max-requests M    stop after M requests even if time is left (default 5000000)
  --timeout S         per-request connect/read/write timeout (default 10)
  --doc-id ID         also fetch /api/doc/ID in the mix (repeatable)
  --pid PID           concord-serve's pid: sample its VmRSS, threads, open files every second
  --warmup S          the RSS at this second is the baseline (default 5)
  --rss-factor F      pass only if end RSS <= F x baseline + slack (default 1.5)
  --rss-slack-mb MB   (default 50)
  --json FILE         also write the results as JSON

Exit codes: 0 no errors and RSS within the bound, 1 otherwise, 2 bad arguments.
)";

struct Tally {
  std::mutex mutex;
  std::vector<double> latencies_ms;
  std::map<std::string, uint64_t> error_kinds;
  std::vector<std::string> error_examples;  // the first few, with their targets

  void Add(const std::vector<double>& latencies, const std::map<std::string, uint64_t>& kinds,
           const std::vector<std::string>& examples) {
    std::lock_guard<std::mutex> lock(mutex);
    latencies_ms.insert(latencies_ms.end(), latencies.begin(), latencies.end());
    for (const auto& [kind, count] : kinds) error_kinds[kind] += count;
    for (const std::string& e : examples) {
      if (error_examples.size() < 10) error_examples.push_back(e);
    }
  }
};

void RunConnection(const LoadOptions& o, const QueryMix& mix, Clock::time_point deadline,
                   std::atomic<uint64_t>& issued, std::atomic<uint64_t>& failed, Tally& tally) {
  httplib::Client client(o.host, o.port);
  client.set_keep_alive(true);
  client.set_connection_timeout(o.timeout_seconds);
  client.set_read_timeout(o.timeout_seconds);
  client.set_write_timeout(o.timeout_seconds);
  std::vector<double> latencies;
  std::map<std::string, uint64_t> kinds;
  std::vector<std::string> examples;
  while (Clock::now() < deadline) {
    const uint64_t n = issued.fetch_add(1);
    if (n >= o.max_requests) break;
    const std::string target = mix.Target(n);
    const auto start = Clock::now();
    httplib::Result res = client.Get(target);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    std::string kind;
    if (!res) {
      kind = "transport: " + httplib::to_string(res.error());
    } else if (res->status != 200) {
      kind = "HTTP " + std::to_string(res->status);
    }
    if (kind.empty()) continue;
    ++failed;
    ++kinds[kind];
    if (examples.size() < 3) {
      examples.push_back(kind + " for " + target + (res ? ": " + res->body.substr(0, 200) : ""));
    }
  }
  tally.Add(latencies, kinds, examples);
}

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * sorted.size()));
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

double Mb(uint64_t kb) { return kb / 1024.0; }

}  // namespace

int main(int argc, char** argv) {
  LoadOptions o;
  std::string error;
  if (argc == 1 ||
      (argc == 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h"))) {
    std::fputs(kUsage, argc == 1 ? stderr : stdout);
    return argc == 1 ? 2 : 0;
  }
  if (!ParseLoadOptions(argc, argv, &o, &error)) {
    std::fprintf(stderr, "concord-load: %s (see concord-load --help)\n", error.c_str());
    return 2;
  }
  std::vector<std::string> queries;
  try {
    queries = concord::bench::ReadQueryLines(o.queries);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "concord-load: %s\n", e.what());
    return 2;
  }
  if (queries.empty()) {
    std::fprintf(stderr, "concord-load: no queries in %s\n", o.queries.c_str());
    return 2;
  }
  const QueryMix mix(queries, o.doc_ids);

  ProcSampler sampler(o.pid);
  std::atomic<uint64_t> issued{0}, failed{0};
  Tally tally;
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::seconds(o.duration_seconds);
  std::vector<std::thread> connections;
  for (int c = 0; c < o.connections; ++c) {
    connections.emplace_back([&] { RunConnection(o, mix, deadline, issued, failed, tally); });
  }
  for (int second = 5; Clock::now() < deadline; second += 5) {
    std::this_thread::sleep_until(std::min(deadline, start + std::chrono::seconds(second)));
    ProcSample now;
    const bool sampled = SampleProcess(o.pid, &now);
    std::fprintf(
        stderr, "concord-load: %3ds  %llu requests  %llu errors%s\n",
        static_cast<int>(std::chrono::duration<double>(Clock::now() - start).count()),
        static_cast<unsigned long long>(std::min(issued.load(), o.max_requests)),
        static_cast<unsigned long long>(failed.load()),
        sampled ? ("  server RSS " + std::to_string(now.rss_kb / 1024) + " MB").c_str() : "");
  }
  for (std::thread& t : connections) t.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  sampler.Stop();

  std::vector<double>& lat = tally.latencies_ms;
  std::sort(lat.begin(), lat.end());
  const uint64_t requests = lat.size();
  const uint64_t errors = failed.load();
  double sum = 0;
  for (double ms : lat) sum += ms;
  const std::vector<ProcSample> samples = sampler.Samples();
  uint64_t rss_max = 0;
  int files_max = 0, threads_max = 0;
  for (const ProcSample& s : samples) {
    rss_max = std::max(rss_max, s.rss_kb);
    files_max = std::max(files_max, s.open_files);
    threads_max = std::max(threads_max, s.threads);
  }
  const uint64_t rss_start = samples.empty() ? 0 : samples.front().rss_kb;
  const uint64_t rss_end = samples.empty() ? 0 : samples.back().rss_kb;
  const uint64_t rss_warm = sampler.RssAt(o.warmup_seconds);
  const double rss_limit_mb = o.rss_factor * Mb(rss_warm) + o.rss_slack_mb;
  const bool rss_ok = o.pid == 0 || (!samples.empty() && Mb(rss_end) <= rss_limit_mb);
  const bool pass = errors == 0 && requests > 0 && rss_ok;

  nlohmann::json report = {{"connections", o.connections},
                           {"duration_s", elapsed},
                           {"requests", requests},
                           {"errors", errors},
                           {"error_kinds", tally.error_kinds},
                           {"error_examples", tally.error_examples},
                           {"requests_per_s", requests / elapsed},
                           {"latency_ms",
                            {{"mean", requests ? sum / requests : 0},
                             {"p50", Percentile(lat, 50)},
                             {"p95", Percentile(lat, 95)},
                             {"p99", Percentile(lat, 99)},
                             {"max", lat.empty() ? 0 : lat.back()}}},
                           {"server",
                            {{"rss_mb",
                              {{"start", Mb(rss_start)},
                               {"warm", Mb(rss_warm)},
                               {"max", Mb(rss_max)},
                               {"end", Mb(rss_end)},
                               {"limit", rss_limit_mb}}},
                             {"threads_max", threads_max},
                             {"open_files_max", files_max},
                             {"samples", samples.size()}}},
                           {"rule", "errors == 0 and end RSS <= " + std::to_string(o.rss_factor) +
                                        " x RSS at " + std::to_string(o.warmup_seconds) + " s + " +
                                        std::to_string(o.rss_slack_mb) + " MB"},
                           {"pass", pass}};
  std::printf(
      "concord-load: %llu requests in %.1f s (%.0f/s) over %d connections, %llu errors\n"
      "  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n",
      static_cast<unsigned long long>(requests), elapsed, requests / elapsed, o.connections,
      static_cast<unsigned long long>(errors), Percentile(lat, 50), Percentile(lat, 95),
      Percentile(lat, 99), lat.empty() ? 0 : lat.back());
  if (o.pid) {
    std::printf(
        "  server RSS MB: start %.0f  after warm-up %.0f  max %.0f  end %.0f (limit %.0f); "
        "threads max %d, open files max %d\n",
        Mb(rss_start), Mb(rss_warm), Mb(rss_max), Mb(rss_end), rss_limit_mb, threads_max,
        files_max);
  }
  for (const auto& [kind, count] : tally.error_kinds) {
    std::printf("  error %s: %llu\n", kind.c_str(), static_cast<unsigned long long>(count));
  }
  for (const std::string& e : tally.error_examples) std::printf("  e.g. %s\n", e.c_str());
  std::printf("  %s\n", pass ? "PASS" : "FAIL");
  if (!o.json_out.empty()) {
    std::ofstream out(o.json_out);
    out << report.dump(2) << "\n";
    if (!out) {
      std::fprintf(stderr, "concord-load: cannot write %s\n", o.json_out.c_str());
      return 2;
    }
  }
  return pass ? 0 : 1;
}
