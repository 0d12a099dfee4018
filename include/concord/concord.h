// The whole embedding API of concord in one include.
#pragma once

#include <concord/document.h>
#include <concord/index_writer.h>
#include <concord/schema.h>
#include <concord/search.h>
#include <concord/status.h>
