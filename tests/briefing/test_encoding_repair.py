"""Mojibake repair: text some upstream step decoded with the wrong charset reads right again,
and text that was never mangled passes through untouched."""

from __future__ import annotations

import unicodedata

import pytest

from briefing.clean import clean_blocks, clean_title, repair_encoding
from briefing.pipeline import brief_text


def mangle(text: str) -> str:
    """What a feed or CMS makes of UTF-8 text it reads as Windows-1252 (the five bytes that
    charset leaves undefined come through as the Latin-1 control characters, as browsers do)."""
    return "".join(_as_cp1252(byte) for byte in text.encode("utf-8"))


def _as_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


@pytest.mark.parametrize(
    "written",
    [
        "José Martínez said the budget would pass.",
        "Ségolène Royal and François Delattre met in Paris.",
        "“We will not sign,” the minister said.",
        "Міністр оборони Рустем Умєров заявив про нові переговори.",
    ],
)
def test_text_read_with_the_wrong_charset_is_what_was_written(written: str) -> None:
    mangled = mangle(written)
    assert mangled != written
    assert repair_encoding(mangled) == written


@pytest.mark.parametrize(
    "clean",
    [
        "Plain ASCII text, with 'straight' and \"double\" quotes.",
        "«Мы не подпишем», — сказал министр.",
        "Ein Café in Zürich; the café» was full — 30 °C, £5, 10 €.",
        "Ã is a letter some alphabets use, alone.",
    ],
)
def test_text_that_was_never_mangled_is_left_as_it_is(clean: str) -> None:
    assert repair_encoding(clean) == clean


def test_a_mangled_quote_gets_its_speaker_with_the_name_spelled_right() -> None:
    text = mangle(
        "The mayor of Ciudad Juárez spoke on Monday after the vote.\n\n"
        "“We have waited ten years for this bridge and we will open it in May,” said Tomás Regalado, "
        "the mayor."
    )
    quotes = brief_text(text, title="Bridge vote").quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("Tomás Regalado", "We have waited ten y")]


def test_blocks_and_titles_are_repaired() -> None:
    body = mangle("Prisoners held at Guantánamo were moved, officials said on Friday.")
    assert [b.text for b in clean_blocks(body)] == [
        "Prisoners held at Guantánamo were moved, officials said on Friday."
    ]
    assert clean_title(mangle("Crónica: the café reopens")) == "Crónica: the café reopens"


def decompose(text: str) -> str:
    """The same text with its accents written as a base letter and a combining mark (NFD), as
    some systems and copy-pastes store it."""
    return unicodedata.normalize("NFD", text)


def test_decomposed_accents_are_composed_so_names_read_whole() -> None:
    text = decompose(
        "“If they start now, I think they are on time,” said Federico de Jesús, a strategist who "
        "worked for Ségolène Royal."
    )
    assert text != unicodedata.normalize("NFC", text)
    quotes = brief_text(text, title=decompose("Jesús on the campaign")).quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("Federico de Jesús", "If they start now, I")]
    assert clean_title(decompose("Crónica: the café reopens")) == "Crónica: the café reopens"


def test_mojibake_stored_decomposed_is_still_repaired() -> None:
    # the wrong-charset "Ã¡" for "á", then stored decomposed ("A" + U+0303 + "¡"): composed
    # first, the repair recognises it
    body = decompose(mangle("Ambassador Arturo Sarukhán said the embassy would answer every lie."))
    assert [b.text for b in clean_blocks(body)] == ["Ambassador Arturo Sarukhán said the embassy would answer every lie."]


def test_html_character_references_left_escaped_read_as_characters() -> None:
    # a feed summary or a paste that kept its HTML escapes, once or twice escaped
    text = (
        "&quot;We will not back down on this, not now and not ever,&quot; said Mayor Lena Ford.\n\n"
        "&amp;#8220;The budget is balanced for the first time in ten years,&amp;#8221; said treasurer Tom Hale."
    )
    quotes = brief_text(text, title="Council &amp; budget").quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [
        ("Lena Ford", "We will not back dow"),
        ("Tom Hale", "The budget is balanc"),
    ]
    assert clean_title("Q&amp;A: AT&T, R&D and &notareference; &#x201C;hi&#x201D;") == "Q&A: AT&T, R&D and &notareference; “hi”"
