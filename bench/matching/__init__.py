"""Matching benchmarks: the labelled evaluation set, quality and scale."""
