"""Text folding for search: 'José Conceição' is found by typing 'jose conceicao'."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents; Chinese and other scripts pass through unchanged."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def search_key(*parts: str | None) -> str:
    return fold(" ".join(p.strip() for p in parts if p and p.strip()))
