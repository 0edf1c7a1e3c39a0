"""The scale benchmark's synthetic directory and its report (the timings are measured in bench/)."""

import json

from bench.matching.rules import PARTNER_KIND
from bench.matching.scale import growth, markdown, read_results, row, verdict
from bench.matching.synthesise import synthesise
from incontra.matching.profiles import PROFILES_FORMAT, profiles_from_document


def test_synthesise_is_deterministic_and_every_text_is_unique():
    first, again = synthesise(300, seed=3), synthesise(300, seed=3)
    assert first == again
    assert len({profile["text"] for profile in first}) == 300
    assert [profile["id"] for profile in first[:2]] == ["s-000001", "s-000002"]


def test_synthesise_yields_profiles_the_matcher_reads_in_every_kind_and_language():
    profiles = synthesise(500, seed=5)
    parsed = profiles_from_document({"format": PROFILES_FORMAT, "profiles": profiles})
    assert len(parsed) == 500
    assert {profile.kind for profile in parsed} == set(PARTNER_KIND)
    assert {profile["language"] for profile in profiles} == {"it", "ru", "en", "de", "fr", "es"}
    assert len({profile["organisation"] for profile in profiles}) < 500


def result(size, build, p95, rss=100 * 1024**2, violations=0):
    return {"profiles": size, "encoder_processes": 2, "load_average_at_start": 1.0,
            "build_seconds": build, "build_cpu_seconds": build, "encode_seconds": build / 2,
            "disk_bytes": size * 1000, "peak_rss_bytes": rss, "peak_rss_children_bytes": 0,
            "load_seconds": 0.5, "queries": 1000, "query_ms_p50": p95 / 2, "query_ms_p95": p95,
            "update_ms_p50": 40.0, "rule_violations": violations}


def test_row_formats_a_measurement_and_a_failure():
    assert row(result(1000, 12.5, 8.0)) == [
        "1,000", "12.5 s", "12.5 s", "6.2 s", "1 MiB", "100 MiB", "0.5 s", "4.0 ms", "8.0 ms",
        "40 ms", "0"]
    assert row({"profiles": 100_000, "error": "boom"})[:2] == ["100,000", "failed: boom"]


def test_growth_compares_the_smallest_and_largest_sizes():
    text = growth([result(1000, 10, 5), result(100_000, 400, 20)])
    assert text.startswith("From 1,000 to 100,000 profiles (×100): build time ×40.0")
    assert "query p95 ×4.0" in text


def test_verdict_checks_each_target_at_100k():
    assert verdict([result(100_000, 500, 30)]).count("**met**") == 4
    failing = verdict([result(100_000, 700, 30, rss=3 * 1024**3)])
    assert "build under 10 minutes: **not met**" in failing
    assert "memory under 2 GB: **not met**" in failing
    assert "not assessed" in verdict([result(10_000, 50, 5)])


def test_verdict_when_the_largest_build_did_not_finish():
    stopped = {"profiles": 100_000, "error": "not finished within 90 minutes"}
    assert "**not met**" in verdict([result(1000, 10, 5), stopped])


def test_markdown_and_read_results_round_trip_through_json_lines(tmp_path):
    log = tmp_path / "scale.log"
    log.write_text("\n".join(json.dumps(r) for r in [result(1000, 10, 5)]) + "\nnoise\n",
                   encoding="utf-8")
    results = read_results(log)
    assert results == [result(1000, 10, 5)]
    assert "| 1,000 | 10.0 s |" in markdown(results, "python -m bench.matching.scale")
