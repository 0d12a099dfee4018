// A Xapian match spy that counts facet keys over the whole match set (run the
// match with check_at_least >= the document count). Multi-valued slots count
// a document once for each distinct value it holds (an article with two
// authors counts for both), unlike Xapian's single-valued ValueCountMatchSpy.
// Keys are raw: the slot's value, or the first 4 / 6 characters of a
// YYYYMMDD date; facets.h turns them into what readers see.
//
// Underneath it is a Xapian::ValueCountMatchSpy and keeps that class's name
// and serialisation, so a remote shard (xapian-tcpsrv knows only Xapian's own
// spies) counts for it: every shard counts whole slot values (for a
// multi-valued slot, each distinct combination of values) and counts() splits
// the merged combinations into keys. That is exact: a document holds one
// combination, so a key's count is the sum of the counts of the combinations
// that hold it.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace concord {

class FacetSpy : public Xapian::ValueCountMatchSpy {
 public:
  // How the slot's value becomes keys.
  enum class Kind {
    kMulti,   // JoinMultiValue list: each distinct value
    kYear,    // YYYYMMDD: YYYY
    kMonth,   // YYYYMMDD: YYYYMM
    kSingle,  // the whole value
  };
  using Counts = std::unordered_map<std::string, Xapian::doccount>;

  FacetSpy(Xapian::valueno slot, Kind kind)
      : Xapian::ValueCountMatchSpy(slot), slot_(slot), kind_(kind) {}

  void operator()(const Xapian::Document& doc, double wt) override;
  Xapian::MatchSpy* clone() const override;
  // A FacetSpy of this one's kind for the serialised slot. (A remote shard
  // unserialises through Xapian's registry and gets a plain ValueCountMatchSpy.)
  Xapian::MatchSpy* unserialise(const std::string& serialised,
                                const Xapian::Registry& context) const override;
  std::string get_description() const override;

  // The keys counted so far, local and merged from remote shards; computed
  // from the value counts on each call.
  const Counts& counts() const;
  // Documents seen, with or without a value.
  Xapian::doccount documents() const { return static_cast<Xapian::doccount>(get_total()); }

  // Which subdatabases of the searched database (by position, Database::
  // size() of them) are remote. Their servers count their documents; Xapian
  // 1.4 also shows some of those documents to the client's spy when sorting
  // by value (a double count), and this spy ignores them. Empty: none remote.
  void SetRemoteSubdatabases(std::vector<bool> remote) { remote_ = std::move(remote); }

 private:
  Xapian::valueno slot_;
  Kind kind_;
  std::vector<bool> remote_;
  mutable Counts counts_;
};

}  // namespace concord
