"""The matching section of docs/benchmarks.md (the writing itself is `bench/docs.py`).

The matching section (`<!-- matching:start -->` ... `<!-- matching:end -->`) holds one block per
benchmark (`<!-- matching-quality-test:start -->` ...), so every script rewrites only its own
figures and leaves the others' (and the rest of the page) untouched.
"""

from pathlib import Path

from bench.docs import BENCHMARKS_MD, REPO, Section, block_body, markers, replace_block, table

__all__ = ["REPO", "block_body", "markers", "replace_block", "table", "write_block"]

SUB_BLOCKS = {
    "matching-quality-test": ("Quality on the held-out test split",
                              "python -m bench.matching.evaluate --split test"),
    "matching-quality-blind": ("Quality on the blind split (written before any evaluation)",
                               "python -m bench.matching.evaluate --split blind"),
    "matching-quality-dev": ("Quality on the dev split (the split the score was fitted on)",
                             "python -m bench.matching.evaluate --split dev"),
    "matching-scale": ("Directory scale", "python -m bench.matching.scale"),
}

INTRO = """\
Cross-lingual partner matching (`incontra match`) on the hand-authored evaluation set in
`bench/matching/data/` (its README says how it is built and what makes it hard), against two
baselines under the same hard rules: TF-IDF over title and text, and the plain multilingual
encoder (cosine of title-and-text embeddings) with nothing else. *Sibling* queries sit in a niche
with about ten different partnerships that share its words, sectors and technologies; *distinct*
queries are a control of unrelated topics. A query is *cross-language* when its partner is written
in another language. Rule violations are counted by the independent checker
`bench/matching/rules.py` over every list returned, not only the judged queries. The issue's
targets are judged on the two held-out splits, `test` and `blind` (written before it was ever
evaluated, and evaluated once); `dev` is where the weights are fitted, and holds the hardest
German-Russian pairs, added to tune against. Heavy runs are serialised with
`flock /tmp/incontra-bench.lock`; raw results go to `bench/out/`.
"""


SECTION = Section("matching", INTRO, SUB_BLOCKS)


def section_skeleton(text: str) -> str:
    return SECTION.skeleton(text)


def write_block(name: str, body: str, path: Path = BENCHMARKS_MD) -> None:
    SECTION.write_block(name, body, path)
