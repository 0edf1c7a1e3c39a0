"""An on-disk index of profiles for directory-scale matching.

Profiles of each kind live in their own usearch partition, so a query only ever searches the
complementary kind; the other hard rules (organisation, target countries) are applied to the
candidates fetched, fetching more when too many fall out. The candidates are then re-ranked with
the full score. The index keeps every vector it needs, so a query never re-encodes the directory,
and a profile can be added, changed or removed without a rebuild.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

import numpy as np
from usearch.index import Index

from incontra.matching.encoder import PARALLEL_MIN_TEXTS, Encoder, load_encoder
from incontra.matching.explain import check_language, reasons
from incontra.matching.filters import RuleTable
from incontra.matching.language import profile_language
from incontra.matching.profiles import KINDS, Match, Profile, ProfileError
from incontra.matching.rules import COMPLEMENT
from incontra.matching.score import DEFAULT_MODEL, ScoreModel
from incontra.matching.signals import (
    PARTNER_NEIGHBOURS,
    SOFTMAX_TEMPERATURE,
    ProfileTerms,
    encoded_text,
    log_partition,
    profile_terms,
    semantic_features,
    symbolic_features,
)
from incontra.matching.terms import TermFrequencies

# /2: the detected terms are saved with the index; /3: neutral terms leave out ordinary words
# (terms.ordinary_words). An older index is refused and rebuilt.
INDEX_FORMAT = "incontra-match-index/3"
# A query searches a partition up to this size exhaustively: exact, and a few milliseconds.
EXACT_SEARCH_BELOW = 20_000
# Building neighbour lists searches for every profile at once: exhaustive only while that stays
# cheap (it grows with the square of the partition), the HNSW graph beyond.
EXACT_BATCH_BELOW = 4_000
# From this many profiles to refresh at once, neighbour lists come from exact matrix products
# by blocks of REFRESH_BLOCK rows: with 25,000 partners a block's similarities, their negation
# and argpartition's int64 indices take about 100 MB together.
BLOCK_REFRESH_FROM = 256
REFRESH_BLOCK = 256
# Columns whose nearest rows are updated at once: an early block's entries then take ~50 MB.
TOP_COLUMNS = 4096
# HNSW: candidates examined when inserting and searching; a search needs at least the pool.
# A small insertion expansion builds the graph about twice as fast as usearch's default, and
# the search expansion, above the pool size, keeps finding nearly all of the exact top 100.
EXPANSION_ADD = 32
EXPANSION_SEARCH = 128
# Candidates re-ranked per query: the plain vector order holds the right partner among them.
MIN_POOL = 100
# Neighbours fetched before the rules filter them down to PARTNER_NEIGHBOURS.
FETCH_NEIGHBOURS = PARTNER_NEIGHBOURS * 3 // 2
EMPTY_SIMILARITY = -2.0
# From this many profiles at once (where the default encoder hands the texts to worker
# processes, leaving this one idle) languages and terms are found while the texts are encoded.
OVERLAP_FROM = PARALLEL_MIN_TEXTS


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
        self._vectors = np.zeros((0, 0), dtype=np.float16)
        # Per slot: similarities to its nearest allowed partners, best first.
        self._neighbours = np.zeros((0, PARTNER_NEIGHBOURS), dtype=np.float16)
        self._stale: set[int] = set()
        self._rules = RuleTable()
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
        vectors, described = self._encode_and_describe(profiles)
        slots = [self._take_slot(profile.id) for profile in profiles]
        self._store_vectors(slots, vectors)
        for profile, slot, (language, terms) in zip(profiles, slots, described, strict=True):
            self._remember(profile, language, terms)
            self._rules.set(slot, profile)
        self._add_to_partitions(profiles, slots, vectors)

    def _encode_and_describe(self, profiles: list[Profile]):
        """Vectors, and each profile's language and terms: for a large batch, found meanwhile."""
        texts = [encoded_text(profile) for profile in profiles]
        if len(profiles) < OVERLAP_FROM:
            return self.encoder.encode(texts), [_described(p) for p in profiles]
        with ThreadPoolExecutor(1) as encoding:
            vectors = encoding.submit(self.encoder.encode, texts)
            described = [_described(p) for p in profiles]
            return vectors.result(), described

    def remove(self, profile_ids: list[str]) -> None:
        for profile_id in profile_ids:
            if profile_id not in self.profiles:
                continue
            profile = self.profiles.pop(profile_id)
            slot = self._slot.pop(profile_id)
            self._partitions[profile.kind].remove(slot)
            self._slot_ids[slot] = None
            self._free.append(slot)
            self._stale.discard(slot)
            self._forget_terms(profile_id)
            self.languages.pop(profile_id, None)

    def _take_slot(self, profile_id: str) -> int:
        slot = self._free.pop() if self._free else len(self._slot_ids)
        if slot == len(self._slot_ids):
            self._slot_ids.append(profile_id)
        else:
            self._slot_ids[slot] = profile_id
        self._slot[profile_id] = slot
        return slot

    def _store_vectors(self, slots: list[int], vectors: np.ndarray) -> None:
        rows = len(self._slot_ids)
        self._vectors = _grown(self._vectors, rows, vectors.shape[1], 0.0)
        self._neighbours = _grown(self._neighbours, rows, PARTNER_NEIGHBOURS, EMPTY_SIMILARITY)
        self._vectors[slots] = vectors
        self._neighbours[slots] = EMPTY_SIMILARITY
        self._stale.update(slots)

    def _remember(
        self,
        profile: Profile,
        known_language: str | None = None,
        known_terms: ProfileTerms | None = None,
    ) -> None:
        self.profiles[profile.id] = profile
        self.languages[profile.id] = known_language or profile_language(
            profile.title, profile.text, profile.language
        )
        terms = known_terms or profile_terms(profile)
        self._terms[profile.id] = terms
        self._technology_frequencies.add(terms.technologies)
        self._neutral_frequencies.add(terms.neutral)

    def _forget_terms(self, profile_id: str) -> None:
        terms = self._terms.pop(profile_id)
        self._technology_frequencies.remove(terms.technologies)
        self._neutral_frequencies.remove(terms.neutral)

    def _add_to_partitions(self, profiles: list[Profile], slots: list[int], vectors) -> None:
        for kind in sorted({p.kind for p in profiles}):
            rows = [i for i, p in enumerate(profiles) if p.kind == kind]
            keys = np.array([slots[i] for i in rows], dtype=np.uint64)
            self._partition(kind).add(keys, vectors[rows])

    def _partition(self, kind: str) -> Index:
        if kind not in self._partitions:
            ndim = self._vectors.shape[1]
            self._partitions[kind] = Index(
                ndim=ndim,
                metric="cos",
                dtype="f16",
                expansion_add=EXPANSION_ADD,
                expansion_search=EXPANSION_SEARCH,
            )
        return self._partitions[kind]

    # --- nearest partners, for the inverted softmax -------------------------------------------

    def refresh(self, everything: bool = False) -> None:
        """Work out the nearest allowed partners of new and changed profiles.

        Each new profile is also slotted into the lists of its neighbours. A removed profile
        stays in others' lists until `refresh(everything=True)`, which a large batch of
        removals warrants; until then their partitions are a little overstated.
        """
        slots = range(len(self._slot_ids)) if everything else sorted(self._stale)
        by_kind: dict[str, list[int]] = {}
        for slot in slots:
            profile_id = self._slot_ids[slot]
            if profile_id is not None:
                by_kind.setdefault(self.profiles[profile_id].kind, []).append(slot)
        stale = set(slots)
        done: set[str] = set()
        for kind, kind_slots in sorted(by_kind.items()):
            partner = COMPLEMENT[kind]
            if kind in done:
                continue
            if self._whole_pair_stale(kind, partner, by_kind):
                self._refresh_pair(kind_slots, by_kind[partner], stale)
                done |= {kind, partner}
            else:
                self._refresh_kind(kind, kind_slots, stale)
        self._stale.clear()

    def _whole_pair_stale(self, kind: str, partner: str, by_kind: dict[str, list[int]]) -> bool:
        """Offers and requests of a family all new (a build): one product serves both ways."""
        return (
            partner != kind
            and len(by_kind.get(kind, ())) >= BLOCK_REFRESH_FROM
            and len(by_kind.get(partner, ())) >= BLOCK_REFRESH_FROM
            and len(by_kind[kind]) == len(self._partitions[kind])
            and len(by_kind[partner]) == len(self._partitions[partner])
        )

    def _refresh_kind(self, kind: str, slots: list[int], stale: set[int]) -> None:
        partition = self._partitions.get(COMPLEMENT[kind])
        if partition is None or len(partition) == 0:
            self._neighbours[slots] = EMPTY_SIMILARITY
            return
        fetch = min(FETCH_NEIGHBOURS, len(partition))
        if len(slots) >= BLOCK_REFRESH_FROM:
            members = np.asarray(partition.keys, dtype=np.int64)
            nearest = self._nearest_by_blocks(slots, members, fetch)
        else:
            nearest = self._nearest_by_search(slots, partition, fetch)
        for slot, found in zip(slots, nearest, strict=True):
            self._keep_nearest(slot, *found, stale)

    def _refresh_pair(self, rows: list[int], columns: list[int], stale: set[int]) -> None:
        row_lists, column_lists = self._nearest_both_ways(
            np.asarray(rows, dtype=np.int64), np.asarray(columns, dtype=np.int64)
        )
        for slot, found in zip(rows, row_lists, strict=True):
            self._keep_nearest(slot, *found, stale)
        for slot, found in zip(columns, column_lists, strict=True):
            self._keep_nearest(slot, *found, stale)

    def _keep_nearest(
        self, slot: int, keys: np.ndarray, similarities: np.ndarray, stale: set[int]
    ) -> None:
        """Keep the nearest partners the rules allow; slot this profile into their lists."""
        allowed = self._rules.allowed(slot, keys)
        partners = keys[allowed][:PARTNER_NEIGHBOURS]
        kept = similarities[allowed][:PARTNER_NEIGHBOURS]
        self._set_neighbours(slot, kept)
        for other, similarity in zip(partners.tolist(), kept.tolist(), strict=True):
            if other not in stale:
                self._insert_neighbour(other, similarity)

    def _nearest_by_search(self, slots: list[int], partition: Index, fetch: int):
        """Nearest partition members of a few profiles, through the index."""
        found = self._search(partition, self._vectors[slots], fetch, exact_below=EXACT_BATCH_BELOW)
        keys, distances = np.atleast_2d(found.keys), np.atleast_2d(found.distances)
        counts = np.atleast_1d(getattr(found, "counts", keys.shape[1]))
        for row in range(len(slots)):
            yield keys[row, : counts[row]].astype(np.int64), 1.0 - distances[row, : counts[row]]

    def _nearest_by_blocks(self, slots: list[int], members: np.ndarray, fetch: int):
        """Exact nearest `members` of many profiles, by blocks of matrix products.

        For a whole directory this is both exact and much faster than one graph search per
        profile: a product of two 25,000 x 512 matrices is a few seconds of BLAS.
        """
        vectors = self._vectors[members].astype(np.float32)
        for start in range(0, len(slots), REFRESH_BLOCK):
            block = self._vectors[slots[start : start + REFRESH_BLOCK]].astype(np.float32)
            yield from _best_per_row(block @ vectors.T, members, fetch)

    def _nearest_both_ways(self, rows: np.ndarray, columns: np.ndarray):
        """Nearest columns of every row and nearest rows of every column, from one product."""
        column_vectors = self._vectors[columns].astype(np.float32)
        row_lists: list[tuple[np.ndarray, np.ndarray]] = []
        column_tops = _ColumnTops(len(columns), FETCH_NEIGHBOURS, REFRESH_BLOCK)
        for start in range(0, len(rows), REFRESH_BLOCK):
            block_rows = rows[start : start + REFRESH_BLOCK]
            similarities = self._vectors[block_rows].astype(np.float32) @ column_vectors.T
            row_lists.extend(_best_per_row(similarities, columns, FETCH_NEIGHBOURS))
            column_tops.add(similarities, block_rows)
        return row_lists, column_tops.best_first()

    def _set_neighbours(self, slot: int, similarities: np.ndarray) -> None:
        self._neighbours[slot] = EMPTY_SIMILARITY
        self._neighbours[slot, : len(similarities)] = similarities

    def _insert_neighbour(self, slot: int, similarity: float) -> None:
        row = self._neighbours[slot].astype(np.float32)
        if similarity <= row[-1]:
            return
        position = int(np.searchsorted(-row, -similarity))
        self._neighbours[slot] = np.concatenate([row[:position], [similarity], row[position:-1]])

    @staticmethod
    def _search(
        partition: Index, vectors: np.ndarray, count: int, exact_below: int = EXACT_SEARCH_BELOW
    ):
        exact = len(partition) <= exact_below
        return partition.search(vectors, min(count, len(partition)), exact=exact)

    # --- queries --------------------------------------------------------------------------------

    def query(self, profile_id: str, top: int = 10, lang: str = "en") -> list[Match]:
        """The best partners for an indexed profile, best first, with reasons in `lang`."""
        return self.query_in(profile_id, top=top, languages=(lang,))[lang]

    def query_in(
        self, profile_id: str, top: int = 10, languages: tuple[str, ...] = ("en",)
    ) -> dict[str, list[Match]]:
        """`query` with reasons in several languages, scoring the candidates only once."""
        for lang in languages:
            check_language(lang)
        if self._stale:
            self.refresh()
        candidates = self.candidates(profile_id, pool=max(MIN_POOL, 10 * top))
        if not candidates:
            return {lang: [] for lang in languages}
        features = self.features(profile_id, candidates)
        scores = self.model.scores(features)
        order = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i]))[:top]
        profile = self.profiles[profile_id]
        return {
            lang: [self._match(profile, candidates[i], scores[i], features[i, 0], lang)
                   for i in order]
            for lang in languages
        }

    def candidates(self, profile_id: str, pool: int) -> list[str]:
        """Up to `pool` profiles allowed by the hard rules, nearest first by their vectors."""
        profile = self.profiles[profile_id]
        partition = self._partitions.get(COMPLEMENT[profile.kind])
        if partition is None or len(partition) == 0:
            return []
        slot = self._slot[profile_id]
        fetch = pool
        while True:
            keys = self._search(partition, self._vectors[slot], fetch).keys.astype(np.int64)
            allowed = keys[self._rules.allowed(slot, keys)]
            if len(allowed) >= pool or fetch >= len(partition):
                return [self._slot_ids[key] for key in allowed[:pool].tolist()]
            fetch *= 4  # the rules removed too many: over-fetch more

    def features(self, profile_id: str, candidates: list[str]) -> np.ndarray:
        """One row of signals (see signals.FEATURES) per candidate."""
        if self._stale:
            self.refresh()
        slot = self._slot[profile_id]
        slots = [self._slot[other] for other in candidates]
        query = self._vectors[slot].astype(np.float32)
        rows = self._vectors[slots].astype(np.float32)
        semantic = semantic_features(query, rows, self._log_partitions(slots, rows @ query))
        symbolic = symbolic_features(
            self._terms[profile_id],
            [self._terms[other] for other in candidates],
            self._technology_frequencies,
            self._neutral_frequencies,
        )
        return np.hstack([semantic, symbolic])

    def neighbour_similarities(self, profile_ids: list[str]) -> np.ndarray:
        """Each profile's similarities to its nearest allowed partners, one row per profile."""
        if self._stale:
            self.refresh()
        return self._neighbours[[self._slot[pid] for pid in profile_ids]].astype(np.float32)

    def _log_partitions(self, slots: list[int], similarities: np.ndarray) -> np.ndarray:
        """Softmax partition of each candidate's neighbours; the query counts in it at least."""
        neighbours = self._neighbours[slots].astype(np.float32)
        partition = log_partition(neighbours)
        # A stale or empty list must not make a candidate look exclusive.
        return np.maximum(partition, similarities / SOFTMAX_TEMPERATURE)

    def _match(
        self, profile: Profile, other_id: str, score: float, similarity: float, lang: str
    ) -> Match:
        explained = reasons(
            profile,
            self.profiles[other_id],
            self._terms[profile.id],
            self._terms[other_id],
            similarity=float(similarity),
            lang=lang,
        )
        return Match(profile=other_id, score=float(score), reasons=explained)

    # --- disk -----------------------------------------------------------------------------------

    def save(self, directory: str | Path) -> None:
        if self._stale:
            self.refresh()
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        for kind, partition in self._partitions.items():
            partition.save(str(directory / f"{kind}.usearch"))
        np.savez(directory / "vectors.npz", vectors=self._vectors, neighbours=self._neighbours)
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
            # Saved so that loading a large index does not detect every term again.
            "terms": {pid: _terms_entry(terms) for pid, terms in self._terms.items()},
        }

    @classmethod
    def load(
        cls,
        directory: str | Path,
        encoder: Encoder | None = None,
        model: ScoreModel = DEFAULT_MODEL,
    ) -> MatchIndex:
        directory = Path(directory)
        try:
            metadata = json.loads((directory / "index.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ProfileError(f"{directory} holds no readable index: {error}") from error
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
            self._vectors, self._neighbours = stored["vectors"], stored["neighbours"]
        self._slot_ids = metadata["slots"]
        self._free = [slot for slot, pid in enumerate(self._slot_ids) if pid is None]
        self._slot = {pid: slot for slot, pid in enumerate(self._slot_ids) if pid is not None}
        languages = metadata["languages"]
        saved_terms = metadata.get("terms", {})  # indexes saved before terms were kept lack it
        for entry in metadata["profiles"]:
            profile = _profile_from_saved(entry)
            terms = saved_terms.get(profile.id)
            self._remember(
                profile, languages.get(profile.id), _terms_from_entry(terms) if terms else None
            )
            self._rules.set(self._slot[profile.id], profile)
        for kind in KINDS:
            path = directory / f"{kind}.usearch"
            if path.exists():
                self._partitions[kind] = Index.restore(str(path))


def _best_per_row(similarities: np.ndarray, members: np.ndarray, fetch: int):
    """(member slots, similarities) of each row's `fetch` best columns, best first."""
    fetch = min(fetch, similarities.shape[1])
    top = np.argpartition(-similarities, fetch - 1, axis=1)[:, :fetch]
    top_similarities = np.take_along_axis(similarities, top, axis=1)
    order = np.argsort(-top_similarities, axis=1, kind="stable")
    top = np.take_along_axis(top, order, axis=1)
    top_similarities = np.take_along_axis(top_similarities, order, axis=1)
    for row in range(len(similarities)):
        yield members[top[row]], top_similarities[row]


class _ColumnTops:
    """The `keep` largest values of each column over blocks of rows, with their row slots.

    An entry at or below a column's k-th best so far cannot enter its top, so only the few
    above it are appended to the column's buffer (after the first blocks, a handful per
    column); a full buffer is cut back to its top `keep`, which raises the bar. Columns are
    handled TOP_COLUMNS at a time, which bounds the index arrays of an early block's entries.
    """

    def __init__(self, columns: int, keep: int, block: int) -> None:
        self.keep = keep
        self.values = np.full((columns, keep + block), -np.inf, dtype=np.float32)
        self.slots = np.zeros((columns, keep + block), dtype=np.int32)  # int32 halves them
        self.filled = np.zeros(columns, dtype=np.int64)
        self.bar = np.full(columns, -np.inf, dtype=np.float32)

    def add(self, similarities: np.ndarray, row_slots: np.ndarray) -> None:
        for start in range(0, similarities.shape[1], TOP_COLUMNS):
            self._add_columns(start, similarities[:, start : start + TOP_COLUMNS], row_slots)

    def _add_columns(self, start: int, similarities: np.ndarray, row_slots: np.ndarray) -> None:
        stop = start + similarities.shape[1]
        # Entries above the bar, ordered by column (nonzero of the transpose).
        columns, rows = np.nonzero((similarities > self.bar[start:stop]).T)
        counts = np.bincount(columns, minlength=stop - start)
        self._cut(start + np.flatnonzero(self.filled[start:stop] + counts > self.values.shape[1]))
        rank = np.arange(len(columns)) - np.repeat(np.cumsum(counts) - counts, counts)
        at = self.filled[start + columns] + rank
        self.values[start + columns, at] = similarities[rows, columns]
        self.slots[start + columns, at] = row_slots[rows]
        self.filled[start:stop] += counts

    def _cut(self, columns: np.ndarray) -> None:
        for start in range(0, len(columns), TOP_COLUMNS):
            self._cut_columns(columns[start : start + TOP_COLUMNS])

    def _cut_columns(self, columns: np.ndarray) -> None:
        values, slots = self.values[columns], self.slots[columns]
        top = np.argpartition(-values, self.keep - 1, axis=1)[:, : self.keep]
        self.values[columns] = -np.inf
        self.values[columns, : self.keep] = np.take_along_axis(values, top, axis=1)
        self.slots[columns, : self.keep] = np.take_along_axis(slots, top, axis=1)
        self.filled[columns] = self.keep
        self.bar[columns] = self.values[columns, : self.keep].min(axis=1)

    def best_first(self) -> list[tuple[np.ndarray, np.ndarray]]:
        self._cut(np.flatnonzero(self.filled > self.keep))
        values, slots = self.values[:, : self.keep], self.slots[:, : self.keep]
        order = np.argsort(-values, axis=1, kind="stable")
        values = np.take_along_axis(values, order, axis=1)
        slots = np.take_along_axis(slots, order, axis=1).astype(np.int64)
        counts = np.minimum(self.filled, self.keep).tolist()
        return [(slots[j, :n], values[j, :n]) for j, n in enumerate(counts)]


def _described(profile: Profile) -> tuple[str | None, ProfileTerms]:
    return profile_language(profile.title, profile.text, profile.language), profile_terms(profile)


def _terms_entry(terms: ProfileTerms) -> dict:
    return {
        "technologies": sorted(terms.technologies),
        "sectors": terms.sectors,
        "neutral": sorted(terms.neutral),
    }


def _terms_from_entry(entry: dict) -> ProfileTerms:
    return ProfileTerms(
        technologies=frozenset(entry["technologies"]),
        sectors=tuple(tuple(path) for path in entry["sectors"]),
        neutral=frozenset(entry["neutral"]),
    )


def _profile_from_saved(entry: dict) -> Profile:
    for field in ("sectors", "technologies", "target_countries"):
        if entry.get(field) is not None:
            entry[field] = tuple(entry[field])
    return Profile(**entry)


def _grown(array: np.ndarray, rows: int, columns: int, fill: float) -> np.ndarray:
    """Room for `rows` rows, doubling so that adding one profile at a time stays cheap."""
    if array.shape[0] >= rows and array.shape[1] == columns:
        return array
    grown = np.full((max(rows, 2 * array.shape[0], 64), columns), fill, dtype=np.float16)
    if array.size:
        grown[: array.shape[0]] = array
    return grown
