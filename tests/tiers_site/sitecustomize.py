"""Arms the tier guard (tierguard.py, beside this file) in a Python process a test started.

While a test outside the pdf or browser tier runs, tests/tiers.py puts this folder on PYTHONPATH:
a build the test starts as a child process is held to the same markers as the test itself.
"""

import os

if os.environ.get("PRESTATIE_TIER_FORBIDDEN"):
    import tierguard

    tierguard.install()
