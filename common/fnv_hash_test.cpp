#include "common/fnv_hash.h"

#include <catch2/catch.hpp>

namespace concord {

// The values are stored in indexes (shard placement, content hashes), so
// they are pinned to FNV-1a's published test vectors.
TEST_CASE("FnvHash gives FNV-1a 64 values", "[common]") {
  CHECK(FnvHash().value() == 0xcbf29ce484222325ULL);
  CHECK(FnvHash().Bytes("a").value() == 0xaf63dc4c8601ec8cULL);
  CHECK(FnvHash().Bytes("foobar").Hex() == "85944171f73967e8");
  CHECK(FnvHash().Bytes("foo").Bytes("bar").value() == FnvHash().Bytes("foobar").value());
}

TEST_CASE("FnvHash fields are separated", "[common]") {
  CHECK(FnvHash().Field("ab").Field("c").value() != FnvHash().Field("a").Field("bc").value());
  CHECK(FnvHash().Field("abc").value() != FnvHash().Bytes("abc").value());
}

}  // namespace concord
