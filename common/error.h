// Errors inside the library are exceptions of this type; each public entry
// point translates them once into a Status (see ToStatus).
#pragma once

#include <concord/status.h>

#include <stdexcept>
#include <string>

namespace concord {

class Error : public std::runtime_error {
 public:
  Error(Status::Code code, const std::string& message)
      : std::runtime_error(message), code_(code) {}
  Status::Code code() const { return code_; }
  Status ToStatus() const;

 private:
  Status::Code code_;
};

// Runs fn and turns any exception (concord, Xapian, std) into a Status.
template <typename Fn>
Status Guard(Fn&& fn);

// Translation of the current exception; call from a catch(...) block.
Status CurrentExceptionToStatus();

template <typename Fn>
Status Guard(Fn&& fn) {
  try {
    return fn();
  } catch (...) {
    return CurrentExceptionToStatus();
  }
}

}  // namespace concord
