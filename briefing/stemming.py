"""One stemmer per article language, for topics, subscription keys and summaries.

Snowball (``snowballstemmer``, through PyStemmer's C code) for English, German, French,
Spanish and Russian; the rule set of ``languages/uk_stem.py`` for Ukrainian. Any other
language gets the English stemmer, as every article did before languages were detected
(it leaves words of other scripts unchanged).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from .languages import uk_stem
from .lexicon import snowball
from .lexicon import stem as english_stem

_SNOWBALL = {"de": "german", "fr": "french", "es": "spanish", "ru": "russian"}


@cache
def stemmer(language: str | None) -> Callable[[str], str]:
    """The cached stem function of a language code (lower-case words in, stems out)."""
    if language == "uk":
        return uk_stem.stem
    algorithm = _SNOWBALL.get(language or "")
    if algorithm is None:
        return english_stem
    engine = snowball(algorithm)  # without PyStemmer's own cache: see ``lexicon``

    @lru_cache(maxsize=65536)
    def stem(word: str) -> str:
        return str(engine.stemWord(word))

    return stem
