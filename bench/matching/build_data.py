"""Build the matching evaluation set from its hand-authored sources.

    python -m bench.matching.build_data

writes bench/matching/data/{dev,test,blind}.json (`incontra-profiles/1`) and
{dev,test,blind}_qrels.json (`incontra-qrels/1`, described in data/README.md). Ids are assigned
after a seeded shuffle so that neighbouring ids say nothing about which profiles belong together.
"""

import json
import random
from importlib import import_module
from pathlib import Path

from bench.matching.authoring.model import KINDS, Draft, Niche
from bench.matching.rules import Profile, rule_violation

DATA_DIR = Path(__file__).parent / "data"
SPLITS = {
    "dev": ("d", ["payments", "logistics", "healthcare", "laboratory", "bpm", "manufacturing",
                  "distinct"]),
    "test": ("t", ["mechatronics", "greentech", "aerospace", "agrifood", "payments",
                   "healthcare", "distinct"]),
    # Written in full before any system was run on it; evaluated once, at the end (data/README.md).
    "blind": ("b", ["grid", "construction", "textile", "cyber", "water", "edtech", "tourism",
                    "insurance", "legal", "proptech", "distinct"]),
}


def split_niches(split: str) -> list[Niche]:
    _, modules = SPLITS[split]
    return [import_module(f"bench.matching.authoring.{split}_{name}").niche for name in modules]


def profile_of(draft: Draft, niche: Niche, profile_id: str) -> dict:
    country, _, subdivision = draft.place.partition("-")
    profile = {
        "id": profile_id,
        "organisation": draft.organisation,
        "country": country,
        "region": draft.place if subdivision else None,
        "kind": KINDS[draft.kind],
        "title": draft.title,
        "text": draft.text,
        "language": draft.language,
        "sectors": list(niche.sectors if draft.sectors is None else draft.sectors),
        "technologies": list(niche.technologies if draft.technologies is None
                             else draft.technologies),
    }
    if not subdivision:
        del profile["region"]
    if draft.targets:
        profile["target_countries"] = list(draft.targets)
    return profile


def assign_ids(split: str, niches: list[Niche]) -> dict[str, str]:
    prefix, _ = SPLITS[split]
    keys = [f"{niche.name}/{draft.key}" for niche in niches for draft in niche.drafts]
    if len(set(keys)) != len(keys):
        raise ValueError(f"duplicate draft keys in {split}")
    random.Random(f"incontra-{split}").shuffle(keys)
    return {key: f"{prefix}-{number:04d}" for number, key in enumerate(keys, start=1)}


def relevance(niches: list[Niche], ids: dict[str, str]) -> dict[str, dict[str, int]]:
    relevant: dict[str, dict[str, int]] = {}
    for niche in niches:
        for first, second, grade in niche.pairs:
            a, b = ids[f"{niche.name}/{first}"], ids[f"{niche.name}/{second}"]
            relevant.setdefault(a, {})[b] = grade
            relevant.setdefault(b, {})[a] = grade
    return relevant


def language_pair(query: dict, relevant: dict[str, int], by_id: dict[str, dict]) -> str:
    languages = {by_id[other]["language"] for other in relevant}
    same = {language == query["language"] for language in languages}
    if len(same) != 1:
        raise ValueError(f"{query['id']}: relevant profiles mix same- and cross-language")
    partner = by_id[max(relevant, key=lambda other: (relevant[other], other))]
    return f"{query['language']}-{partner['language']}"


def build(split: str) -> tuple[dict, dict]:
    niches = split_niches(split)
    ids = assign_ids(split, niches)
    profiles, meta = [], {}
    for niche in niches:
        for draft in niche.drafts:
            key = f"{niche.name}/{draft.key}"
            profiles.append(profile_of(draft, niche, ids[key]))
            meta[ids[key]] = {"key": key, "niche": niche.name, "group": niche.group,
                              "role": draft.role}
    profiles.sort(key=lambda profile: profile["id"])
    by_id = {profile["id"]: profile for profile in profiles}
    queries = {}
    for query_id, relevant in sorted(relevance(niches, ids).items()):
        for other in relevant:
            problem = rule_violation(Profile.from_dict(by_id[query_id]),
                                     Profile.from_dict(by_id[other]))
            if problem:
                raise ValueError(f"{meta[query_id]['key']} ~ {meta[other]['key']}: {problem}")
        queries[query_id] = {
            "relevant": dict(sorted(relevant.items())),
            "group": meta[query_id]["group"],
            "niche": meta[query_id]["niche"],
            "languages": language_pair(by_id[query_id], relevant, by_id),
        }
    document = {"format": "incontra-profiles/1", "profiles": profiles}
    qrels = {"format": "incontra-qrels/1", "split": split, "queries": queries,
             "profiles": dict(sorted(meta.items()))}
    return document, qrels


def write_json(path: Path, document: dict) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    for split in SPLITS:
        try:
            document, qrels = build(split)
        except ModuleNotFoundError as missing:
            print(f"{split}: skipped ({missing.name} not written yet)")
            continue
        write_json(DATA_DIR / f"{split}.json", document)
        write_json(DATA_DIR / f"{split}_qrels.json", qrels)
        print(f"{split}: {len(document['profiles'])} profiles, {len(qrels['queries'])} queries")


if __name__ == "__main__":
    main()
