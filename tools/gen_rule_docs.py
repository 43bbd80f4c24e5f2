"""Regenerate docs/rules/<pack>.md from rules/*.yaml (`make docs`)."""

from pathlib import Path

from govcheck.commands.docs_gen import write_all

if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    for p in write_all(root / "docs" / "rules"):
        print(p.relative_to(root))
