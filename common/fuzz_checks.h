// Invariant checks for the libFuzzer targets (*_fuzz.cpp, scripts/fuzz). A
// broken invariant prints what broke and aborts, so libFuzzer keeps the input
// as a crash. The checks are written independently of the code they check
// (no IsValidUtf8 from indexer/extract), so a bug there cannot hide itself.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace concord::fuzz {

// Prints "fuzz check failed: WHAT: VALUE" (VALUE C-escaped, cut at 200 bytes)
// and aborts when ok is false.
inline void Check(bool ok, const char* what, std::string_view value = {}) {
  if (ok) return;
  std::string shown;
  for (unsigned char c : value.substr(0, 200)) {
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      shown += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      shown += hex;
    }
  }
  std::fprintf(stderr, "fuzz check failed: %s: \"%s\"\n", what, shown.c_str());
  std::abort();
}

// Byte offset of the first sequence that is not strict UTF-8 (RFC 3629:
// shortest forms only, no surrogates, at most U+10FFFF); npos when s is valid.
inline size_t FirstInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    const uint8_t c = p[i];
    size_t len;
    uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xe0) == 0xc0) {
      len = 2, cp = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
      len = 3, cp = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
      len = 4, cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xc0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3f);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return std::string_view::npos;
}

inline bool StrictUtf8(std::string_view s) { return FirstInvalidUtf8(s) == std::string_view::npos; }

// Shows the bytes around the first invalid sequence when s is not valid.
inline void CheckUtf8(std::string_view s, const char* what) {
  const size_t bad = FirstInvalidUtf8(s);
  if (bad == std::string_view::npos) return;
  const size_t from = bad > 80 ? bad - 80 : 0;
  Check(false, what, s.substr(from, 160));
}

// "" or a real day "YYYY-MM-DD" in the years 1000-2999 (common/dates.h's range).
inline void CheckIsoDate(std::string_view s, const char* what) {
  if (s.empty()) return;
  auto digits = [&](size_t at, size_t count) {
    int v = 0;
    for (size_t k = at; k < at + count; ++k) {
      if (s[k] < '0' || s[k] > '9') return -1;
      v = v * 10 + (s[k] - '0');
    }
    return v;
  };
  bool ok = s.size() == 10 && s[4] == '-' && s[7] == '-';
  const int y = ok ? digits(0, 4) : -1, m = ok ? digits(5, 2) : -1, d = ok ? digits(8, 2) : -1;
  ok = ok && y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1;
  if (ok) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    ok = d <= kDays[m - 1] && !(m == 2 && d == 29 && !leap);
  }
  Check(ok, what, s);
}

}  // namespace concord::fuzz
