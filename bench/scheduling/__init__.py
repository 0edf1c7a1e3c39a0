"""Benchmarks of the B2B meeting scheduler: published events, generated ones, a greedy baseline.

Entry points (no Makefile needed):

    python -m bench.scheduling.generate KIND --seed N -o FILE
    python -m bench.scheduling.greedy PROBLEM.json -o SCHEDULE.json
    python -m bench.scheduling.run_jair [--crafted]
    python -m bench.scheduling.run_generated
"""
