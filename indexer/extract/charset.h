// Legacy encodings: pages and feeds in windows-1251, KOI8-R, EUC-KR or
// Latin-1 still exist in archives. They are converted to UTF-8 with ICU
// before parsing.
#pragma once

#include <string>
#include <string_view>

namespace concord {

// The charset a document declares in its first bytes: <meta charset="...">,
// <meta http-equiv="Content-Type" content="...; charset=...">, or the XML
// declaration's encoding="..."; lower case, "" when none is declared.
std::string DeclaredCharset(std::string_view head);

// content in UTF-8. Content that is valid UTF-8 is returned as it is, whatever
// it declares (mislabelled pages are common); otherwise it is converted from
// the declared charset when ICU knows it. Sets *converted when it was.
// Bytes that still are not UTF-8 are left for the caller to repair.
std::string ToUtf8(std::string_view content, std::string_view declared_charset,
                   bool* converted = nullptr);

}  // namespace concord
