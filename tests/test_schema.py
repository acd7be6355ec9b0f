"""Each table declared once; frames are coerced and checked against it."""

import pandas as pd
import pytest
import yaml

from workbench import schema

try:
    from pandera.errors import SchemaError
except ImportError:  # pragma: no cover
    from pandera import SchemaError


def test_every_column_is_described():
    for table, specs in schema.TABLES.items():
        names = [s.name for s in specs]
        assert len(names) == len(set(names)), table
        assert all(s.description for s in specs), table


def test_validate_coerces_and_checks():
    frame = pd.DataFrame({"article_id": ["a"], "claim_index": [0], "sentence": ["Two died."],
                          "sentence_start": [0], "start": [0], "end": [3], "number_text": ["Two"], "value": [2],
                          "value_low": [None], "category": ["killed"], "qualifier": ["exact"], "who": [None],
                          "source": [None], "disputed": [False], "about_other_event": [False]})
    out = schema.validate("casualty_claims", frame)
    assert str(out["value"].dtype) == "Int64"
    with pytest.raises(SchemaError):
        schema.validate("casualty_claims", frame.assign(category=["eaten"]))


def test_empty_frames_are_typed():
    empty = schema.empty("articles")
    assert list(empty.columns) == schema.columns("articles")
    assert str(empty["published_at"].dtype) == "datetime64[ns, UTC]"


def test_environment_file_installs_the_package_with_python_311():
    env = yaml.safe_load(open("environment.yml"))
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip = next(d["pip"] for d in deps if isinstance(d, dict))
    assert "-e .[dev]" in pip
