"""Fingerprints: exact content hash and SimHash for near-duplicates."""

from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.dedup import content_hash, hamming, simhash

STORY = (
    "Ukraine said on Sunday that its drones struck two Russian airfields overnight, destroying "
    "13 aircraft. Russia's defence ministry said it had shot down 296 Ukrainian drones over 13 "
    "regions. The strikes came a day before talks in Istanbul, where both sides were expected to "
    "exchange memorandums on a possible ceasefire and the return of prisoners of war. "
    "Defence Minister Rustem Umerov said the delegation would press for an unconditional "
    "ceasefire and the release of all prisoners. The Kremlin said it would study any proposal "
    "but accused Kyiv of trying to derail the talks with the attacks. Officials in Moscow said "
    "air defences had been reinforced around the capital, where flights were briefly suspended "
    "at two airports. European leaders urged both sides to use the Istanbul meeting to agree "
    "on a lasting truce, while Washington said it was watching closely and would consider new "
    "sanctions if Moscow refused to engage. Analysts said the attacks showed the growing reach "
    "of Ukraine's long-range drones, which have hit refineries and depots deep inside Russia."
)


def reference_simhash(text: str, shingle: int = 3) -> int:
    """The textbook per-bit SimHash, to check the bit-sliced implementation against."""
    words = re.findall(r"\w+", text.lower())
    if not words:
        return 0
    weights = [0] * 64
    for i in range(max(1, len(words) - shingle + 1)):
        gram = " ".join(words[i : i + shingle])
        h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def test_content_hash_ignores_case_and_spacing():
    assert content_hash(STORY) == content_hash("  " + STORY.upper().replace(" ", "\n "))
    assert content_hash(STORY) != content_hash(STORY + " More.")


def test_near_duplicate_is_close_and_other_story_is_far():
    # the same wire story republished by another outlet: a tweak and an extra closing line
    edited = STORY.replace("on Sunday", "on Sunday morning") + " Reporting by our Kyiv bureau."
    other = "The central bank raised interest rates by half a point to fight inflation, " * 3
    assert hamming(simhash(STORY), simhash(edited)) <= 12
    assert hamming(simhash(STORY), simhash(other)) > 16


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_simhash_matches_the_reference(text: str):
    assert simhash(text) == reference_simhash(text)
