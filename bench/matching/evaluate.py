"""Quality of Incontra's matcher on the labelled evaluation set, beside two baselines.

    python -m bench.matching.evaluate --split test      # the held-out figures
    python -m bench.matching.evaluate --split dev

For each system (TF-IDF, the plain multilingual encoder, Incontra's full matcher) it ranks the
ten best partners of every profile in the split, then reports recall@10, MRR and nDCG@10 over the
judged queries, split into sibling/distinct and same-/cross-language queries and per language
pair, and counts the rule violations in every list returned. The table goes to
docs/benchmarks.md (block `matching-quality-<split>`), the raw rankings and per-query scores to
bench/out/matching-quality-<split>.json.
"""

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench.matching import baselines, docs
from bench.matching.metrics import mean_scores, query_scores
from bench.matching.rules import Profile, rule_violation

DATA_DIR = Path(__file__).parent / "data"
OUT_DIR = docs.REPO / "bench" / "out"
SYSTEMS = ("tfidf", "encoder", "incontra")
SYSTEM_NAMES = {"tfidf": "TF-IDF", "encoder": "plain encoder", "incontra": "Incontra"}
TOP = 10
# The targets on sibling needs, cross-language.
TARGET_MRR = 0.92
TARGET_RECALL = 0.99


def load_split(split: str) -> tuple[Path, list[dict], dict]:
    path = DATA_DIR / f"{split}.json"
    profiles = json.loads(path.read_text(encoding="utf-8"))["profiles"]
    qrels = json.loads((DATA_DIR / f"{split}_qrels.json").read_text(encoding="utf-8"))
    return path, profiles, qrels


def rank_incontra(path: Path) -> dict[str, list[str]]:
    from incontra.matching.engine import match
    from incontra.matching.profiles import load_profiles

    found = match(load_profiles(path), top=TOP, lang="en")
    return {profile_id: [m.profile for m in matches] for profile_id, matches in found.items()}


def rank(system: str, path: Path, profiles: list[Profile]) -> dict[str, list[str]]:
    if system == "tfidf":
        return baselines.rank_tfidf(profiles, TOP)
    if system == "encoder":
        from incontra.matching.encoder import load_encoder

        return baselines.rank_plain_encoder(profiles, load_encoder(), TOP)
    return rank_incontra(path)


def violations(rankings: dict[str, list[str]], profiles: list[Profile]) -> list[dict]:
    by_id = {profile.id: profile for profile in profiles}
    found = []
    for profile_id, ranked in rankings.items():
        for other in ranked:
            problem = ("unknown profile" if other not in by_id
                       else rule_violation(by_id[profile_id], by_id[other]))
            if problem:
                found.append({"query": profile_id, "profile": other, "rule": problem})
    return found


def is_cross(languages: str) -> bool:
    first, second = languages.split("-")
    return first != second


def slice_names(query: dict) -> list[str]:
    side = "cross-language" if is_cross(query["languages"]) else "same-language"
    return [f"{query['group']}, {side}", f"{query['group']}, all", "all queries"]


def language_pair(languages: str) -> str:
    return "-".join(sorted(languages.split("-")))


def per_query(rankings: dict[str, list[str]], qrels: dict) -> dict[str, dict]:
    return {query_id: query_scores(rankings.get(query_id, []), query["relevant"], TOP)
            for query_id, query in qrels["queries"].items()}


def summarise(scores: dict[str, dict], qrels: dict, key) -> dict[str, dict]:
    grouped = defaultdict(list)
    for query_id, query in qrels["queries"].items():
        for name in key(query):
            grouped[name].append(scores[query_id])
    return {name: mean_scores(rows) for name, rows in sorted(grouped.items())}


def evaluate(split: str, systems: tuple[str, ...]) -> dict:
    path, raw_profiles, qrels = load_split(split)
    profiles = [Profile.from_dict(entry) for entry in raw_profiles]
    results = {"split": split, "profiles": len(profiles), "queries": len(qrels["queries"]),
               "systems": {}}
    for system in systems:
        started = time.perf_counter()
        rankings = rank(system, path, profiles)
        seconds = time.perf_counter() - started
        scores = per_query(rankings, qrels)
        results["systems"][system] = {
            "seconds": round(seconds, 2),
            "violations": violations(rankings, profiles),
            "slices": summarise(scores, qrels, slice_names),
            "sibling_pairs": summarise(
                scores, qrels,
                lambda q: [language_pair(q["languages"])] if q["group"] == "sibling" else []),
            "per_query": scores,
            "rankings": rankings,
        }
        print(f"{system}: {seconds:.1f} s, "
              f"{len(results['systems'][system]['violations'])} rule violations", flush=True)
    return results


# --- the report ---------------------------------------------------------------------------------

SLICE_ORDER = ("sibling, cross-language", "sibling, same-language", "sibling, all",
               "distinct, cross-language", "distinct, same-language", "all queries")


def figure(value: float) -> str:
    return f"{value:.3f}"


def slice_table(results: dict) -> str:
    rows = []
    for name in SLICE_ORDER:
        for system, outcome in results["systems"].items():
            summary = outcome["slices"].get(name)
            if summary is None or not summary["queries"]:
                continue
            rows.append([name, SYSTEM_NAMES[system], str(summary["queries"]),
                         figure(summary["recall@10"]), figure(summary["mrr"]),
                         figure(summary["ndcg@10"])])
    return docs.table(["queries", "system", "n", "recall@10", "MRR", "nDCG@10"], rows)


def pair_table(results: dict) -> str:
    systems = results["systems"]
    pairs = sorted(next(iter(systems.values()))["sibling_pairs"],
                   key=lambda pair: (pair.split("-")[0] == pair.split("-")[1], pair))
    header = ["languages", "n"] + [f"MRR {SYSTEM_NAMES[s]}" for s in systems]
    header += [f"R@10 {SYSTEM_NAMES[s]}" for s in systems]
    rows = []
    for pair in pairs:
        summaries = [systems[s]["sibling_pairs"][pair] for s in systems]
        rows.append([pair, str(summaries[0]["queries"])]
                    + [figure(summary["mrr"]) for summary in summaries]
                    + [figure(summary["recall@10"]) for summary in summaries])
    return docs.table(header, rows)


def bootstrap_interval(differences: list[float], rounds: int = 2000,
                       seed: int = 1) -> tuple[float, float]:
    """95% interval of the mean difference, resampling queries with replacement."""
    rng = random.Random(seed)
    means = sorted(sum(rng.choices(differences, k=len(differences))) / len(differences)
                   for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def wins_and_losses(results: dict, qrels: dict) -> str | None:
    systems = results["systems"]
    if "incontra" not in systems or "encoder" not in systems:
        return None
    ours, plain = systems["incontra"]["per_query"], systems["encoder"]["per_query"]
    better = sum(ours[q]["mrr"] > plain[q]["mrr"] + 1e-12 for q in ours)
    worse = sum(ours[q]["mrr"] < plain[q]["mrr"] - 1e-12 for q in ours)
    target = [q for q, query in qrels["queries"].items()
              if query["group"] == "sibling" and is_cross(query["languages"])]
    text = (f"Per query (reciprocal rank), Incontra beats the plain encoder on {better} queries "
            f"and loses on {worse}, of {len(ours)}.")
    if target:
        differences = [ours[q]["mrr"] - plain[q]["mrr"] for q in target]
        low, high = bootstrap_interval(differences)
        text += (f" On sibling cross-language queries the MRR gain is "
                 f"{sum(differences) / len(differences):+.3f} (95% bootstrap interval "
                 f"{low:+.3f} to {high:+.3f}).")
    return text


def worse_pairs(results: dict) -> list[str]:
    systems = results["systems"]
    if "incontra" not in systems or "encoder" not in systems:
        return []
    ours, plain = systems["incontra"]["sibling_pairs"], systems["encoder"]["sibling_pairs"]
    return [pair for pair in ours if ours[pair]["mrr"] < plain[pair]["mrr"] - 1e-9]


def target_lines(results: dict) -> list[str]:
    outcome = results["systems"].get("incontra")
    if outcome is None:
        return ["Incontra's matcher was not run."]
    target = outcome["slices"].get("sibling, cross-language", {"queries": 0})
    lines = []
    if results["split"] == "dev":
        lines.append("The weights are fitted on this split, so these lines are for reference; "
                     "the targets are judged on the held-out splits.")
    if target["queries"]:
        met = target["mrr"] >= TARGET_MRR and target["recall@10"] >= TARGET_RECALL
        lines.append(
            f"Targets on sibling needs, cross-language (MRR ≥ {TARGET_MRR}, recall@10 ≥ "
            f"{TARGET_RECALL}): MRR {figure(target['mrr'])}, recall@10 "
            f"{figure(target['recall@10'])}: **{'met' if met else 'not met'}**.")
    worse = worse_pairs(results)
    lines.append("Never worse than the plain encoder on a language pair (sibling queries): "
                 + ("**met**." if not worse else f"**not met** on {', '.join(worse)}."))
    return lines


def markdown(results: dict, command: str, qrels: dict) -> str:
    systems = results["systems"]
    counts = ", ".join(f"{SYSTEM_NAMES[s]} {len(o['violations'])}" for s, o in systems.items())
    times = ", ".join(f"{SYSTEM_NAMES[s]} {o['seconds']:.1f} s" for s, o in systems.items())
    parts = [
        f"`{command}`: {results['profiles']} profiles, {results['queries']} judged queries.",
        slice_table(results),
        "Sibling queries per language pair (either direction):",
        pair_table(results),
        f"Rule violations in all lists returned: {counts}. Wall time (encoding included): {times}.",
    ]
    extra = wins_and_losses(results, qrels)
    parts += ([extra] if extra else []) + target_lines(results)
    return "\n\n".join(parts)


def write_raw(results: dict) -> Path:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"matching-quality-{results['split']}.json"
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.matching.evaluate",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "blind"), default="test")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="comma-separated, among " + ", ".join(SYSTEMS))
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    arguments = parser.parse_args(argv)
    chosen = tuple(name.strip() for name in arguments.systems.split(",") if name.strip())
    unknown = [name for name in chosen if name not in SYSTEMS]
    if unknown or not chosen:
        parser.error(f"unknown system(s): {', '.join(unknown) or '(none)'}")
    arguments.systems = chosen
    return arguments


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    results = evaluate(arguments.split, arguments.systems)
    command = f"python -m bench.matching.evaluate --split {arguments.split}"
    if arguments.systems != SYSTEMS:
        command += " --systems " + ",".join(arguments.systems)
    report = markdown(results, command, load_split(arguments.split)[2])
    print(report)
    print(f"raw results: {write_raw(results)}")
    if not arguments.no_docs:
        docs.write_block(f"matching-quality-{arguments.split}", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
