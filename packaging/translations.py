"""Compiling the interface translations (Qt ``.ts`` sources in resources/translations) into the ``.qm``
files the app loads, at build time, so the repository holds only the sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def lrelease() -> str:
    """PySide6's lrelease, beside the interpreter that builds (the venv's bin/ or Scripts\\)."""
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease not found (it comes with PySide6-Essentials)")
    return tool


def compile_translations(sources: Path, out_dir: Path) -> list[Path]:
    """One ``.qm`` in ``out_dir`` per ``.ts`` in ``sources``; fails loudly on a broken source."""
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted(sources.glob("*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        result = subprocess.run([lrelease(), str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed on {ts.name}:\n{result.stdout}{result.stderr}")
        compiled.append(qm)
    return compiled


def bundled_translations(sources: Path, out_dir: Path) -> list[tuple[str, str]]:
    """The (file, folder in the bundle) pairs for the interface translations: every ``.ts`` compiled now,
    and any ``.qm`` committed without a source. The ``.ts`` files themselves stay out of the bundle."""
    compiled = compile_translations(sources, out_dir)
    names = {qm.name for qm in compiled}
    prebuilt = [qm for qm in sorted(sources.glob("*.qm")) if qm.name not in names]
    return [(str(qm), "resources/translations") for qm in [*compiled, *prebuilt]]
