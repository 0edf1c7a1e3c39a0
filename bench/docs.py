"""Writing benchmark figures into docs/benchmarks.md, each runner into its own marked block.

A page section (`<!-- scheduling:start -->` ... `<!-- scheduling:end -->`) holds one nested
block per benchmark (`<!-- scheduling-jair:start -->` ...), so that every script rewrites only
its own figures and leaves the others' (and the rest of the page) untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS_MD = REPO / "docs" / "benchmarks.md"


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def block_body(text: str, name: str) -> str | None:
    start, end = markers(name)
    found = re.search(re.escape(start) + r"\n?(.*?)" + re.escape(end), text, re.DOTALL)
    return None if found is None else found.group(1).strip("\n")


def replace_block(text: str, name: str, body: str) -> str:
    """`text` with the lines between the markers of `name` replaced by `body`."""
    start, end = markers(name)
    head, found, rest = text.partition(start)
    if not found or end not in rest:
        raise ValueError(f"docs/benchmarks.md has no {start} ... {end} block")
    return head + start + "\n" + body.strip("\n") + "\n" + end + rest.split(end, 1)[1]


def table(header: list[str], rows: list[list[str]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


@dataclass(frozen=True)
class Section:
    """One section of the page: an introduction and a titled block per benchmark script."""

    name: str
    intro: str
    # block name -> (title, command that writes it)
    blocks: dict[str, tuple[str, str]]

    def skeleton(self, text: str) -> str:
        """The section with every block, keeping the figures already written."""
        parts = [self.intro]
        for name, (title, command) in self.blocks.items():
            start, end = markers(name)
            body = block_body(text, name) or f"(not yet run: `{command}`)"
            parts.append(f"### {title}\n\n{start}\n{body}\n{end}\n")
        return "\n".join(parts)

    def write_block(self, name: str, body: str, path: Path = BENCHMARKS_MD) -> None:
        """Replace the figures of block `name` in docs/benchmarks.md."""
        text = path.read_text(encoding="utf-8")
        text = replace_block(text, self.name, self.skeleton(text))
        path.write_text(replace_block(text, name, body), encoding="utf-8")
