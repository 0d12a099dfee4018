// The write side of the API, for a CMS that pushes on publish, update and
// unpublish. Each write opens the index writer, changes one document, commits
// and closes, so Xapian's write lock is free between requests and the nightly
// concord-index can run.
#include <concord/index_writer.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "indexer/document_codec.h"
#include "searcher/server/auth.h"
#include "searcher/server/handlers.h"
#include "searcher/server/http_error.h"

namespace concord::server {

namespace {

void RequireToken(const ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  AuthResult auth = CheckBearer(req.get_header_value("Authorization"), ctx.options.token);
  if (auth == AuthResult::kMissing || auth == AuthResult::kWrongToken) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"concord\"");
  }
  switch (auth) {
    case AuthResult::kAllowed:
      return;
    case AuthResult::kWritesDisabled:
      throw HttpError(403,
                      "writes are disabled on this server: start concord-serve with "
                      "--token-file FILE to accept PUT and DELETE");
    case AuthResult::kMissing:
      throw HttpError(401,
                      "missing credentials: send the header 'Authorization: Bearer TOKEN' "
                      "with the token of the server's --token-file");
    case AuthResult::kWrongToken:
      break;
  }
  throw HttpError(401, "wrong token: use the token of the server's --token-file");
}

// Runs change(writer) with a freshly opened writer and commits. A writer
// elsewhere (the nightly run) that keeps the lock past wait_lock_seconds
// gives 503 with Retry-After, so the CMS tries again later.
template <typename Change>
void WithWriter(ServerContext& ctx, httplib::Response& res, Change&& change) {
  std::lock_guard<std::mutex> lock(ctx.write_mutex);
  WriterOptions options;
  options.commit_every = 0;
  options.wait_lock_seconds = ctx.options.wait_lock_seconds;
  std::unique_ptr<IndexWriter> writer;
  Status status = IndexWriter::Open(ctx.options.db, options, &writer);
  if (status.code() == Status::Code::kLocked) {
    res.set_header("Retry-After", std::to_string(ctx.options.retry_after_seconds));
    throw HttpError(503, "the index is being written by another process (" + status.message() +
                             "); retry in " + std::to_string(ctx.options.retry_after_seconds) +
                             " seconds");
  }
  ThrowIfFailed(status);
  change(*writer);
  ThrowIfFailed(writer->Commit());
}

Document ParseDocument(const std::string& body) {
  if (body.empty()) {
    throw HttpError(400,
                    "empty request body: send the document as a JSON object, e.g. "
                    "{\"title\": \"...\", \"body\": \"...\"}");
  }
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& e) {
    std::string reason = e.what();
    if (size_t at = reason.find("] "); reason.front() == '[' && at != std::string::npos) {
      reason.erase(0, at + 2);  // "[json.exception.parse_error.101] " says nothing to a user
    }
    throw HttpError(400, "malformed JSON in the request body: " + reason);
  }
  return DocumentFromJson(json);  // Error(kInvalidArgument) for a wrongly typed field
}

std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void put_doc(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  RequireToken(ctx, req, res);
  Document document = ParseDocument(req.body);
  document.id = req.matches[1];  // the path names the document; a body "id" is ignored
  PutResult result = PutResult::kUnchanged;
  WithWriter(ctx, res, [&](IndexWriter& writer) { ThrowIfFailed(writer.Put(document, &result)); });
  const char* word = result == PutResult::kAdded      ? "added"
                     : result == PutResult::kReplaced ? "replaced"
                                                      : "unchanged";
  SetJson(res, Dump({{"id", document.id}, {"result", word}}),
          result == PutResult::kAdded ? 201 : 200);
}

void delete_doc(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  RequireToken(ctx, req, res);
  const std::string id = req.matches[1];
  WithWriter(ctx, res, [&](IndexWriter& writer) { ThrowIfFailed(writer.Delete(id)); });
  SetJson(res, Dump({{"id", id}, {"deleted", true}}));
}

}  // namespace concord::server
