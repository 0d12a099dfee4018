// Where concord finds its data files (stopwords/, gazetteer/).
#pragma once

#include <string>

namespace concord {

// The first of these that holds a stopwords/ folder:
//   1. $CONCORD_DATA_DIR
//   2. <executable dir>/../share/concord   (an installed concord)
//   3. the source tree the library was built from (a build tree)
//   4. the configured install data dir
// Throws Error(kNotFound) naming the places tried when none does.
const std::string& DataDir();

}  // namespace concord
