#include "common/error.h"

#include <xapian.h>

#include <new>

namespace concord {

Status Error::ToStatus() const {
  switch (code_) {
    case Status::Code::kOk: return Status::Ok();
    case Status::Code::kInvalidArgument: return Status::InvalidArgument(what());
    case Status::Code::kNotFound: return Status::NotFound(what());
    case Status::Code::kIOError: return Status::IOError(what());
    case Status::Code::kCorruption: return Status::Corruption(what());
    case Status::Code::kLocked: return Status::Locked(what());
    case Status::Code::kPartial: return Status::Partial(what());
    case Status::Code::kInternal: break;
  }
  return Status::Internal(what());
}

Status CurrentExceptionToStatus() {
  try {
    throw;
  } catch (const Error& e) {
    return e.ToStatus();
  } catch (const Xapian::DatabaseLockError& e) {
    return Status::Locked(e.get_msg() +
                          " (another concord-index is writing this index; wait for it to "
                          "finish or use --wait-lock)");
  } catch (const Xapian::DatabaseNotFoundError& e) {
    return Status::NotFound(e.get_msg());
  } catch (const Xapian::DatabaseOpeningError& e) {
    return Status::Corruption(e.get_msg());
  } catch (const Xapian::DatabaseCorruptError& e) {
    return Status::Corruption(e.get_msg());
  } catch (const Xapian::DatabaseError& e) {
    return Status::IOError(e.get_type() + std::string(": ") + e.get_msg());
  } catch (const Xapian::NetworkError& e) {
    return Status::IOError("network: " + e.get_msg());
  } catch (const Xapian::InvalidArgumentError& e) {
    return Status::InvalidArgument(e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::Internal(e.get_type() + std::string(": ") + e.get_msg());
  } catch (const std::bad_alloc&) {
    return Status::Internal("out of memory");
  } catch (const std::exception& e) {
    return Status::Internal(e.what());
  } catch (...) {
    return Status::Internal("unknown exception");
  }
}

}  // namespace concord
