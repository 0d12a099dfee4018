// A Xapian match spy that counts facet values over the whole match set, with
// one count per value for multi-valued slots (an article with two authors
// counts for both), unlike Xapian's single-valued ValueCountMatchSpy.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace concord {

class FacetSpy : public Xapian::MatchSpy {
 public:
  // How the slot's value becomes facet values.
  enum class Kind { kMulti, kYear, kMonth, kSingle };

  FacetSpy(Xapian::valueno slot, Kind kind) : slot_(slot), kind_(kind) {}

  void operator()(const Xapian::Document& doc, double wt) override;
  Xapian::MatchSpy* clone() const override { return new FacetSpy(slot_, kind_); }
  std::string name() const override { return "concord.FacetSpy"; }
  std::string serialise() const override;
  Xapian::MatchSpy* unserialise(const std::string& s, const Xapian::Registry&) const override;
  std::string serialise_results() const override;
  void merge_results(const std::string& s) override;

  const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  Kind kind_;
  std::map<std::string, Xapian::doccount> counts_;
};

}  // namespace concord
