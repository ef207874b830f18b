"""serangkab.go.id: regency portal; breadcrumb, slug line, date, unit and view counter above the body."""

from pipeline.clean.parsers.base import Selectors, SiteParser

PARSER = SiteParser(
    "serangkab",
    Selectors(
        title=("//h1[contains(@class,'post-title')]", "//h1"),
        date=("//*[contains(@class,'post-date')]", "//meta[@property='article:published_time']/@content"),
        author=("//*[contains(@class,'post-author')]",),
        body=("//div[contains(@class,'post-content')]",),
        boilerplate=(".//*[contains(@class,'post-views')]", ".//*[contains(@class,'related')]",
                     ".//figure", ".//script"),
    ),
)
