"""The scheduling section of docs/benchmarks.md (the writing itself is `bench/docs.py`).

The scheduling section (`<!-- scheduling:start -->` ... `<!-- scheduling:end -->`) holds one
nested block per benchmark (`<!-- scheduling-jair:start -->` ...), so that every script rewrites
only its own figures and leaves the others' (and the rest of the page) untouched.
"""

from __future__ import annotations

from pathlib import Path

from bench.docs import BENCHMARKS_MD, Section, block_body, markers, replace_block, table

__all__ = ["block_body", "markers", "replace_block", "table", "write_block"]

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


SECTION = Section("scheduling", INTRO, SUB_BLOCKS)


def section_skeleton(text: str) -> str:
    return SECTION.skeleton(text)


def write_block(name: str, body: str, path: Path = BENCHMARKS_MD) -> None:
    SECTION.write_block(name, body, path)
