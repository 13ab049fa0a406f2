"""Exact and near-duplicate fingerprints of article text."""

from __future__ import annotations

import hashlib
import re

_WORD = re.compile(r"\w+", re.UNICODE)


def content_hash(text: str) -> str:
    """Hash of the normalised words, so whitespace or case changes do not defeat dedupe."""
    norm = " ".join(_WORD.findall(text.lower()))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def simhash(text: str, *, shingle: int = 3) -> int:
    """64-bit SimHash over word 3-shingles: the same story re-edited lands a few bits away."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0
    weights = [0] * 64
    grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    for gram in grams:
        h = int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = 0
    for bit in range(64):
        if weights[bit] > 0:
            value |= 1 << bit
    return value


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()
