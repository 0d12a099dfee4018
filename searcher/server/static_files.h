// The files of web/ (the widget and its demo page), served read-only.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace concord::server {

// The file under web_root that a decoded URL path names, or nullopt when it
// names none or tries to leave web_root. "/" and "dir/" mean their index.html.
// Refused: any ".." or "." segment, hidden names (".git", ".env"), NUL or
// backslash, and paths that resolve outside web_root through a symlink.
std::optional<std::filesystem::path> ResolveStaticPath(const std::filesystem::path& web_root,
                                                       std::string_view url_path);

// The Content-Type for a file by its extension; application/octet-stream when unknown.
std::string ContentTypeFor(const std::filesystem::path& file);

// The file's bytes; throws Error(kIOError) when it cannot be read.
std::string ReadWholeFile(const std::filesystem::path& file);

}  // namespace concord::server
