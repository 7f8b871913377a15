"""Helpers of the person-name suites: the names find_names and find_people read in a text."""

from __future__ import annotations

from baokan.store.extract.people import find_people
from baokan.store.extract.person_names import find_names
from baokan.store.zh import segment


def names(text: str) -> list[str]:
    """The names find_names reads in text, in order."""
    return [m.name for m in find_names(text, segment.words(text))]


def people(text: str) -> list[str]:
    """The people find_people reads in text (posts, titles and names anywhere), in order."""
    return [m.name for m in find_people(text, [], segment.words(text))[0]]
