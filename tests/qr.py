"""Read the QR codes the platform draws, the way a phone camera would: from pixels."""

import re

import zxingcpp
from PIL import Image

_COMMAND = re.compile(r"([MmHhVv])\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?")


def svg_decode(svg: str, *, scale: int = 8) -> str:
    """Rasterise a QR code drawn as an SVG path of horizontal strokes, then decode the image.

    segno draws each run of dark modules as a stroke (`M x y h n`, then relative moves); this
    follows those commands onto a bitmap, so the test reads the very SVG the server sent.
    """
    path = re.search(r'\sd="([^"]+)"', svg).group(1)
    size_match = re.search(r'viewBox="0 0 (\d+) (\d+)"', svg) or re.search(
        r'width="(\d+)" height="(\d+)"', svg
    )
    width, height = int(size_match.group(1)), int(size_match.group(2))
    image = Image.new("L", (width * scale, height * scale), 255)
    x = y = 0.0
    for command, first, second in _COMMAND.findall(path):
        a = float(first)
        if command == "M":
            x, y = a, float(second)
        elif command == "m":
            x, y = x + a, y + float(second)
        elif command in "hH":
            end = x + a if command == "h" else a
            row = int(y)  # strokes run along the middle of a row of modules: y = row + 0.5
            for column in range(int(min(x, end)), int(max(x, end))):
                image.paste(
                    0, (column * scale, row * scale, (column + 1) * scale, (row + 1) * scale)
                )
            x = end
        else:
            raise ValueError(f"unexpected path command {command} in the QR code's SVG")
    results = zxingcpp.read_barcodes(image)
    if not results:
        raise ValueError("no QR code found in the SVG")
    return results[0].text
