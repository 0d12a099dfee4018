// The command line of concord-load (bench/load/README.md), with every default
// stated, and the loopback rule: the load client talks to 127.0.0.0/8 or ::1
// only, so a typo cannot turn it against someone else's server.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace concord::load {

struct LoadOptions {
  std::string host = "127.0.0.1";    // loopback only (IsLoopbackHost)
  int port = 0;                      // required
  int connections = 64;              // concurrent keep-alive connections, one thread each
  int duration_seconds = 30;         // how long the load runs
  uint64_t max_requests = 5000000;   // stop earlier when this many were sent
  int timeout_seconds = 10;          // connect, read and write timeout of one request
  int warmup_seconds = 5;            // the RSS sampled at this second is the baseline
  std::string queries;               // query file, one query a line (bench/queries/concord.txt)
  std::vector<std::string> doc_ids;  // ids fetched by GET /api/doc/{id} in the mix
  int pid = 0;                       // concord-serve's pid: its RSS is sampled every second
  double rss_factor = 1.5;           // pass: end RSS <= factor x warm-up RSS + slack
  int rss_slack_mb = 50;
  std::string json_out;  // also write the results as JSON to this file
};

// Fills options from argv; on a usage error returns false with a message that
// says which argument is wrong (a non-loopback --host is one).
bool ParseLoadOptions(int argc, char** argv, LoadOptions* options, std::string* error);

// True for "localhost", an IPv4 address in 127.0.0.0/8 and "::1"; false for
// every other name or address (names are not resolved).
bool IsLoopbackHost(const std::string& host);

}  // namespace concord::load
