#include "searcher/server/auth.h"

#include <algorithm>
#include <fstream>

#include "common/error.h"

namespace concord::server {

namespace {

constexpr std::string_view kBearer = "bearer ";
constexpr size_t kMinTokenBytes = 16;

bool StartsWithNoCase(std::string_view text, std::string_view lower_prefix) {
  if (text.size() < lower_prefix.size()) return false;
  for (size_t i = 0; i < lower_prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_prefix[i]) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  const char* kSpace = " \t\r\n";
  size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  size_t last = s.find_last_not_of(kSpace);
  return s.substr(first, last - first + 1);
}

}  // namespace

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  // Every byte of the longer string is visited whatever the contents; the
  // length difference itself is folded into the result.
  const size_t n = std::max(a.size(), b.size());
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned char>(x ^ y);
  }
  // volatile keeps the compiler from turning the loop into an early-exit compare.
  volatile unsigned char result = diff;
  return result == 0;
}

AuthResult CheckBearer(std::string_view header, std::string_view token) {
  if (token.empty()) return AuthResult::kWritesDisabled;
  header = Trim(header);
  if (header.empty() || !StartsWithNoCase(header, kBearer)) return AuthResult::kMissing;
  std::string_view given = Trim(header.substr(kBearer.size()));
  if (given.empty()) return AuthResult::kMissing;
  return ConstantTimeEquals(given, token) ? AuthResult::kAllowed : AuthResult::kWrongToken;
}

std::string ReadTokenFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    throw Error(Status::Code::kInvalidArgument,
                "cannot read the token file " + path +
                    "; create it with e.g.: head -c 24 /dev/urandom | base64 > " + path);
  }
  std::string line;
  std::getline(in, line);
  std::string token(Trim(line));
  if (token.size() < kMinTokenBytes) {
    throw Error(Status::Code::kInvalidArgument,
                "the token in " + path + " is " + std::to_string(token.size()) +
                    " bytes long; use at least " + std::to_string(kMinTokenBytes) +
                    " random characters on its first line");
  }
  return token;
}

}  // namespace concord::server
