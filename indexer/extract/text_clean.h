// Small text helpers shared by the readers and the metadata extractors:
// turning raw field text into clean single-line or paragraph UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// Valid UTF-8 without control characters: invalid sequences become U+FFFD,
// C0/C1 controls other than newline and tab are dropped, CR LF becomes LF and a
// byte order mark is removed. Sets *was_valid (when given) to whether the input
// was valid UTF-8.
std::string CleanUtf8(std::string_view in, bool* was_valid = nullptr);

// True when text is valid UTF-8 (no copy is made).
bool IsValidUtf8(std::string_view text);

// One line: runs of whitespace (ASCII, no-break and other Unicode spaces)
// become one space; leading and trailing space is removed.
std::string CollapseSpaces(std::string_view text);

// text without leading and trailing ASCII whitespace.
std::string_view Trim(std::string_view text);

// The lines of text (LF or CR LF), each trimmed; empty lines are kept as "".
std::vector<std::string> SplitLines(std::string_view text);

// Paragraphs joined by one blank line; empty paragraphs are left out.
std::string JoinParagraphs(const std::vector<std::string>& paragraphs);

// Number of Unicode code points in valid UTF-8 text.
size_t Utf8Length(std::string_view text);

// ASCII lower case (other bytes unchanged).
std::string AsciiLower(std::string_view text);

// Unicode case folding (ICU): "Обновлено" -> "обновлено".
std::string FoldCase(std::string_view text);

// The form in which repeated lines are compared: single-spaced, ASCII lower case.
std::string ComparableText(std::string_view text);

}  // namespace concord
