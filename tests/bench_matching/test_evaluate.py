"""The evaluation's bookkeeping: violations, slices, the report and the docs block."""

from bench.matching import docs
from bench.matching.evaluate import (
    bootstrap_interval,
    language_pair,
    markdown,
    per_query,
    slice_names,
    summarise,
    violations,
    worse_pairs,
)
from bench.matching.rules import Profile


def profile(id_, kind, organisation):
    return Profile(id=id_, organisation=organisation, country="IT", kind=kind, language="it",
                   title="t", text="")


QRELS = {"queries": {
    "o1": {"relevant": {"r1": 2}, "group": "sibling", "niche": "n", "languages": "it-ru"},
    "r1": {"relevant": {"o1": 2}, "group": "sibling", "niche": "n", "languages": "ru-it"},
    "o2": {"relevant": {"r2": 2}, "group": "distinct", "niche": "d", "languages": "en-en"},
}}


def test_violations_lists_every_forbidden_pair_returned():
    profiles = [profile("o1", "business_offer", "org-1"), profile("o2", "business_offer", "org-2"),
                profile("r1", "business_request", "org-1")]
    found = violations({"o1": ["o2", "r1", "zz"], "r1": []}, profiles)
    assert found == [
        {"query": "o1", "profile": "o2", "rule": "kinds are not complementary"},
        {"query": "o1", "profile": "r1", "rule": "same organisation"},
        {"query": "o1", "profile": "zz", "rule": "unknown profile"},
    ]


def test_slice_names_and_language_pairs():
    assert slice_names(QRELS["queries"]["o1"]) == [
        "sibling, cross-language", "sibling, all", "all queries"]
    assert slice_names(QRELS["queries"]["o2"])[0] == "distinct, same-language"
    assert language_pair("ru-it") == "it-ru"


def test_summarise_averages_per_slice():
    scores = per_query({"o1": ["x", "r1"], "r1": ["o1"], "o2": []}, QRELS)
    summary = summarise(scores, QRELS, slice_names)
    assert summary["sibling, cross-language"]["mrr"] == 0.75
    assert summary["distinct, same-language"]["recall@10"] == 0.0
    assert summary["all queries"]["queries"] == 3


def results_with(encoder_mrr: float, incontra_mrr: float) -> dict:
    def outcome(mrr):
        summary = {"queries": 2, "recall@10": 1.0, "mrr": mrr, "ndcg@10": mrr}
        return {"seconds": 1.0, "violations": [], "slices": {"sibling, cross-language": summary},
                "sibling_pairs": {"it-ru": summary},
                "per_query": {"q": {"mrr": mrr}}}
    return {"split": "test", "profiles": 4, "queries": 2,
            "systems": {"encoder": outcome(encoder_mrr), "incontra": outcome(incontra_mrr)}}


def test_worse_pairs_names_language_pairs_where_incontra_loses():
    assert worse_pairs(results_with(0.9, 0.8)) == ["it-ru"]
    assert worse_pairs(results_with(0.8, 0.9)) == []


def test_markdown_reports_targets_met_or_not():
    qrels = {"queries": {"q": QRELS["queries"]["o1"]}}
    assert "MRR 0.950, recall@10 1.000: **met**" in markdown(results_with(0.9, 0.95), "c", qrels)
    assert "**not met** on it-ru" in markdown(results_with(0.9, 0.8), "c", qrels)
    assert "MRR gain is -0.100 (95% bootstrap interval -0.100 to -0.100)" in markdown(
        results_with(0.9, 0.8), "c", qrels)


def test_bootstrap_interval_of_a_constant_difference_is_that_difference():
    assert bootstrap_interval([0.25] * 7) == (0.25, 0.25)


def test_bootstrap_interval_lies_within_the_observed_differences():
    low, high = bootstrap_interval([0.0, 0.0, 1.0, 0.5], rounds=500)
    assert 0.0 <= low < high <= 1.0


def test_write_block_rewrites_only_its_own_block(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text("# B\n\n<!-- other:start -->\nkeep\n<!-- other:end -->\n\n"
                    "<!-- matching:start -->\n(not yet run)\n<!-- matching:end -->\ntail\n",
                    encoding="utf-8")
    docs.write_block("matching-scale", "scale figures", page)
    docs.write_block("matching-quality-test", "quality figures", page)
    docs.write_block("matching-scale", "new scale figures", page)
    text = page.read_text(encoding="utf-8")
    assert "keep" in text
    assert text.endswith("tail\n")
    assert docs.block_body(text, "matching-quality-test") == "quality figures"
    assert docs.block_body(text, "matching-scale") == "new scale figures"
    assert "(not yet run: `python -m bench.matching.evaluate --split dev`)" in text
    assert "(not yet run)\n" not in text
