"""Writing figures into docs/benchmarks.md, each runner into its own marked block.

The scheduling section (`<!-- scheduling:start -->` ... `<!-- scheduling:end -->`) holds one
nested block per benchmark (`<!-- scheduling-jair:start -->` ...), so that every script rewrites
only its own figures and leaves the others' (and the rest of the page) untouched.
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.scheduling.measure import REPO

BENCHMARKS_MD = REPO / "docs" / "benchmarks.md"
SECTION = "scheduling"

SUB_BLOCKS = {
    "scheduling-jair": ("Real brokerage events (JAIR 2022)", "python -m bench.scheduling.run_jair"),
    "scheduling-crafted": ("Crafted variants of the real events (JAIR 2022, section 7.4)",
                           "python -m bench.scheduling.run_jair --crafted"),
    "scheduling-generated": ("Events as Incontra's users run them (generated)",
                             "python -m bench.scheduling.run_generated"),
}

INTRO = """\
The B2B meeting scheduler (`incontra schedule`) against published instances with proven optima
and against generated events, each beside the greedy first-fit baseline that organisers' tools
use (`bench/scheduling/greedy.py`). Every schedule is validated twice: by the solver's own
`incontra schedule --check` and by the independent checker `bench/scheduling/validate.py`.
Heavy runs are serialised with `flock /tmp/incontra-bench.lock`; raw results go to `bench/out/`.
"""


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def block_body(text: str, name: str) -> str | None:
    start, end = markers(name)
    found = re.search(re.escape(start) + r"\n?(.*?)" + re.escape(end), text, re.DOTALL)
    return None if found is None else found.group(1)


def replace_block(text: str, name: str, body: str) -> str:
    """`text` with the lines between the markers of `name` replaced by `body`."""
    start, end = markers(name)
    head, found, rest = text.partition(start)
    if not found or end not in rest:
        raise ValueError(f"docs/benchmarks.md has no {start} ... {end} block")
    return head + start + "\n" + body.strip("\n") + "\n" + end + rest.split(end, 1)[1]


def section_skeleton(text: str) -> str:
    """The scheduling section with every sub-block, keeping the figures already written."""
    parts = [INTRO]
    for name, (title, command) in SUB_BLOCKS.items():
        start, end = markers(name)
        body = block_body(text, name) or f"(not yet run: `{command}`)\n"
        parts.append(f"### {title}\n\n{start}\n{body.strip(chr(10))}\n{end}\n")
    return "\n".join(parts)


def write_block(name: str, body: str, path: Path = BENCHMARKS_MD) -> None:
    """Replace the figures of sub-block `name` in docs/benchmarks.md."""
    text = path.read_text(encoding="utf-8")
    text = replace_block(text, SECTION, section_skeleton(text))
    path.write_text(replace_block(text, name, body), encoding="utf-8")


def table(header: list[str], rows: list[list[str]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
