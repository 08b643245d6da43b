"""One use case per verb: build, check, show, new, diff, publish.

Each loads through :mod:`..sources`, works with :mod:`..core`, renders through
:mod:`..outputs` and writes through :mod:`..fs`; only :mod:`..cli` prints.
"""

from .._lazy import lazy_exports

__all__, __getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "build": (
            "BuildRequest",
            "BuildResult",
            "build_year",
        ),
        "check": ("check_project",),
        "diff": (
            "WORKING_TREE",
            "review_revisions",
        ),
        "environment": (
            "build_options",
            "source_date_epoch",
        ),
        "import_jaarplan": ("ImportOutcome", "import_jaarplan_file"),
        "import_agreements": (
            "ImportResult",
            "import_base_document",
        ),
        "new": ("new_jaarplan",),
        "publish": (
            "PublishRequest",
            "PublishResult",
            "publish_site",
            "render_site",
        ),
        "show": ("show_in_year",),
    },
)
