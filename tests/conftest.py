"""For every test: govcheck's user cache (compiled packs, results, conversions) in a folder of
the test session's own, never the developer's ~/.cache, so no test sees another run's cache."""

from __future__ import annotations

import os
import tempfile

_SESSION_CACHE = tempfile.mkdtemp(prefix="govcheck-test-cache-")
os.environ.setdefault("GOVCHECK_CACHE_DIR", _SESSION_CACHE)
