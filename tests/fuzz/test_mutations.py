"""A small run of the mutation fuzzer (tools/fuzz.py) in every `make test`; `make fuzz` runs
10,000. Every mutant is read, classified and its facts extracted without an exception."""

from __future__ import annotations

import pytest

COUNT = 120


@pytest.fixture(scope="module")
def seed_files(fuzz):
    return fuzz.seeds()


def test_every_mutation_kind_changes_the_file(fuzz, seed_files) -> None:
    import random

    name, data = next((n, d) for n, d in seed_files if n.endswith(".docx"))
    for mutation in fuzz.MUTATIONS:
        assert mutation(data, random.Random(3)) != data, mutation.__name__


@pytest.mark.parametrize("chunk", range(4))
def test_mutants_are_read_without_a_crash(fuzz, seed_files, chunk: int) -> None:
    per = COUNT // 4
    for index in range(chunk * per, (chunk + 1) * per):
        name, data, what = fuzz.mutant(seed_files, index, seed=2026)
        seconds = fuzz.check_bytes(name, data)  # raises on a crash
        assert seconds < 2 * fuzz.FILE_SECONDS, (index, name, what)
