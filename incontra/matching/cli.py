"""`incontra match PROFILES.json -o MATCHES.json [--top 10] [--lang en|it|ru]`."""

from __future__ import annotations

import argparse
import sys

from incontra.matching.encoder import CachedEncoder, EncoderConfigError, load_encoder
from incontra.matching.engine import match
from incontra.matching.explain import LANGUAGES
from incontra.matching.profiles import ProfileError, load_profiles, write_matches

USAGE_ERROR = 2


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return number


def parser() -> argparse.ArgumentParser:
    command = argparse.ArgumentParser(
        prog="incontra match",
        description="Recommend partners for partnership profiles, across languages, with reasons.",
    )
    command.add_argument("profiles", help="an incontra-profiles/1 JSON file")
    command.add_argument("-o", "--output", required=True, help="where to write the matches")
    command.add_argument("--top", type=_positive, default=10, help="partners per profile")
    command.add_argument("--lang", choices=LANGUAGES, default="en", help="language of reasons")
    command.add_argument("--cache", help="an .npz file that keeps embeddings between runs")
    return command


def main(argv: list[str]) -> int:
    try:
        arguments = parser().parse_args(argv)
    except SystemExit as exit_request:  # argparse has printed its message already
        return int(exit_request.code or 0)
    try:
        return _run(arguments)
    except (ProfileError, EncoderConfigError) as error:
        print(f"incontra match: {error}", file=sys.stderr)
        return USAGE_ERROR
    except OSError as error:  # the matches file, or the embedding cache
        where = error.filename or arguments.output
        print(f"incontra match: cannot write {where}: {error.strerror}", file=sys.stderr)
        return USAGE_ERROR


def _run(arguments: argparse.Namespace) -> int:
    profiles = load_profiles(arguments.profiles)
    encoder = CachedEncoder(load_encoder(), arguments.cache)
    matches = match(profiles, top=arguments.top, lang=arguments.lang, encoder=encoder)
    write_matches(matches, arguments.output)
    encoder.save()
    found = sum(len(partners) for partners in matches.values())
    print(
        f"{len(profiles)} profiles, {found} matches written to {arguments.output}", file=sys.stderr
    )
    return 0
