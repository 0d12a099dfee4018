// HTTP errors of concord-serve: one exception type that carries a status, the
// mapping from library Status codes, and the JSON error body.
#pragma once

#include <concord/status.h>

#include <stdexcept>
#include <string>

namespace httplib {
struct Response;
}

namespace concord::server {

// Thrown by handlers and their helpers; turned into {"error": message} with
// this status by RespondToException.
class HttpError : public std::runtime_error {
 public:
  HttpError(int status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

// 400 bad argument, 404 not found, 503 locked, 500 for the rest.
int HttpStatusFor(Status::Code code);

// Throws HttpError for a failed status; does nothing for an ok one.
void ThrowIfFailed(const Status& status);

// Sets res to {"error": message} with the given status.
void SetJsonError(httplib::Response& res, int status, const std::string& message);

// Sets res to the JSON text with status 200 (or the given one).
void SetJson(httplib::Response& res, const std::string& json, int status = 200);

// Call from a catch block: HttpError keeps its status, concord::Error and
// Xapian errors are translated like at the library boundary (Guard), anything
// else is a 500. The message always names what failed.
void RespondToException(httplib::Response& res);

}  // namespace concord::server
