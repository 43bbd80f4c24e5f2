"""The commands' views beside `validate` (facts, checklist, rules, compare, docs) and what
only the command line uses (configuration file, baseline, changed files)."""
