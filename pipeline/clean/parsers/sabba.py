"""sabba.id: WordPress news theme; dateline in the first paragraph, ad slots inside the body."""

from pipeline.clean.parsers.base import Selectors, SiteParser

PARSER = SiteParser(
    "sabba",
    Selectors(
        title=("//h1[contains(@class,'entry-title')]", "//h1"),
        date=("//time[contains(@class,'published')]/@datetime", "//meta[@property='article:published_time']/@content",
              "//*[contains(@class,'date')]"),
        author=("//*[contains(@class,'author')]//a[contains(@class,'url')]", "//*[contains(@class,'author-name')]"),
        body=("//div[contains(@class,'entry-content')]",),
        boilerplate=(".//*[contains(@class,'ads') or contains(@class,'advert')]", ".//*[contains(@class,'sharedaddy')]",
                     ".//*[contains(@class,'jp-relatedposts')]", ".//script", ".//figure"),
    ),
)
