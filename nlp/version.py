"""The extractor's version, stored with every mention: a stored article extracted by another
version is extracted again on the next `pantau process` (its rows are replaced). Bump it whenever
a rule or lexicon change alters what is extracted."""

VERSION = "pantau-nlp/3"
