#include "searcher/server/http_error.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "common/error.h"

namespace concord::server {

int HttpStatusFor(Status::Code code) {
  switch (code) {
    case Status::Code::kOk:
    case Status::Code::kPartial:
      return 200;
    case Status::Code::kInvalidArgument:
      return 400;
    case Status::Code::kNotFound:
      return 404;
    case Status::Code::kLocked:
      return 503;
    case Status::Code::kIOError:
    case Status::Code::kCorruption:
    case Status::Code::kInternal:
      break;
  }
  return 500;
}

void ThrowIfFailed(const Status& status) {
  if (!status.ok()) throw HttpError(HttpStatusFor(status.code()), status.message());
}

void SetJson(httplib::Response& res, const std::string& json, int status) {
  res.status = status;
  res.set_content(json, "application/json; charset=utf-8");
}

void SetJsonError(httplib::Response& res, int status, const std::string& message) {
  nlohmann::json body = {{"error", message}};
  SetJson(res, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), status);
}

void RespondToException(httplib::Response& res) {
  try {
    throw;
  } catch (const HttpError& e) {
    SetJsonError(res, e.status(), e.what());
  } catch (...) {
    Status status = CurrentExceptionToStatus();
    SetJsonError(res, HttpStatusFor(status.code()), status.message());
  }
}

}  // namespace concord::server
