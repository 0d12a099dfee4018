// Xapian stub databases: a text file that lists databases, one a line, which
// Xapian opens as one database. The format is Xapian's own, so xapian-delve,
// xapian-compact and concord read the same files:
//
//   # a comment
//   auto PATH              a database, or another stub (relative to the stub's folder)
//   glass PATH             the same, with the backend named
//   remote HOST:PORT       a database served by xapian-tcpsrv
//   remote :PROGRAM ARGS   a database reached through a program (ssh ... xapian-progsrv)
//
// concord also reads "remote tcp HOST:PORT" (the spelling of issue 10 and
// older notes); Xapian's own tools do not, so concord never writes it.
//
// A stub is either a file of its own or the file XAPIANDB inside a folder
// (a "stub directory"); a sharded concord index is the latter (shard_layout.h).
#pragma once

#include <string>
#include <vector>

namespace concord {

struct StubEntry {
  enum class Kind { kLocal, kRemoteTcp, kRemoteProgram };
  Kind kind = Kind::kLocal;
  int line = 0;         // 1-based line number in the stub file
  std::string text;     // the line as written, for messages
  std::string path;     // kLocal: the database path, resolved against the stub's folder
  std::string host;     // kRemoteTcp
  unsigned port = 0;    // kRemoteTcp
  std::string program;  // kRemoteProgram
  std::string args;     // kRemoteProgram: the rest of the line
};

// The stub file behind path: path/XAPIANDB for a stub directory, path itself
// for a regular file that is not a single-file Xapian database, "" otherwise
// (a database folder, or nothing there).
std::string StubFileOf(const std::string& path);

// The databases a stub lists, in order. Throws Error(kInvalidArgument) naming
// the file and line of a line it cannot read, Error(kNotFound) when the file
// cannot be read.
std::vector<StubEntry> ReadStub(const std::string& stub_file);

// Writes a stub listing local databases (paths as given, normally relative
// to the stub's folder) after a comment line. The file is replaced atomically:
// a reader sees the old list or the new one.
void WriteLocalStub(const std::string& stub_file, const std::vector<std::string>& paths,
                    const std::string& comment);

// "shard 2 of 3 (/srv/index.stub line 4: remote 10.0.0.7:9001)": how messages name an entry.
std::string DescribeEntry(const std::string& stub_file, const StubEntry& entry, size_t index,
                          size_t count);

}  // namespace concord
