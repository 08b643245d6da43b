"""Renderers: the consolidated model and change report into HTML, PDF, Markdown, JSON, text."""
