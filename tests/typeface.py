"""The house typeface in an HTML page: which faces it embeds, and that it requests nothing."""

from __future__ import annotations

import re

FACE = re.compile(
    r'@font-face \{ font-family: "Lato"; font-weight: (\d+); font-style: (\w+); '
    r'src: url\("data:font/woff2;base64,[A-Za-z0-9+/=]+"\) format\("woff2"\); \}'
)
URL = re.compile(r"url\(\s*['\"]?([^'\")]*)")

EVERY_FACE = {(400, "normal"), (400, "italic"), (700, "normal"), (700, "italic")}


def style_of(html: str) -> str:
    """Every ``<style>`` of the page, joined."""
    return "\n".join(re.findall(r"<style>(.*?)</style>", html, flags=re.DOTALL))


def embedded_faces(html: str) -> set[tuple[int, str]]:
    """(weight, style) of every Lato face the page embeds as a woff2 ``data:`` URL."""
    return {(int(weight), style) for weight, style in FACE.findall(style_of(html))}


def requested_urls(html: str) -> list[str]:
    """Every ``url(...)`` of the page's CSS that is not embedded data."""
    return [url for url in URL.findall(style_of(html)) if not url.startswith("data:")]
