// FNV-1a, 64 bits: the stable hash behind everything concord stores that is
// derived from text (shard placement, content hashes, metadata keys, the
// gazetteer fingerprint). Its values are written into indexes, so they must
// never change. Not a cryptographic hash.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace concord {

class FnvHash {
 public:
  // Hashes bytes as they come: Bytes("ab"), Bytes("c") == Bytes("abc").
  FnvHash& Bytes(std::string_view s) {
    for (unsigned char c : s) Mix(c);
    return *this;
  }
  // Hashes s, then a separator byte, so ("ab","c") and ("a","bc") differ.
  FnvHash& Field(std::string_view s) {
    Bytes(s);
    Mix(0xFF);
    return *this;
  }
  uint64_t value() const { return h_; }
  // value() as 16 lower-case hex digits.
  std::string Hex() const {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h_));
    return hex;
  }

 private:
  void Mix(unsigned char c) {
    h_ ^= c;
    h_ *= 1099511628211ULL;
  }
  uint64_t h_ = 14695981039346656037ULL;
};

}  // namespace concord
