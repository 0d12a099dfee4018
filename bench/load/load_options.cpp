#include "bench/load/load_options.h"

#include <arpa/inet.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace concord::load {

bool IsLoopbackHost(const std::string& host) {
  if (host == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) {
    return (ntohl(v4.s_addr) >> 24) == 127;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) {
    return std::memcmp(&v6, &in6addr_loopback, sizeof v6) == 0;
  }
  return false;
}

namespace {

// A whole number in [lo, hi], or false.
bool ToNumber(const std::string& text, long long lo, long long hi, long long* out) {
  char* end = nullptr;
  errno = 0;
  long long value = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno != 0 || value < lo || value > hi) return false;
  *out = value;
  return true;
}

}  // namespace

bool ParseLoadOptions(int argc, char** argv, LoadOptions* o, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) {
      *error = "unknown option or missing value: " + arg;
      return false;
    }
    const std::string value = argv[++i];
    long long n = 0;
    auto number = [&](long long lo, long long hi) {
      if (ToNumber(value, lo, hi, &n)) return true;
      *error = arg + " must be a whole number from " + std::to_string(lo) + " to " +
               std::to_string(hi) + ", not '" + value + "'";
      return false;
    };
    if (arg == "--host") {
      o->host = value;
    } else if (arg == "--port") {
      if (!number(1, 65535)) return false;
      o->port = static_cast<int>(n);
    } else if (arg == "--connections") {
      if (!number(1, 1024)) return false;
      o->connections = static_cast<int>(n);
    } else if (arg == "--duration") {
      if (!number(1, 3600)) return false;
      o->duration_seconds = static_cast<int>(n);
    } else if (arg == "--max-requests") {
      if (!number(1, 1000000000)) return false;
      o->max_requests = static_cast<uint64_t>(n);
    } else if (arg == "--timeout") {
      if (!number(1, 600)) return false;
      o->timeout_seconds = static_cast<int>(n);
    } else if (arg == "--warmup") {
      if (!number(0, 3600)) return false;
      o->warmup_seconds = static_cast<int>(n);
    } else if (arg == "--queries") {
      o->queries = value;
    } else if (arg == "--doc-id") {
      o->doc_ids.push_back(value);
    } else if (arg == "--pid") {
      if (!number(1, 1LL << 30)) return false;
      o->pid = static_cast<int>(n);
    } else if (arg == "--rss-factor") {
      o->rss_factor = std::atof(value.c_str());
      if (o->rss_factor < 1.0) {
        *error = "--rss-factor must be 1.0 or more";
        return false;
      }
    } else if (arg == "--rss-slack-mb") {
      if (!number(0, 1 << 20)) return false;
      o->rss_slack_mb = static_cast<int>(n);
    } else if (arg == "--json") {
      o->json_out = value;
    } else {
      *error = "unknown option: " + arg;
      return false;
    }
  }
  if (!IsLoopbackHost(o->host)) {
    *error = "--host " + o->host +
             " is not a loopback address: concord-load only loads servers on this machine "
             "(127.0.0.0/8, ::1, localhost)";
    return false;
  }
  if (o->port == 0) {
    *error = "missing --port PORT of the concord-serve to load";
    return false;
  }
  if (o->queries.empty()) {
    *error = "missing --queries FILE (e.g. bench/queries/concord.txt)";
    return false;
  }
  if (o->warmup_seconds >= o->duration_seconds) {
    *error = "--warmup must be shorter than --duration";
    return false;
  }
  return true;
}

}  // namespace concord::load
