import pytest

from pipeline.core.article import article_id_for, canonical_url


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("HTTPS://Example.go.id/berita/1/", "https://example.go.id/berita/1"),
        ("https://example.go.id:443/berita/1#komentar", "https://example.go.id/berita/1"),
        ("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a/"),
    ],
)
def test_equivalent_urls_share_one_article_id(a: str, b: str) -> None:
    assert article_id_for(a) == article_id_for(b)


def test_different_ports_are_different_sites() -> None:
    assert article_id_for("http://127.0.0.1:8080/a") != article_id_for("http://127.0.0.1:8081/a")


@pytest.mark.parametrize("url", ["http://[::1", "http://example.go.id:99999/x", "bukan url"])
def test_unparsable_urls_get_a_stable_id_instead_of_an_error(url: str) -> None:
    assert canonical_url(url) == url
    assert article_id_for(url) == article_id_for(url)
