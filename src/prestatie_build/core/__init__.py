"""The pure core: model, consolidation, targets and their names, redline, report, review,
renvooi, rules.

Reads no files and no environment; imports no click, Jinja or WeasyPrint (``make lint``
checks it with import-linter).
"""

from .._lazy import lazy_exports

__all__, __getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "blocks": (
            "bullet_items",
            "split_blocks",
            "is_agreement_number",
        ),
        "controls": (
            "normalise_line_ends",
            "visible",
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
            "UNLOCATED",
            "Diagnostic",
            "RenderError",
            "SourceError",
            "SourceLocation",
            "UsageError",
            "WriteError",
            "render_boundary",
        ),
        "fragments": (
            "Passage",
            "find_spans",
            "fold",
            "replace_span",
            "remove_span",
            "closest_passage",
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
            "TargetRef",
            "check_year",
            "agreement_anchor",
            "chapter_anchor",
            "goals_anchor",
        ),
        "naming": (
            "TEXT_CHANGE_WORDS",
            "agreement_name",
            "article_heading",
            "article_name",
            "deleted_label",
            "goals_name",
            "toc_label",
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
            "review_sides",
            "Side",
            "YearDiff",
        ),
        "rules": (
            "CheckContext",
            "CheckResult",
            "WARNING_RULES",
            "adoption_deadline",
            "check_loaded",
        ),
        "sentences": (
            "ABBREVIATIONS",
            "sentence_spans",
            "split_sentences",
        ),
        "show": (
            "CopiedFragment",
            "NumberedBlock",
            "ShownTarget",
            "copy_fragment",
            "numbered_blocks",
            "show_target",
        ),
        "site_plan": (
            "IndexLink",
            "IndexRow",
            "SitePlan",
            "VersionPlan",
            "plan_site",
        ),
        "targets": (
            "DOCUMENTS_REF",
            "TargetRedline",
            "article_ref",
            "goals_ref",
            "target_redline",
        ),
        "worddiff": (
            "Redline",
            "WordOp",
            "word_diff",
        ),
    },
)
