"""Candidates that are one topic: a surname and the full name, a demonym and its place.

"Trump", "President Trump" and "Donald Trump" count as one; so do "Ukrainian", "Ukrainians"
and "Ukraine" — the place is the topic, shown as the article writes it ("Britain" for
"British" when the article says Britain), or as the table names it when only the adjective
occurs ("Russian officials" → Russia), so a subscriber to the place gets the story.
"""

from __future__ import annotations

from collections import Counter

from .entities import Candidates, key_of
from .wordlists import place_names

#: Endings of demonyms the shipped table may lack ("Crimean", "Texan", "Siberian"): paired
#: with a place of the article when the place's key (or it less its last letter) plus one of
#: them is the demonym's key.
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "n", "i")


def merge_places(names: Counter[str], found: Candidates) -> dict[str, str]:
    """Move the counts of one-word demonym names onto their place; ``{demonym: place}`` keys."""
    singles = [k for k in names if " " not in k]
    # "crimean" → "crimea" for the places of this article the shipped table may lack
    by_form: dict[str, str] = {}
    for place in singles:
        if len(place) >= 4:
            for form in _demonym_forms(place):
                if form != place:
                    by_form.setdefault(form, place)
    moved: dict[str, str] = {}
    for key in singles:
        target = _place_key(key, names, found) or by_form.get(key)
        if target is None or target == key or key not in names or target not in names:
            continue
        names[target] += names.pop(key)
        found.first[target] = min(found.first.get(target, found.first[key]), found.first[key])
        found.in_title[target] += found.in_title.get(key, 0)
        moved[key] = target
    return moved


def _place_key(key: str, names: Counter[str], found: Candidates) -> str | None:
    """The key of the place a demonym of the shipped table names, as the article writes it."""
    places = place_names(key)
    if not places:
        return None
    present = [k for k in (key_of(p) for p in places) if names.get(k)]
    if present:
        return max(present, key=lambda k: (names[k], k))
    target = key_of(places[0])
    found.display.setdefault(target, {places[0]: 1})
    names.setdefault(target, 0)
    return target


def merge_surnames(found: Candidates) -> Counter[str]:
    """Count "Trump" and "President Trump" towards "Donald Trump": a one-word name that is the
    last word of a longer name joins the most frequent such name; a one-word name that is the
    first word of exactly one longer name ("Alexis" → "Alexis Randock") joins it too."""
    names = split_glued(found)
    by_last: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for key in names:
        parts = key.split()
        if len(parts) > 1:
            by_last.setdefault(parts[-1], []).append(key)
            by_first.setdefault(parts[0], []).append(key)
    for key in list(names):
        if " " in key:
            continue
        if key in by_last:
            target = max(by_last[key], key=lambda k: (names[k], k))
        elif len(by_first.get(key, ())) == 1:
            target = by_first[key][0]
        else:
            continue
        names[target] += names.pop(key)
        found.first[target] = min(found.first[target], found.first[key])
    return names


def split_glued(found: Candidates) -> Counter[str]:
    """A one-off run like "Headingley Sinfield" is two names glued by a lost sentence break
    (a caption without a full stop): when both halves are names seen elsewhere, count them."""
    names = Counter(found.names)
    words_in_names = {w for key in names for w in key.split()[1:]} | {k.split()[0] for k in names}
    for key, count in list(names.items()):
        parts = key.split()
        if count > 1 or len(parts) < 2:
            continue
        for cut in range(1, len(parts)):
            left, right = " ".join(parts[:cut]), " ".join(parts[cut:])
            if left in names and left != key and (right in names or right in words_in_names):
                del names[key]
                names[left] += 1
                if right in names:
                    names[right] += 1
                break
    return names


def _demonym_forms(place: str) -> set[str]:
    return {base + ending for base in (place, place[:-1]) for ending in DEMONYM_ENDINGS}
