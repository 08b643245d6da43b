"""The pure core: model, consolidation, redline, report, review, renvooi, rules.

Reads no files and no environment; imports no click, Jinja or WeasyPrint (``make lint``
checks it with import-linter).
"""

from .._lazy import lazy_exports

__all__, __getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "blocks": (
            "split_blocks",
            "is_agreement_number",
        ),
        "characters": (
            "Charset",
            "charset_from_code_points",
            "unprintable_characters",
            "written_texts",
        ),
        "consolidation": (
            "consolidate",
            "fold_changes",
            "valid_targets",
        ),
        "dates": (
            "document_date",
            "parse_epoch",
            "w3c_date",
            "as_moment",
        ),
        "deadline": (
            "DeadlineCheck",
            "check_deadline",
            "deadline_for",
        ),
        "dutch": (
            "dutch_date",
            "dutch_period",
            "dutch_status",
        ),
        "errors": (
            "CODES",
            "Diagnostic",
            "RenderError",
            "SourceError",
            "SourceLocation",
            "UsageError",
        ),
        "fragments": (
            "find_spans",
            "fold",
            "replace_span",
            "remove_span",
            "closest_passage",
        ),
        "links": (
            "InternalLink",
            "check_links",
            "document_anchors",
            "internal_links",
        ),
        "model": (
            "Adoption",
            "AppliedChange",
            "Article",
            "Block",
            "Change",
            "Chapter",
            "Consolidation",
            "Document",
            "HistoryEntry",
            "Item",
            "Jaarplan",
            "OPS",
            "Op",
            "Party",
            "Period",
            "Project",
            "Provenance",
            "Signatory",
            "TargetKind",
            "check_year",
            "agreement_anchor",
            "chapter_anchor",
            "goals_anchor",
        ),
        "print_limits": (
            "MAX_PDF_CHARACTERS",
            "MAX_PDF_PARTS",
            "PdfTooLarge",
            "PrintSize",
            "document_size",
            "jaarplan_size",
        ),
        "renvooi": (
            "Renvooi",
            "RenvooiTarget",
            "build_renvooi",
        ),
        "report": (
            "ChangeReport",
            "JaarplanSummary",
            "ReportEntry",
            "build_report",
        ),
        "review": (
            "Review",
            "Side",
            "TargetDiff",
            "YearDiff",
        ),
        "rules": (
            "CheckContext",
            "CheckResult",
            "WARNING_RULES",
            "adoption_deadline",
            "check_loaded",
            "fold_years",
        ),
        "show": (
            "ShownTarget",
            "show_target",
        ),
        "site_plan": (
            "IndexLink",
            "IndexRow",
            "SitePlan",
            "VersionPlan",
            "plan_site",
        ),
        "worddiff": (
            "Redline",
            "WordOp",
            "word_diff",
        ),
    },
)
