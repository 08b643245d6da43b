"""The outputs of a build, each described once in :data:`OUTPUTS` (see ``registry``)."""

from .._lazy import lazy_exports

__all__, __getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "context": ("BuildContext",),
        "manifest": (
            "MANIFEST_VERSION",
            "Manifest",
            "NotCacheable",
            "OutputRecord",
            "input_digest",
            "manifest_path",
            "output_keys",
            "read_manifest",
            "record",
            "vouched_keys",
        ),
        "registry": (
            "OUTPUTS",
            "OUTPUT_NAMES",
            "Output",
            "SiteLink",
            "render_outputs",
            "select",
        ),
        "search": (
            "index_pages",
            "search_bundle",
        ),
        "site": (
            "CHECKSUMS",
            "VERSIONS_FILE",
            "Site",
            "assemble_site",
            "site_files_from_checksums",
            "site_pages",
        ),
    },
)
