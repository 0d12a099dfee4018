#include <concord/status.h>

namespace concord {

std::string Status::ToString() const {
  const char* name = "ok";
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kInvalidArgument: name = "invalid argument"; break;
    case Code::kNotFound: name = "not found"; break;
    case Code::kIOError: name = "I/O error"; break;
    case Code::kCorruption: name = "corruption"; break;
    case Code::kLocked: name = "locked"; break;
    case Code::kPartial: name = "partial"; break;
    case Code::kInternal: name = "internal error"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace concord
