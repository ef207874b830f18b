from pathlib import Path

import pytest

from pipeline.core.config import load_config, redact, redacted
from pipeline.core.errors import ConfigError


def test_env_overrides_data_dir_and_nested_keys(tmp_path: Path) -> None:
    config = load_config(
        tmp_path, {"PANTAU_DATA_DIR": "elsewhere", "PANTAU_CRAWL__DOWNLOAD_DELAY": "2.5"}
    )
    assert config["data_dir"] == str(tmp_path / "elsewhere")
    assert config["crawl"]["download_delay"] == 2.5


def test_local_toml_overrides_defaults(tmp_path: Path) -> None:
    (tmp_path / "pantau.toml").write_text("[crawl]\nobey_robots = true\ntimeout = 7\n")
    assert load_config(tmp_path, {})["crawl"]["timeout"] == 7


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[crawl]\ntimeot = 7\n", "unknown setting 'timeot'"),
        ("crawl = 3\n", "must be a table"),
        ("[crawl\n", "invalid TOML"),
    ],
)
def test_bad_local_toml_names_the_file(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "pantau.toml").write_text(toml)
    with pytest.raises(ConfigError, match=message) as info:
        load_config(tmp_path, {})
    assert "pantau.toml" in str(info.value)


def test_env_value_of_wrong_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="PANTAU_CRAWL__TIMEOUT"):
        load_config(tmp_path, {"PANTAU_CRAWL__TIMEOUT": "soon"})


@pytest.mark.parametrize(
    ("secret", "shown"),
    [
        (
            "https://hooks.example.org/services/T000/B000/s3cr3tT0ken",
            "https://hooks.example.org/***",
        ),
        ("redis://:hunter2@10.1.2.3:6379/0", "redis://10.1.2.3:6379/***"),
        ("https://alerts.example.org", "https://alerts.example.org"),
        ("notify-send --token=abc123", "notify-send ***"),
        ("", ""),
    ],
)
def test_redact_hides_tokens_and_passwords(secret: str, shown: str) -> None:
    assert redact(secret) == shown


def test_config_show_masks_secret_settings(tmp_path: Path) -> None:
    config = load_config(
        tmp_path, {"PANTAU_MONITORING__ALERT_WEBHOOK": "https://h.example.org/x/T0KEN"}
    )
    assert "T0KEN" not in str(redacted(config))
    assert "T0KEN" in str(config)
