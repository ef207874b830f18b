"""kupasonline.com: paginated news (/halaman/N); share bar, Google News line and editor after the body."""

from pipeline.clean.parsers.base import Selectors, SiteParser

PARSER = SiteParser(
    "kupasonline",
    Selectors(
        title=("//h1[contains(@class,'detail-title')]", "//h1"),
        date=("//*[contains(@class,'detail-date')]", "//meta[@name='pubdate']/@content"),
        body=("//div[contains(@class,'detail-content')]",),
        boilerplate=(".//*[contains(@class,'share')]", ".//*[contains(@class,'gnews')]",
                     ".//*[contains(@class,'pagination')]"),
    ),
)
