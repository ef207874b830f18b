import dataclasses
import tomllib
from pathlib import Path

import pytest

from pipeline.core.config import load_config, redact, redacted
from pipeline.core.errors import ConfigError
from pipeline.core.settings_model import Settings

REPO = Path(__file__).resolve().parents[3]


def test_env_overrides_data_dir_and_nested_keys(tmp_path: Path) -> None:
    config = load_config(
        tmp_path, {"PANTAU_DATA_DIR": "elsewhere", "PANTAU_CRAWL__DOWNLOAD_DELAY": "2.5"}
    )
    assert config.data_dir == tmp_path / "elsewhere"
    assert config.crawl.download_delay == 2.5


def test_local_toml_overrides_defaults(tmp_path: Path) -> None:
    (tmp_path / "pantau.toml").write_text("[crawl]\nobey_robots = true\ntimeout = 7\n")
    assert load_config(tmp_path, {}).crawl.timeout == 7


def test_shipped_defaults_toml_matches_the_typed_defaults(tmp_path: Path) -> None:
    shipped = tomllib.loads((REPO / "pipeline" / "defaults.toml").read_text(encoding="utf-8"))
    assert Settings().as_dict() == shipped
    assert load_config(tmp_path, {}) == dataclasses.replace(Settings(), data_dir=tmp_path / "data")


def test_settings_are_frozen(tmp_path: Path) -> None:
    config = load_config(tmp_path, {})
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.crawl.timeout = 1  # type: ignore[misc]


def test_a_toml_date_is_read_as_its_iso_text(tmp_path: Path) -> None:
    (tmp_path / "pantau.toml").write_text("[crawl]\nsince = 2024-01-01\n")
    assert load_config(tmp_path, {}).crawl.since == "2024-01-01"


def test_whole_number_is_accepted_where_a_number_is_expected(tmp_path: Path) -> None:
    (tmp_path / "pantau.toml").write_text("[crawl]\ndownload_delay = 2\n")
    assert load_config(tmp_path, {}).crawl.download_delay == 2


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[crawl]\ntimeot = 7\n", "unknown setting 'timeot'"),
        ("crawl = 3\n", "must be a table"),
        ("[crawl\n", "invalid TOML"),
        ('[crawl]\ntimeout = "soon"\n', "'timeout' must be a whole number, got 'soon'"),
        ("[crawl]\nobey_robots = 1\n", "'obey_robots' must be true or false"),
        ("[flows]\nretries = true\n", "'retries' must be a whole number"),
        ('[monitoring]\nmax_error_rate = "high"\n', "'max_error_rate' must be a number"),
        ("[query]\nmemory_limit = 2\n", "'memory_limit' must be a string"),
        ("data_dir = 3\n", "'data_dir' must be a string"),
        ("schedules = 3\n", "'schedules' must be a list of tables"),
    ],
)
def test_bad_local_toml_names_the_file(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "pantau.toml").write_text(toml)
    with pytest.raises(ConfigError, match=message) as info:
        load_config(tmp_path, {})
    assert "pantau.toml" in str(info.value)


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("PANTAU_CRAWL__TIMEOUT", "soon"),
        ("PANTAU_CRAWL__OBEY_ROBOTS", "maybe"),
        ("PANTAU_MONITORING__MAX_ERROR_RATE", "high"),
    ],
)
def test_env_value_of_wrong_type_is_refused(tmp_path: Path, name: str, raw: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_config(tmp_path, {name: raw})


def test_env_overrides_the_local_file(tmp_path: Path) -> None:
    (tmp_path / "pantau.toml").write_text("[flows]\nbatch_size = 7\n")
    config = load_config(tmp_path, {"PANTAU_FLOWS__BATCH_SIZE": "9"})
    assert config.flows.batch_size == 9


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
