"""spaCy components of the Pantau pipeline; importing this package registers their factories."""

from nlp.components import (  # noqa: F401
    dates,
    linker,
    name_lists,
    organisations,
    people,
    places,
    role_context,
)
