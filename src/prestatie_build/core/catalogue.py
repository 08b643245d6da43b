"""The Dutch form of every message template (see :mod:`.messages`), keyed by its English form.

Sections follow the source tree. A template's fields (``{number}``) must appear in both forms;
``tests/core/test_messages.py`` checks that every template used in ``src/`` is here, and that
nothing here is unused.
"""

from __future__ import annotations

DUTCH: dict[str, str] = {
    #
    #
    # --- core/errors: printing diagnostics -------------------------------------------------
    "nothing was written": "er is niets geschreven",
    #
    #
    # --- core --------------------------------------------------------------------------------
    #
    #
    # --- sources ------------------------------------------------------------------------------
    #
    #
    # --- commands and outputs -------------------------------------------------------------------
    #
    #
    # --- render -------------------------------------------------------------------------------
    #
    #
    # --- cli ----------------------------------------------------------------------------------
    #
    #
    # --- Part 2: tables, footnotes, images, links ---------------------------------------------
    #
    #
    # --- click's own words ------------------------------------------------------------------------
}
