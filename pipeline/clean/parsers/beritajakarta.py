"""beritajakarta.id: provincial news portal; date, reporter, editor, views in one line; photo credit and pull quote."""

from pipeline.clean.parsers.base import Selectors, SiteParser

PARSER = SiteParser(
    "beritajakarta",
    Selectors(
        title=("//h1[contains(@class,'news-title')]", "//h1"),
        date=("//*[contains(@class,'news-meta')]//*[contains(@class,'date')]", "//*[contains(@class,'news-meta')]"),
        author=("//*[contains(@class,'news-meta')]//*[contains(@class,'reporter')]",),
        body=("//div[contains(@class,'news-body')]",),
        boilerplate=(".//*[contains(@class,'subtitle')]", ".//*[contains(@class,'photo-credit')]",
                     ".//blockquote[contains(@class,'pullquote')]", ".//figure"),
    ),
)
