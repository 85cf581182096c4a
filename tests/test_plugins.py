from __future__ import annotations

import pytest

from toolkit.errors import PluginError
from toolkit.plugins import hookimpl
from toolkit.plugins.base import Reader
from toolkit.plugins.manager import build_registry, get_registry


def test_builtins_register_through_hooks():
    registry = get_registry()
    assert {"txt", "md", "docx", "html"} <= set(registry.readers)
    origins = {r.origin for r in registry.registrations if r.kind == "reader"}
    assert origins == {"toolkit.readers"}


def test_duplicate_reader_name_is_rejected():
    class Clash(Reader):
        name = "txt"

    class Plugin:
        @hookimpl
        def register_readers(self, register):
            register(Clash())

    with pytest.raises(PluginError, match="already registered"):
        build_registry(Plugin())


def test_registering_a_non_reader_is_rejected():
    class Plugin:
        @hookimpl
        def register_readers(self, register):
            register(object())

    with pytest.raises(PluginError, match="not a"):
        build_registry(Plugin())


def test_a_misspelt_writer_option_is_an_error_not_ignored():
    from toolkit.plugins.base import WriteOptions

    with pytest.raises(TypeError):
        WriteOptions(side_by_sdie=True)  # type: ignore[call-arg]
