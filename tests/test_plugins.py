from __future__ import annotations

import importlib
import types

import pluggy
import pytest

from toolkit.errors import PluginError
from toolkit.plugins import hookimpl, hookspecs
from toolkit.plugins.base import Reader
from toolkit.plugins.manager import (
    DEFAULT_PLUGINS,
    _PluginManager,
    build_registry,
    get_registry,
)


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


def test_the_manager_finds_the_hooks_pluggy_s_own_finds():
    """The manager skips a module's attributes that hold no function before pluggy's static
    lookup: the same hooks, from the same functions, as pluggy's manager finds, in modules (the
    built-ins, and one holding a bound method and a static method) and in other plugins."""

    class Holder:
        @hookimpl
        def register_readers(self, register):
            pass

        @staticmethod
        @hookimpl
        def register_writers(register):
            pass

    odd = types.ModuleType("odd_plugin")
    odd.register_readers = Holder().register_readers  # type: ignore[attr-defined]
    odd.register_writers = Holder.__dict__["register_writers"]  # type: ignore[attr-defined]
    odd.TABLE = {"register_indicators": 1}  # type: ignore[attr-defined]
    plugins = [(importlib.import_module(name), name) for name in DEFAULT_PLUGINS]
    plugins += [(odd, "odd"), (Holder(), "instance")]

    def hooks(manager: pluggy.PluginManager) -> dict[str, list[tuple[str, object]]]:
        manager.add_hookspecs(hookspecs)
        for plugin, name in plugins:
            manager.register(plugin, name=name)
        return {
            hook: [(i.plugin_name, i.function) for i in getattr(manager.hook, hook).get_hookimpls()]
            for hook in ("register_readers", "register_profiles", "register_writers")
        } | {
            "indicators": [i.plugin_name for i in manager.hook.register_indicators.get_hookimpls()]
        }

    ours, theirs = (
        hooks(_PluginManager(hookspecs.PROJECT)),
        hooks(pluggy.PluginManager(hookspecs.PROJECT)),
    )
    assert ours == theirs
    assert ("odd", odd.register_readers) in ours["register_readers"]
