"""Writing figures into docs/benchmarks.md: the matching section, one nested block per script.

The matching section (`<!-- matching:start -->` ... `<!-- matching:end -->`) holds one block per
benchmark (`<!-- matching-quality-test:start -->` ...), so every script rewrites only its own
figures and leaves the others' (and the rest of the page) untouched.
"""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BENCHMARKS_MD = REPO / "docs" / "benchmarks.md"
SECTION = "matching"

SUB_BLOCKS = {
    "matching-quality-test": ("Quality on the held-out test split",
                              "python -m bench.matching.evaluate --split test"),
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
`bench/matching/rules.py` over every list returned, not only the judged queries. Heavy runs are
serialised with `flock /tmp/incontra-bench.lock`; raw results go to `bench/out/`.
"""


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def block_body(text: str, name: str) -> str | None:
    start, end = markers(name)
    _, found, rest = text.partition(start)
    if not found or end not in rest:
        return None
    return rest.split(end, 1)[0].strip("\n")


def replace_block(text: str, name: str, body: str) -> str:
    """`text` with the lines between the markers of `name` replaced by `body`."""
    start, end = markers(name)
    head, found, rest = text.partition(start)
    if not found or end not in rest:
        raise ValueError(f"docs/benchmarks.md has no {start} ... {end} block")
    return head + start + "\n" + body.strip("\n") + "\n" + end + rest.split(end, 1)[1]


def section_skeleton(text: str) -> str:
    """The matching section with every sub-block, keeping the figures already written."""
    parts = [INTRO]
    for name, (title, command) in SUB_BLOCKS.items():
        start, end = markers(name)
        body = block_body(text, name) or f"(not yet run: `{command}`)"
        parts.append(f"### {title}\n\n{start}\n{body}\n{end}\n")
    return "\n".join(parts)


def write_block(name: str, body: str, path: Path = BENCHMARKS_MD) -> None:
    """Replace the figures of sub-block `name` in docs/benchmarks.md."""
    text = path.read_text(encoding="utf-8")
    text = replace_block(text, SECTION, section_skeleton(text))
    path.write_text(replace_block(text, name, body), encoding="utf-8")


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
