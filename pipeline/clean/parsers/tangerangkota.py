"""tangerangkota.go.id: city portal; "date | Dibaca : N" line; headline repeated in image alt/captions."""

from pipeline.clean.parsers.base import Selectors, SiteParser

PARSER = SiteParser(
    "tangerangkota",
    Selectors(
        title=("//h1", "//*[contains(@class,'judul')]"),
        date=("//*[contains(@class,'tanggal')]",),
        body=("//div[contains(@class,'isi-berita')]",),
        boilerplate=(".//*[contains(@class,'slider')]", ".//*[contains(@class,'caption')]",
                     ".//*[contains(@class,'komentar')]"),
    ),
)
