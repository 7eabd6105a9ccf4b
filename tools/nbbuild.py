"""Tiny helpers to write notebooks from Python (used when authoring material).

    from tools.nbbuild import md, code, save
    save("notebooks/x.ipynb", [md("# Judul", slide="slide"), code("1 + 1")])
"""
from __future__ import annotations

import json
from pathlib import Path

import nbformat

KERNEL = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def _meta(slide: str | None, tags: list[str] | None, extra: dict | None) -> dict:
    meta: dict = {}
    if slide:
        meta["slideshow"] = {"slide_type": slide}
    if tags:
        meta["tags"] = list(tags)
    if extra:
        meta.update(extra)
    return meta


def md(text: str, slide: str | None = None, tags: list[str] | None = None, **extra) -> nbformat.NotebookNode:
    return nbformat.v4.new_markdown_cell(text.strip("\n"), metadata=_meta(slide, tags, extra))


def code(text: str, slide: str | None = None, tags: list[str] | None = None, **extra) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(text.strip("\n"), metadata=_meta(slide, tags, extra))


def save(path: str | Path, cells: list, title: str | None = None) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    nb.metadata["kernelspec"] = KERNEL
    nb.metadata["language_info"] = {"name": "python"}
    if title:
        nb.metadata["title"] = title
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i:03d}"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
