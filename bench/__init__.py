"""Benchmarks of Incontra's computational cores; each writes its figures to docs/benchmarks.md."""
