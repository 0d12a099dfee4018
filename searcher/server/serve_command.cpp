#include "searcher/server/serve_command.h"

#include <concord/index_writer.h>
#include <concord/search.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "common/data_dir.h"
#include "common/error.h"
#include "common/exit_codes.h"
#include "searcher/server/auth.h"
#include "searcher/server/http_server.h"

namespace concord::server {

namespace fs = std::filesystem;

namespace {

int Fail(const Status& status) {
  std::fprintf(stderr, "concord-serve: %s\n", status.message().c_str());
  return ExitCodeFor(status);
}

// The web root to serve: the one given, else the data dir's web/, else none.
Status ResolveWebRoot(ServeCommandOptions& o) {
  std::error_code ec;
  if (o.web_root_given) {
    if (!fs::is_directory(o.server.web_root, ec)) {
      return Status::InvalidArgument("--web-root " + o.server.web_root + " is not a directory");
    }
    return Status::Ok();
  }
  Status found = Guard([&] {
    fs::path web = fs::path(DataDir()) / "web";
    o.server.web_root = fs::is_directory(web, ec) ? web.string() : "";
    return Status::Ok();
  });
  if (!found.ok()) o.server.web_root.clear();  // no data dir: serve the API only
  return Status::Ok();
}

// Opens the index once to fail early with a clear message; creates an empty
// one when it is missing and writes are enabled.
Status CheckIndex(const ServerOptions& o, uint64_t* documents) {
  std::error_code ec;
  if (!fs::exists(o.db, ec)) {
    if (o.token.empty()) {
      return Status::NotFound("no index at " + o.db + "; build one with: concord-index --db " +
                              o.db +
                              " FOLDER (or give --token-file to accept pushes into a "
                              "new, empty index)");
    }
    std::unique_ptr<IndexWriter> writer;
    WriterOptions create;
    create.wait_lock_seconds = o.wait_lock_seconds;
    Status made = IndexWriter::Open(o.db, create, &writer);
    if (made.ok()) made = writer->Commit();
    if (!made.ok()) return made;
    std::fprintf(stderr, "concord-serve: created an empty index at %s\n", o.db.c_str());
  }
  std::unique_ptr<Searcher> searcher;
  Status opened = Searcher::Open(o.db, &searcher);
  if (opened.ok()) *documents = searcher->DocumentCount();
  return opened;
}

std::string UrlHost(const std::string& bind) {
  return bind.find(':') != std::string::npos ? "[" + bind + "]" : bind;
}

}  // namespace

int RunServeCommand(ServeCommandOptions o) {
  if (o.server.db.empty()) {
    return Fail(Status::InvalidArgument("missing --db DIR: say which index to serve"));
  }
  if (!o.token_file.empty()) {
    Status read = Guard([&] {
      o.server.token = ReadTokenFile(o.token_file);
      return Status::Ok();
    });
    if (!read.ok()) return Fail(read);
  }
  if (Status s = ResolveWebRoot(o); !s.ok()) return Fail(s);
  uint64_t documents = 0;
  if (Status s = CheckIndex(o.server, &documents); !s.ok()) return Fail(s);

  // SIGINT and SIGTERM are taken by sigtimedwait below, never by a handler: the
  // worker threads started by Run() inherit the blocked mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a client that hangs up must not end the server

  HttpServer server(o.server);
  int port = 0;
  Status bound = Guard([&] {
    port = server.Bind();
    return Status::Ok();
  });
  if (!bound.ok()) return Fail(bound);
  std::printf("concord-serve: listening on http://%s:%d\n", UrlHost(o.server.bind).c_str(), port);
  std::fflush(stdout);
  std::fprintf(stderr, "concord-serve: index %s (%llu documents), writes %s, web root %s\n",
               o.server.db.c_str(), static_cast<unsigned long long>(documents),
               o.server.token.empty() ? "disabled" : "enabled",
               o.server.web_root.empty() ? "(none)" : o.server.web_root.c_str());

  std::atomic<bool> finished{false};
  std::thread waiter([&] {
    const timespec tick{0, 200 * 1000 * 1000};
    while (!finished) {
      int signal_number = sigtimedwait(&stop_signals, nullptr, &tick);
      if (signal_number <= 0) continue;
      std::fprintf(stderr, "concord-serve: %s received, stopping\n",
                   signal_number == SIGINT ? "SIGINT" : "SIGTERM");
      // Stop() is a no-op until the loop runs; repeat until Run() has returned.
      while (!finished) {
        server.Stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  });
  server.Run();
  finished = true;
  waiter.join();
  std::fprintf(stderr, "concord-serve: stopped\n");
  return kExitOk;
}

}  // namespace concord::server
