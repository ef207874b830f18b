"""spaCy components of the Pantau pipeline; importing this package registers their factories."""

from nlp.components import dates, linker, organisations, people, places, role_context  # noqa: F401
