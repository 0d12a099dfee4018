// Exit codes of the concord command-line tools (docs/cli.md).
#pragma once

#include <concord/status.h>

namespace concord {

inline constexpr int kExitOk = 0;
inline constexpr int kExitPartial = 1;   // done, but some inputs were skipped
inline constexpr int kExitUsage = 2;     // bad arguments, query or missing index: fix the call
inline constexpr int kExitLocked = 3;    // another writer holds the index
inline constexpr int kExitFailure = 4;   // the index or the filesystem failed

inline int ExitCodeFor(const Status& s) {
  switch (s.code()) {
    case Status::Code::kOk: return kExitOk;
    case Status::Code::kPartial: return kExitPartial;
    case Status::Code::kInvalidArgument:
    case Status::Code::kNotFound: return kExitUsage;
    case Status::Code::kLocked: return kExitLocked;
    default: return kExitFailure;
  }
}

}  // namespace concord
