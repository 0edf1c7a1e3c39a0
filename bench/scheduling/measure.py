"""Running the solver's command as a child process, with its wall time and peak memory.

Peak memory is the child's own maximum resident set size, read from `os.wait4` (the kernel's
rusage of that one process), so no third-party package is needed and earlier runs do not count.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "bench" / "out"
GRACE_SECONDS = 60  # beyond the solver's own time limit, before the run is killed


@dataclass(frozen=True)
class Measured:
    exit_code: int
    wall_seconds: float
    peak_rss_mib: float
    killed: bool
    output: str  # stdout and stderr, interleaved


def run_measured(command: list[str], timeout: float) -> Measured:
    """Run `command`, killing it (and its process group) after `timeout` seconds."""
    start = time.monotonic()
    # The command is built by this package (the solver's own CLI), never from outside input.
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,  # noqa: S603
                          start_new_session=True, cwd=REPO) as process:
        killed = threading.Event()
        timer = threading.Timer(timeout, _kill_group, (process.pid, killed))
        timer.start()
        chunks: list[bytes] = []
        reader = threading.Thread(target=lambda: chunks.append(process.stdout.read()))
        reader.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        timer.cancel()
        reader.join()
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return Measured(
        exit_code=process.returncode, wall_seconds=wall, peak_rss_mib=usage.ru_maxrss / 1024,
        killed=killed.is_set(), output=b"".join(chunks).decode("utf-8", "replace"),
    )


def _kill_group(pid: int, killed: threading.Event) -> None:
    killed.set()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def solver_command(problem: Path, schedule: Path, time_limit: float, workers: int,
                   seed: int = 1) -> list[str]:
    return [sys.executable, "-m", "incontra", "schedule", str(problem), "-o", str(schedule),
            "--time-limit", f"{time_limit:g}", "--seed", str(seed), "--workers", str(workers)]


def check_command(problem: Path, schedule: Path) -> list[str]:
    return [sys.executable, "-m", "incontra", "schedule", "--check", str(problem), str(schedule)]


def solver_available() -> bool:
    return (REPO / "incontra" / "scheduling" / "cli.py").exists()


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def machine() -> str:
    """A one-line description of where the figures were taken."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} cores ({cpu}), Python {sys.version.split()[0]}, "
            f"OR-Tools {_version('ortools')}")


def load_note(before: float) -> str:
    """The machine's 1-minute load average before and after a run: on 2 cores, above ~2 means
    other work competed with the timed runs."""
    return f"load average {before:.1f} before, {os.getloadavg()[0]:.1f} after the runs"


def solver_revision() -> str:
    """The last commit of incontra/scheduling/, and whether the files differ from it."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,  # noqa: S603, S607
                              check=False)
        return done.stdout.strip()

    commit = git("log", "-1", "--format=%h", "--", "incontra/scheduling") or "uncommitted"
    dirty = git("status", "--porcelain", "--", "incontra/scheduling")
    return commit + (" with uncommitted changes" if dirty else "")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"
