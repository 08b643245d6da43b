"""The input edge: YAML reading, JSON Schemas, the project loader, git revisions,
``publish.yaml``.
"""

from .._lazy import lazy_exports

__all__, __getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "import_text": ("read_import_lines",),
        "documents": (
            "DocumentParagraph",
            "join_broken_line",
            "read_document",
        ),
        "load": (
            "DEFAULT_LABELS",
            "load_project",
            "order_articles",
            "read_sources",
            "read_templates",
            "split_front_matter",
        ),
        "publish_config": (
            "load_publish_config",
            "workflow_matrix",
        ),
        "revisions": (
            "Revision",
            "resolve_revision",
            "revision_sources",
        ),
        "schema": (
            "SCHEMA_NAMES",
            "load_schema",
            "schema_bytes",
            "validate",
        ),
        "yamlsource": (
            "MAX_DEPTH",
            "MAX_SOURCE_BYTES",
            "YamlDocument",
            "parse_yaml",
        ),
    },
)
