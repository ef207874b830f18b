"""Countries written in Indonesian, for places abroad standing alone ("ketegangan Rusia dan Ukraina",
"di Hongkong"). Names come from the Unicode CLDR through Babel (the country names of locale "id");
only one-word names are kept, less the names that are also common words, person names or venues
here ("Georgia", "Chad", "Greenland"), plus the spellings writers use instead of CLDR's."""

from __future__ import annotations

from functools import cache

# one-word CLDR names that are also words, names or venues in Indonesian text
_AMBIGUOUS = frozenset(
    """Georgia Chad Jersey Guernsey Niger Mali Dominika Panama Samoa Kuba Swiss Oman Peru Togo Tonga
    Benin Gabon Guam Palau Nauru Niue Aruba Tokelau Mayotte Montserrat Greenland Bermuda Guinea
    Jamaika Monako Malta Kenya Lebanon Tuvalu Kiribati Vanuatu Fiji Haiti Chili Cile Israel India
    Indonesia Gibraltar Bahama Komoro""".split()  # noqa: SIM905
)
# spellings common in Indonesian news that CLDR writes otherwise ("Hong Kong DAK Tiongkok")
_WRITTEN = {"Hongkong": "Hongkong", "Cina": "Tiongkok", "China": "Tiongkok"}


@cache
def countries() -> dict[str, str]:
    """Written one-word country name -> its name (CLDR's, or the written spelling)."""
    from babel import Locale  # loaded once, on the first lookup

    names = {
        name: name
        for code, name in Locale("id").territories.items()
        if len(code) == 2 and code.isalpha() and " " not in name and len(name) >= 4
    }
    return {**{n: v for n, v in names.items() if n not in _AMBIGUOUS}, **_WRITTEN}
