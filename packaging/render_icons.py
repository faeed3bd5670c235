"""Render the app icon into the freedesktop hicolor theme layout, with Qt (no other tool needed).

    python packaging/render_icons.py ICONS_DIR OUT_DIR [--name delegation-desk]

The source is found by glob in ICONS_DIR: an SVG (preferred) or else the largest PNG. OUT_DIR receives
``hicolor/NxN/apps/NAME.png`` for every standard size and, for an SVG source,
``hicolor/scalable/apps/NAME.svg``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def find_app_icon(icons_dir: Path) -> Path:
    """The app icon: an SVG whose name says it is the app's, else any SVG, else the largest PNG."""
    svgs = sorted(icons_dir.glob("*.svg"))
    named = [p for p in svgs if "delegation" in p.stem.lower()]
    if named or svgs:
        return (named or svgs)[0]
    return largest_png(icons_dir)


def largest_png(icons_dir: Path) -> Path:
    """The biggest PNG in ``icons_dir`` (Windows and macOS builds make their .ico/.icns from it)."""
    pngs = sorted(icons_dir.glob("*.png"))
    if not pngs:
        raise FileNotFoundError(f"no app icon (*.svg or *.png) in {icons_dir}")
    from PySide6.QtGui import QImageReader

    return max(pngs, key=lambda p: QImageReader(str(p)).size().width())


def render(source: Path, out_dir: Path, name: str) -> list[Path]:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    written: list[Path] = []
    svg = QSvgRenderer(str(source)) if source.suffix.lower() == ".svg" else None
    if svg is not None and not svg.isValid():
        raise ValueError(f"{source} is not a valid SVG")
    bitmap = None if svg else QImage(str(source))
    if bitmap is not None and bitmap.isNull():
        raise ValueError(f"{source} is not a readable image")
    for size in HICOLOR_SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if svg is not None:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            svg.render(painter)
            painter.end()
        else:
            image = bitmap.scaled(
                QSize(size, size),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        if not image.save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    if svg is not None:
        scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, scalable)
        written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("icons_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--name", default="delegation-desk")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        source = find_app_icon(args.icons_dir)
        written = render(source, args.out_dir, args.name)
    except (OSError, ValueError) as exc:
        print(f"render_icons: {exc}", file=sys.stderr)
        return 1
    print(f"render_icons: {len(written)} icons from {source.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
