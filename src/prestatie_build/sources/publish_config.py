"""``publish.yaml``: where the site goes besides GitHub Pages, with no secret in it.

Each target names a host, a user, a folder and the *name* of the CI secret that holds its SSH
private key; the host's public key (``known_hosts``) is public and lives in the file. A project
without ``publish.yaml`` publishes to GitHub Pages only. Read with the same strict YAML reader and
JSON Schema validation as the sources, so a mistake is reported as ``publish.yaml:line:col``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..core.errors import Diagnostic, SourceError, SourceLocation, display_path
from ..core.messages import t
from .files import read_source_text
from .schema import conform
from .yamlsource import parse_yaml

PUBLISH_CONFIG = "publish.yaml"
SCHEMA = "publish.schema.json"
DEFAULT_SSH_PORT = 22

Method = Literal["rsync", "sftp"]


@dataclass(frozen=True, slots=True)
class Target:
    """One corporation's (or the municipality's) web space."""

    name: str
    method: Method
    """``rsync`` mirrors the site (stale files go); ``sftp`` only uploads."""
    host: str
    user: str
    path: str
    """The folder on the host that the site's contents go into."""
    key_secret: str
    """The name of the CI secret with the SSH private key, e.g. ``ACTIUM_SSH_KEY``."""
    known_hosts: str
    """The host's public key line(s), so that the connection trusts only that host."""
    location: SourceLocation
    port: int = DEFAULT_SSH_PORT
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class PublishConfig:
    targets: tuple[Target, ...] = ()
    include_drafts: bool = False
    """Publish draft Jaarplannen too (marked CONCEPT); the command line can also ask for it."""

    @property
    def enabled_targets(self) -> tuple[Target, ...]:
        return tuple(target for target in self.targets if target.enabled)


def load_publish_config(root: Path) -> PublishConfig:
    """``<root>/publish.yaml``, or the empty configuration when there is none.

    Raises SourceError with every problem found.
    """
    path = root / PUBLISH_CONFIG
    if not (path.exists() or path.is_symlink()):
        return PublishConfig()
    location = SourceLocation(display_path(path, root))
    # A folder or a broken link by that name is a mistake to report, not "no configuration".
    source, problems = conform(parse_yaml(read_source_text(path, location), location), SCHEMA)
    if problems:
        raise SourceError(problems)
    data: dict[str, Any] = source.data or {}
    targets = tuple(
        _target(item, source.where(("targets", index)))
        for index, item in enumerate(data.get("targets", []))
    )
    _check_unique_names(targets)
    return PublishConfig(targets, bool(data.get("include_drafts", False)))


def _target(item: dict[str, Any], location: SourceLocation) -> Target:
    return Target(
        name=item["name"],
        method=item["method"],
        host=item["host"],
        user=item["user"],
        path=item["path"],
        key_secret=item["key_secret"],
        known_hosts=item["known_hosts"].strip(),
        location=location,
        port=item.get("port", DEFAULT_SSH_PORT),
        enabled=item.get("enabled", True),
    )


def _check_unique_names(targets: tuple[Target, ...]) -> None:
    seen: set[str] = set()
    problems = []
    for target in targets:
        if target.name in seen:
            message = t("target name '{name}' is used twice", name=target.name)
            hint = t("give each target its own name")
            problems.append(Diagnostic(target.location, message, hint, code="P131"))
        seen.add(target.name)
    if problems:
        raise SourceError(problems)


def workflow_matrix(config: PublishConfig) -> list[dict[str, Any]]:
    """The enabled targets as the publish workflow's job matrix (JSON-ready, no secrets)."""
    return [
        {
            "name": target.name,
            "method": target.method,
            "host": target.host,
            "port": target.port,
            "user": target.user,
            "path": target.path,
            "key_secret": target.key_secret,
            "known_hosts": target.known_hosts,
        }
        for target in config.enabled_targets
    ]
