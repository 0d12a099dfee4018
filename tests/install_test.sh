#!/usr/bin/env bash
# From a clean prefix: install concord with `cmake --install`, build examples/
# against it with find_package(concord) and with pkg-config, run both, and run
# the installed binaries on the installed data.
#   install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/concord-install-test.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "install_test: FAIL: $*" >&2; exit 1; }
ok() { echo "install_test: ok - $*"; }
# The installed library must find its own data, not the source tree's.
unset CONCORD_DATA_DIR

prefix=$work/prefix
cmake --install "$build_dir" --prefix "$prefix" > "$work/install.log" || { cat "$work/install.log"; fail "cmake --install"; }
config=$(find "$prefix" -name concordConfig.cmake -path '*/cmake/concord/*' | head -1)
pcfile=$(find "$prefix" -name concord.pc | head -1)
[[ -n "$config" ]] || fail "no concordConfig.cmake under $prefix"
[[ -n "$pcfile" ]] || fail "no concord.pc under $prefix"
for f in include/concord/concord.h include/concord/search.h include/concord/index_writer.h \
         bin/concord-index bin/concord-search bin/concord-serve \
         share/concord/stopwords/en.txt share/concord/web/concord-widget.js \
         share/concord/web/index.html; do
  [[ -e "$prefix/$f" ]] || fail "$f was not installed"
done
if grep -rlE '#include <(xapian|unicode/|pugixml|httplib|nlohmann)' "$prefix/include/concord"; then
  fail "a public header includes a dependency's header (see the files above)"
fi
ok "installed headers, library, binaries, data, CMake package and pkg-config file"

# A sanitizer build of concord (scripts/test --asan) needs the same flags in its users.
san_flags=""
if grep -q '^CONCORD_SANITIZE:BOOL=ON' "$build_dir/CMakeCache.txt"; then
  san_flags="-fsanitize=address,undefined"
fi

# find_package(concord) from the clean prefix only.
generator=()
command -v ninja > /dev/null && generator=(-G Ninja)
cmake -S "$source_dir/examples" -B "$work/example" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_FLAGS="$san_flags" -DCMAKE_EXE_LINKER_FLAGS="$san_flags" \
      -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF > "$work/configure.log" \
  || { cat "$work/configure.log"; fail "configuring examples/ with find_package(concord)"; }
grep -q "^concord_DIR:PATH=$prefix/" "$work/example/CMakeCache.txt" || fail "concord was not found in $prefix"
cmake --build "$work/example" > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "building examples/"; }
ok "examples/ built with find_package(concord) -> concord::concord"

export CONCORD_DATA_DIR=$prefix/share/concord  # a program outside <prefix>/bin says where the data is
out=$("$work/example/embed_search" "$work/index" 2> "$work/run.err") || { cat "$work/run.err"; fail "embed_search"; }
echo "$out" | grep -q '"id":"example.org/2014/11/choe-moscow"' || fail "embed_search did not find its document: $out"
echo "$out" | grep -q '"facets":{"author":\[' || fail "embed_search printed no author facet: $out"
grep -q "added" "$work/run.err" || fail "first put was not 'added': $(cat "$work/run.err")"
"$work/example/embed_search" "$work/index" > /dev/null 2> "$work/run2.err"
grep -q "unchanged" "$work/run2.err" || fail "second put was not 'unchanged': $(cat "$work/run2.err")"
ok "embed_search indexed, searched and printed JSON: $(echo "$out" | head -c 120)..."

# pkg-config, for builds without CMake.
PKG_CONFIG_PATH=$(dirname "$pcfile") c++ -std=c++20 $san_flags -o "$work/embed_search_pc" \
  "$source_dir/examples/embed_search.cpp" \
  $(PKG_CONFIG_PATH=$(dirname "$pcfile") pkg-config --cflags --libs concord) \
  > "$work/pc.log" 2>&1 || { cat "$work/pc.log"; fail "building with pkg-config"; }
"$work/embed_search_pc" "$work/index-pc" > "$work/pc.out" 2> "$work/pc.err" || { cat "$work/pc.err"; fail "embed_search (pkg-config build)"; }
grep -q '"total":1' "$work/pc.out" || fail "pkg-config build found nothing: $(cat "$work/pc.out")"
ok "embed_search built with pkg-config and ran"
unset CONCORD_DATA_DIR

# The installed binaries find the installed data by themselves.
"$prefix/bin/concord-index" --db "$work/seeds" --quiet "$source_dir/corpus/seeds" || fail "installed concord-index"
"$prefix/bin/concord-search" --db "$work/seeds" --json "Choe Ryong-hae" > "$work/search.json" || fail "installed concord-search"
grep -q 'Friends in Need: Choe Swoops in on DPRK-Russia Relations' "$work/search.json" || fail "installed concord-search did not find the Choe article"
"$prefix/bin/concord-serve" --db "$work/seeds" --port 0 > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
for _ in $(seq 1 100); do grep -q "listening on" "$work/serve.out" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.out") || fail "installed concord-serve did not start: $(cat "$work/serve.err")"
grep -q "web root $prefix/share/concord/web" "$work/serve.err" || fail "concord-serve does not serve the installed web/: $(cat "$work/serve.err")"
curl -sf "$url/concord-widget.js" | cmp -s - "$prefix/share/concord/web/concord-widget.js" || fail "GET /concord-widget.js"
curl -sf "$url/api/health" | grep -q '"documents":5' || fail "GET /api/health"
ok "installed concord-index, concord-search and concord-serve work on the installed data"
echo "install_test: 5 passed, 0 failed"
