// Status: the result of a library call. The public API never throws; every
// failure comes back as a Status with a code and a message that says what
// failed, where, and what to do.
#pragma once

#include <string>
#include <utility>

namespace concord {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller passed something unusable (bad query, bad option)
    kNotFound,         // index, document or file does not exist
    kIOError,          // the filesystem failed (permissions, full disk)
    kCorruption,       // the index exists but cannot be read as a concord index
    kLocked,           // another writer holds the index
    kPartial,          // the work was done, but some inputs were skipped
    kInternal,         // a bug: please report
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status Locked(std::string msg) { return Status(Code::kLocked, std::move(msg)); }
  static Status Partial(std::string msg) { return Status(Code::kPartial, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>" style text for logs and CLIs.
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace concord
