"""The ingest bench empties answers about pages between rounds, and keeps set-up caches."""

from benchmarks.bench_ingest import page_caches
from briefing import brief_text
from briefing.entities import key_of

TEXT = (
    "Defence Minister Rustem Umerov said on Tuesday that talks would resume. "
    '"We are ready," Umerov told reporters in Kyiv.'
)


def test_page_caches_hold_answers_about_pages_not_set_up() -> None:
    brief_text(TEXT, title="Talks")
    caches = page_caches()
    names = {f"{c.__module__}.{c.__qualname__}" for c in caches}
    assert "briefing.entities.key_of" in names
    assert "briefing.lexicon.stem" in names
    assert all(c.cache_info().maxsize is not None for c in caches)  # @cache set-up stays
    assert "justext.core.define_stoplist" not in names


def test_clearing_forgets_what_a_page_taught() -> None:
    brief_text(TEXT, title="Talks")
    assert key_of.cache_info().currsize > 0
    for cache in page_caches():
        cache.cache_clear()
    assert key_of.cache_info().currsize == 0
