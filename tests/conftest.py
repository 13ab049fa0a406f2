"""Suite-wide test settings.

Property tests are derandomized: every run explores the same generated cases, so the suite is
deterministic (a counterexample found while developing is kept with ``@example``; a new one can
never fail CI by chance). ``HYPOTHESIS_PROFILE=explore`` searches randomly when hunting bugs.
"""

from __future__ import annotations

import os

from hypothesis import settings

from tests.postgres import (  # noqa: F401  (fixtures for every suite)
    database_backend,
    database_url,
    parametrize_backends,
    pg_cluster,
    pg_url,
)

settings.register_profile("deterministic", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


def pytest_generate_tests(metafunc):
    parametrize_backends(metafunc)
