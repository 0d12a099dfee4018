// Black-box helpers over the built command-line tools, shared by the CLI,
// ingest, nightly and shard tests. Each REQUIREs success where it says so.
#pragma once

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace concord::test {

// concord-index --quiet ARGS...; the caller checks the exit code.
ProcessResult Index(const std::vector<std::string>& args);

// concord-index status --db DB --json, which must succeed.
nlohmann::json Status(const std::string& db);

// concord-search --db DB --json ARGS..., which must succeed.
nlohmann::json Search(const std::string& db, std::vector<std::string> args);

// A plain-text article in the seeds' layout: title, byline "By Test Author", body.
std::string Article(const std::string& title, const std::string& body);

// The first n stories of KCNA 2011 written to one JSONL file; returns their ids.
std::set<std::string> WriteKcnaSample(const std::string& path, size_t n);

}  // namespace concord::test
