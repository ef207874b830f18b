"""Demo corpus content: one JSON data file per portal (`about`, `portal`, `first_number`, `articles`),
loaded and checked by `pantau.demo.model`.

Every sentence is fictional and written for Pantau; places are real Indonesian regions, people
are invented. Each article carries its gold annotation (see tests/fixtures/devset/README.md).
"""

PORTAL_FILES = ("wartamadani", "pandeglang", "lensapriangan")
