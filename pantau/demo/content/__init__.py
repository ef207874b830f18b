"""Demo corpus content: one data module per portal (PORTAL spec, FIRST_NUMBER, ARTICLES).

Every sentence is fictional and written for Pantau; places are real Indonesian regions, people
are invented. Each article carries its gold annotation (see tests/fixtures/devset/README.md).
"""

PORTAL_MODULES = ("wartamadani", "pandeglang", "lensapriangan")
