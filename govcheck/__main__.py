"""`python -m govcheck` and the `govcheck` command: the collector set for a short run, then the CLI."""

import gc


def main() -> None:
    # Start-up builds a few hundred thousand long-lived objects (pydantic's schemas, typer's
    # commands, the dataclasses, the compiled vocabulary). With Python's default first-generation
    # threshold (700 allocations) the cycle collector walked them about 100 times in one
    # `validate` (≈15 ms, a twentieth of it) and freed nothing of note: a dossier's garbage goes
    # by reference counting. Cycles are still collected, every 100,000 allocations; batch
    # workers, forked from this process, inherit it (and are replaced every 50 dossiers). Set
    # here, before the first import, and not in govcheck.cli: a program importing govcheck as a
    # library keeps its own setting.
    gc.set_threshold(100_000, 10, 10)
    from .cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
