"""Rewrite the shipped fonts' coverage table (render/faces.py: COVERAGE_FILE); run it after
changing the fonts of src/prestatie_build/templates/fonts/:

    .venv/bin/python scripts/make_font_coverage.py
"""

from __future__ import annotations

import json

from prestatie_build.render import COVERAGE_FILE, coverage_table

if __name__ == "__main__":
    text = json.dumps(coverage_table(), indent=1, sort_keys=True, ensure_ascii=True)
    COVERAGE_FILE.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {COVERAGE_FILE}")
