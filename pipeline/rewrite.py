"""A text rebuilt from pieces of another, with the map back to it.

Readers that reorder a layout (side-by-side columns read one after the other, a space-laid table
written as pipe rows) copy pieces of the source and put a few characters of their own between
them; the pieces they return let normalize map every offset of the result to the source.
"""

from __future__ import annotations

Piece = tuple[int, int, int]  # (output start, input start, length)


class Rewrite:
    """Copies ranges of ``text`` and puts new strings, keeping where each copied range lies."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[Piece] = []
        self._out: list[str] = []
        self._pos = 0

    def copy(self, a: int, b: int) -> None:
        if b > a:
            self.pieces.append((self._pos, a, b - a))
            self._out.append(self.text[a:b])
            self._pos += b - a

    def put(self, s: str) -> None:
        self._out.append(s)
        self._pos += len(s)

    def result(self) -> tuple[str, list[Piece]]:
        return "".join(self._out), self.pieces
