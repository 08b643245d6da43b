"""Renderers: the model, report and review into HTML, PDF, Markdown, JSON and text.

Media only: they read templates and fonts, never sources or the environment.
"""

from .._lazy import lazy_exports

__all__, __getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "diagnostics": (
            "CHECK_FORMATS",
            "check_summary",
            "render_check_github",
        ),
        "faces": (
            "COVERAGE_FILE",
            "coverage_table",
            "face_files",
            "print_charset",
        ),
        "fonts": (
            "page_stylesheet",
            "print_font_faces",
            "web_font_faces",
        ),
        "html": (
            "asset_base_dir",
            "document_anchors",
            "history_year",
            "render_document_html",
        ),
        "jaarplan_html": (
            "render_jaarplan_html",
            "render_jaarplan_pdf",
        ),
        "phrases": ("PHRASES_FILE", "load_phrases"),
        "markdown": (
            "Footnotes",
            "TextNotes",
            "image_sources",
            "is_safe_href",
            "markdown_inline_to_html",
            "markdown_to_html",
            "reference_definitions",
            "typography",
        ),
        "pdf": (
            "DOCUMENT_PDF_OPTIONS",
            "PdfRenderError",
            "PdfResult",
            "SourceAttachment",
            "make_url_fetcher",
            "render_document_pdf",
            "render_pdf",
            "render_pdf_with_log",
        ),
        "redline_html": (
            "TextPanel",
            "panels",
        ),
        "redline_json": (
            "SCHEMA_VERSION",
            "redline_record",
        ),
        "redline_markdown": (
            "code_span",
            "escape_inline",
            "redline_texts",
        ),
        "report_html": ("render_report_html",),
        "report_json": ("render_report_json",),
        "report_markdown": ("render_report_markdown",),
        "review_formats": ("REVIEW_FORMATS",),
        "review_html": ("render_review_html",),
        "review_json": ("render_review_json",),
        "review_text": (
            "marked",
            "render_review_text",
        ),
        "markdown_safety": (
            "WORD_JOINER",
            "neutralise_references",
        ),
        "review_markdown": (
            "COMMENT_MARKER",
            "GITHUB_COMMENT_LIMIT",
            "MINIMUM_LIMIT",
            "render_review_markdown",
        ),
        "show_text": (
            "render_numbered_text",
            "render_show_text",
        ),
        "site_html": ("render_site_index",),
        "templating": (
            "PACKAGE_TEMPLATES",
            "template_dirs",
        ),
        "text": ("render_document_text",),
    },
)
