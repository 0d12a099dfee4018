// Bearer-token authorisation of the write endpoints.
#pragma once

#include <string>
#include <string_view>

namespace concord::server {

// True when a and b are equal. The time taken depends on the lengths only, not
// on where the first difference is, so a client cannot guess the token byte
// by byte from response times.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

enum class AuthResult {
  kAllowed,
  kWritesDisabled,  // the server has no token: writes are switched off (403)
  kMissing,         // no "Authorization: Bearer ..." header (401)
  kWrongToken,      // a token that is not the server's (401)
};

// Checks the value of an Authorization header against the server's token.
// The scheme name is case-insensitive ("Bearer", "bearer"), as RFC 7235 says.
AuthResult CheckBearer(std::string_view authorization_header, std::string_view token);

// The token in a --token-file: its first line, surrounding whitespace removed.
// Throws Error(kInvalidArgument) when the file cannot be read or the token is
// shorter than 16 bytes (too easy to guess for a server on a network).
std::string ReadTokenFile(const std::string& path);

}  // namespace concord::server
