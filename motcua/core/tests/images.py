"""Small real images for tests of uploads: uploaded images must decode (core/files.py)."""

from __future__ import annotations

import io

from PIL import Image


def image_bytes(kind: str = "PNG", size: tuple[int, int] = (8, 8)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, kind)
    return out.getvalue()


JPEG = image_bytes("JPEG")
PNG = image_bytes("PNG")
