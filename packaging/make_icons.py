"""Render the application icon's PNG sizes (and a Windows .ico) from the scalable SVG.

    .venv/bin/python packaging/make_icons.py

Reads resources/icons/hicolor/scalable/apps/missionplanner.svg and writes
resources/icons/hicolor/NxN/apps/missionplanner.png for the hicolor sizes desktops look up, plus
resources/icons/missionplanner.ico (16-256 px) for the Windows build. Uses QtSvg from
PySide6-Essentials; runs offscreen, without a display. The PNGs are committed, so a build does not
need to run this; run it again after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "hicolor" / "scalable" / "apps" / "missionplanner.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        out = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "missionplanner.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(out), "PNG"):
            print(f"make_icons: cannot write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(ROOT))
    # Qt's ico plugin writes one image per file; a Windows icon should hold every size, so the file
    # is assembled here from PNG-compressed entries (read by Windows since Vista).
    ico = ICONS / "missionplanner.ico"
    write_ico(ico, [render(renderer, s) for s in ICO_SIZES])
    print(ico.relative_to(ROOT))
    return 0


def write_ico(path: Path, images) -> None:
    """An .ico file whose entries are PNG images (the format Windows has read since Vista)."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        buf.close()
        blobs.append((image.width(), image.height(), bytes(data.data())))
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = 6 + 16 * len(blobs)
    entries, payload = b"", b""
    for w, h, blob in blobs:
        entries += struct.pack("<BBBBHHII", w % 256, h % 256, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        payload += blob
    path.write_bytes(header + entries + payload)


if __name__ == "__main__":
    sys.exit(main())
