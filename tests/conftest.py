"""Settings every test module shares.

The property tests (hypothesis) draw random mixes of corpus lines. In CI (``CI`` set) they draw
the same examples on every run, so a red build is a change's doing and reproduces, not a new
random draw; a local run explores new examples each time and is where fresh defects turn up.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
