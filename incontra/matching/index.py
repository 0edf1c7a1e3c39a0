"""An on-disk index of profiles for directory-scale matching.

Profiles of each kind live in their own usearch partition, so a query only ever searches the
complementary kind; the other hard rules (organisation, target countries) are applied to the
candidates fetched, fetching more when too many fall out. The candidates are then re-ranked with
the full score. The index keeps every vector it needs, so a query never re-encodes the directory,
and a profile can be added, changed or removed without a rebuild.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import numpy as np
from usearch.index import Index

from incontra.matching.encoder import Encoder, load_encoder
from incontra.matching.explain import check_language, reasons
from incontra.matching.language import profile_language
from incontra.matching.profiles import KINDS, Match, Profile, ProfileError
from incontra.matching.rules import COMPLEMENT, may_match
from incontra.matching.score import DEFAULT_MODEL, ScoreModel
from incontra.matching.signals import (
    Embeddings,
    ProfileTerms,
    full_vectors,
    profile_terms,
    semantic_features,
    symbolic_features,
)
from incontra.matching.terms import TermFrequencies

INDEX_FORMAT = "incontra-match-index/1"
# Partitions up to this size are searched exhaustively: exact, and still well under a millisecond.
EXACT_SEARCH_BELOW = 20_000
# Candidates re-ranked per query: the ANN order is good enough to hold the right partner in them.
MIN_POOL = 100
HUB_NEIGHBOURS = 10


class MatchIndex:
    def __init__(self, encoder: Encoder | None = None, model: ScoreModel = DEFAULT_MODEL) -> None:
        self.encoder = encoder if encoder is not None else load_encoder()
        self.model = model
        self.profiles: dict[str, Profile] = {}
        self.languages: dict[str, str | None] = {}
        self._terms: dict[str, ProfileTerms] = {}
        self._slot: dict[str, int] = {}
        self._slot_ids: list[str | None] = []
        self._free: list[int] = []
        self._vectors: dict[str, np.ndarray] = {}
        self._hub = np.zeros(0, dtype=np.float32)
        self._stale_hubs: set[int] = set()
        self._partitions: dict[str, Index] = {}
        self._technology_frequencies = TermFrequencies()
        self._neutral_frequencies = TermFrequencies()

    def __len__(self) -> int:
        return len(self.profiles)

    def __contains__(self, profile_id: str) -> bool:
        return profile_id in self.profiles

    # --- changes --------------------------------------------------------------------------------

    def add(self, profiles: list[Profile]) -> None:
        """Add profiles, or replace those whose id is already indexed."""
        if not profiles:
            return
        self.remove([p.id for p in profiles if p.id in self.profiles])
        title, text = self._encode(profiles)
        full = full_vectors(title, text)
        slots = [self._take_slot(profile.id) for profile in profiles]
        self._store_vectors(slots, title, text, full)
        for profile in profiles:
            self._remember(profile)
        self._add_to_partitions(profiles, slots, full)

    def remove(self, profile_ids: list[str]) -> None:
        for profile_id in profile_ids:
            profile = self.profiles.pop(profile_id, None)
            if profile is None:
                continue
            slot = self._slot.pop(profile_id)
            self._partitions[profile.kind].remove(slot)
            self._slot_ids[slot] = None
            self._free.append(slot)
            self._stale_hubs.discard(slot)
            self._forget_terms(profile_id)
            self.languages.pop(profile_id, None)

    def _encode(self, profiles: list[Profile]) -> tuple[np.ndarray, np.ndarray]:
        titles = [p.title for p in profiles]
        texts = [p.text or p.title for p in profiles]  # no text: the title stands for it
        vectors = self.encoder.encode(titles + texts)
        return vectors[: len(profiles)], vectors[len(profiles) :]

    def _take_slot(self, profile_id: str) -> int:
        slot = self._free.pop() if self._free else len(self._slot_ids)
        if slot == len(self._slot_ids):
            self._slot_ids.append(profile_id)
        else:
            self._slot_ids[slot] = profile_id
        self._slot[profile_id] = slot
        return slot

    def _store_vectors(self, slots: list[int], title, text, full) -> None:
        for name, rows in (("title", title), ("text", text), ("full", full)):
            self._vectors[name] = _grown(self._vectors.get(name), len(self._slot_ids), rows.shape[1])
            self._vectors[name][slots] = rows
        self._hub = _grown_1d(self._hub, len(self._slot_ids))
        self._stale_hubs.update(slots)

    def _remember(self, profile: Profile, known_language: str | None = None) -> None:
        self.profiles[profile.id] = profile
        self.languages[profile.id] = known_language or profile_language(
            profile.title, profile.text, profile.language
        )
        terms = profile_terms(profile)
        self._terms[profile.id] = terms
        self._technology_frequencies.add(terms.technologies)
        self._neutral_frequencies.add(terms.neutral)

    def _forget_terms(self, profile_id: str) -> None:
        terms = self._terms.pop(profile_id)
        self._technology_frequencies.remove(terms.technologies)
        self._neutral_frequencies.remove(terms.neutral)

    def _add_to_partitions(self, profiles: list[Profile], slots: list[int], full) -> None:
        for kind in {p.kind for p in profiles}:
            rows = [i for i, p in enumerate(profiles) if p.kind == kind]
            keys = np.array([slots[i] for i in rows], dtype=np.uint64)
            self._partition(kind).add(keys, full[rows])

    def _partition(self, kind: str) -> Index:
        if kind not in self._partitions:
            ndim = self._vectors["full"].shape[1]
            self._partitions[kind] = Index(ndim=ndim, metric="cos", dtype="f16")
        return self._partitions[kind]

    # --- hubness --------------------------------------------------------------------------------

    def refresh_hubs(self, everything: bool = False) -> None:
        """How close each profile sits to its nearest complementary profiles (for CSLS).

        Computed for new and changed profiles; `everything=True` also refreshes those whose
        neighbourhood changed since, which a large batch of changes warrants.
        """
        slots = range(len(self._slot_ids)) if everything else sorted(self._stale_hubs)
        by_kind: dict[str, list[int]] = {}
        for slot in slots:
            profile_id = self._slot_ids[slot]
            if profile_id is not None:
                by_kind.setdefault(self.profiles[profile_id].kind, []).append(slot)
        for kind, kind_slots in by_kind.items():
            self._hub[kind_slots] = self._mean_neighbour_similarity(COMPLEMENT[kind], kind_slots)
        self._stale_hubs.clear()

    def _mean_neighbour_similarity(self, kind: str, slots: list[int]) -> np.ndarray:
        partition = self._partitions.get(kind)
        if partition is None or len(partition) == 0:
            return np.zeros(len(slots), dtype=np.float32)
        vectors = self._vectors["full"][slots]
        found = self._search(partition, vectors, HUB_NEIGHBOURS)
        similarities = 1.0 - np.atleast_2d(found.distances)
        # usearch answers a batch of one with a single result that has no `counts`.
        counts = np.atleast_1d(getattr(found, "counts", len(found.keys)))
        mask = np.arange(similarities.shape[1])[None, :] < counts[:, None]
        return (similarities * mask).sum(axis=1) / np.maximum(counts, 1)

    @staticmethod
    def _search(partition: Index, vectors: np.ndarray, count: int):
        exact = len(partition) <= EXACT_SEARCH_BELOW
        return partition.search(vectors, min(count, len(partition)), exact=exact)

    # --- queries --------------------------------------------------------------------------------

    def query(self, profile_id: str, top: int = 10, lang: str = "en") -> list[Match]:
        """The best partners for an indexed profile, best first, with reasons in `lang`."""
        check_language(lang)
        if self._stale_hubs:
            self.refresh_hubs()
        profile = self.profiles[profile_id]
        candidates = self.candidates(profile_id, pool=max(MIN_POOL, 10 * top))
        if not candidates:
            return []
        scores, title_similarity = self._score(profile_id, candidates)
        order = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i]))[:top]
        return [self._match(profile, candidates[i], scores[i], title_similarity[i], lang)
                for i in order]

    def candidates(self, profile_id: str, pool: int) -> list[str]:
        """Up to `pool` profiles allowed by the hard rules, nearest first by the full vector."""
        profile = self.profiles[profile_id]
        partition = self._partitions.get(COMPLEMENT[profile.kind])
        if partition is None or len(partition) == 0:
            return []
        vector = self._vectors["full"][self._slot[profile_id]]
        fetch = pool
        while True:
            found = self._search(partition, vector, fetch)
            allowed = [self._slot_ids[int(key)] for key in found.keys]
            allowed = [other for other in allowed if may_match(profile, self.profiles[other])]
            if len(allowed) >= pool or fetch >= len(partition):
                return allowed[:pool]
            fetch *= 4  # the rules removed too many: over-fetch more

    def features(self, profile_id: str, candidates: list[str]) -> np.ndarray:
        """One row of signals (see signals.FEATURES) per candidate."""
        slot = self._slot[profile_id]
        slots = [self._slot[other] for other in candidates]
        semantic = semantic_features(
            self._embeddings([slot]), self._embeddings(slots), float(self._hub[slot]),
            self._hub[slots],
        )
        symbolic = symbolic_features(
            self._terms[profile_id], [self._terms[other] for other in candidates],
            self._technology_frequencies, self._neutral_frequencies,
        )
        return np.hstack([semantic, symbolic])

    def _embeddings(self, slots: list[int]) -> Embeddings:
        return Embeddings(**{name: self._vectors[name][slots] for name in ("title", "text", "full")})

    def _score(self, profile_id: str, candidates: list[str]) -> tuple[np.ndarray, np.ndarray]:
        features = self.features(profile_id, candidates)
        return self.model.scores(features), features[:, 1]

    def _match(self, profile: Profile, other_id: str, score: float, title_similarity: float,
               lang: str) -> Match:
        explained = reasons(
            profile, self.profiles[other_id], self._terms[profile.id], self._terms[other_id],
            title_similarity=float(title_similarity), lang=lang,
        )
        return Match(profile=other_id, score=float(score), reasons=explained)

    # --- disk -----------------------------------------------------------------------------------

    def save(self, directory: str | Path) -> None:
        if self._stale_hubs:
            self.refresh_hubs()
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        for kind, partition in self._partitions.items():
            partition.save(str(directory / f"{kind}.usearch"))
        np.savez(directory / "vectors.npz", hub=self._hub, **self._vectors)
        (directory / "index.json").write_text(
            json.dumps(self._metadata(), ensure_ascii=False), encoding="utf-8"
        )

    def _metadata(self) -> dict:
        return {
            "format": INDEX_FORMAT,
            "encoder": self.encoder.name,
            "slots": self._slot_ids,
            "profiles": [asdict(p) for p in self.profiles.values()],
            "languages": self.languages,
        }

    @classmethod
    def load(cls, directory: str | Path, encoder: Encoder | None = None,
             model: ScoreModel = DEFAULT_MODEL) -> MatchIndex:
        directory = Path(directory)
        metadata = json.loads((directory / "index.json").read_text(encoding="utf-8"))
        index = cls(encoder, model)
        if metadata.get("format") != INDEX_FORMAT:
            raise ProfileError(f"{directory} is not an {INDEX_FORMAT} index")
        if metadata["encoder"] != index.encoder.name:
            raise ProfileError(
                f"{directory} was built with encoder {metadata['encoder']!r}, "
                f"not {index.encoder.name!r}: rebuild it"
            )
        index._restore(directory, metadata)
        return index

    def _restore(self, directory: Path, metadata: dict) -> None:
        with np.load(directory / "vectors.npz") as stored:
            self._vectors = {name: stored[name] for name in ("title", "text", "full")}
            self._hub = stored["hub"]
        self._slot_ids = metadata["slots"]
        self._free = [slot for slot, pid in enumerate(self._slot_ids) if pid is None]
        self._slot = {pid: slot for slot, pid in enumerate(self._slot_ids) if pid is not None}
        languages = metadata["languages"]
        for entry in metadata["profiles"]:
            profile = _profile_from_saved(entry)
            self._remember(profile, languages.get(profile.id))
        for kind in KINDS:
            path = directory / f"{kind}.usearch"
            if path.exists():
                self._partitions[kind] = Index.restore(str(path))


def _profile_from_saved(entry: dict) -> Profile:
    for field in ("sectors", "technologies", "target_countries"):
        if entry.get(field) is not None:
            entry[field] = tuple(entry[field])
    return Profile(**entry)


def _grown(array: np.ndarray | None, rows: int, columns: int) -> np.ndarray:
    """Room for `rows` rows, doubling so that adding one profile at a time stays cheap."""
    if array is not None and array.shape[0] >= rows:
        return array
    capacity = max(rows, 2 * (0 if array is None else array.shape[0]), 64)
    grown = np.zeros((capacity, columns), dtype=np.float16)
    if array is not None:
        grown[: array.shape[0]] = array
    return grown


def _grown_1d(array: np.ndarray, rows: int) -> np.ndarray:
    if array.shape[0] >= rows:
        return array
    grown = np.zeros(max(rows, 2 * array.shape[0], 64), dtype=np.float32)
    grown[: array.shape[0]] = array
    return grown
