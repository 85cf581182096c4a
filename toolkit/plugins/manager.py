"""The registry of readers, profiles, writers and indicator names.

Plugins are loaded lazily, on the first call of :func:`get_registry`, never at import time:
first the built-ins in :data:`DEFAULT_PLUGINS`, then third-party plugins from the entry-point
group ``report_toolkit`` (skipped when the environment variable ``REPORT_TOOLKIT_NO_PLUGINS`` is
set, as the test suite does). Looking the group up through ``importlib.metadata`` costs some
50 ms (importing it, then parsing every distribution's metadata), on every run, for a group that
is almost always empty: :func:`_may_declare` first reads the ``entry_points.txt`` of the
distributions on ``sys.path`` (about 1 ms) and the full lookup runs only when one of them names
the group, or when it cannot tell (a zip file on the path, a custom metadata finder).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable
from dataclasses import field
from types import FunctionType, MethodType, ModuleType
from typing import Any

import pluggy

from toolkit.errors import PluginError
from toolkit.plugins import hookspecs
from toolkit.plugins.base import Profile, Reader, Writer
from toolkit.records import record

#: Modules of the built-in plugins, registered through the same hooks as third-party ones.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "toolkit.readers",
    "toolkit.profiles",
    "toolkit.outline",
    "toolkit.compare.writers",
    "toolkit.targets.plugin",
    "toolkit.terms.plugin",
    "toolkit.timeline.plugin",
    "toolkit.html.plugin",
    "toolkit.word.plugin",
)


@record(slots=False)
class Registration:
    kind: str
    name: str
    origin: str  #: plugin name: a built-in module or a distribution's entry point
    description: str = ""


@record(frozen=False, slots=False)
class Registry:
    """Everything the loaded plugins registered, by kind and name."""

    readers: dict[str, Reader] = field(default_factory=dict)
    profiles: dict[str, Profile] = field(default_factory=dict)
    writers: dict[tuple[str, str], Writer] = field(default_factory=dict)
    indicators: dict[str, tuple[str, ...]] = field(default_factory=dict)
    registrations: list[Registration] = field(default_factory=list)

    def writer(self, subject: str, fmt: str) -> Writer | None:
        """The writer for this subject and format, or None when none is registered."""
        return self.writers.get((subject, fmt))

    def writer_for_suffix(self, subject: str, suffix: str) -> Writer | None:
        """The writer of this subject that claims a file suffix (".html"), or None."""
        suffix = suffix.lower()
        for (subj, _), writer in self.writers.items():
            if subj == subject and suffix in writer.suffixes:
                return writer
        return None

    def formats(self, subject: str) -> list[str]:
        """The output formats registered for a subject, sorted."""
        return sorted(fmt for subj, fmt in self.writers if subj == subject)


def _check_name(kind: str, name: object, origin: str) -> str:
    if not isinstance(name, str) or not name:
        raise PluginError(f"plugin {origin!r} registered a {kind} without a name")
    return name


def _collect(pm: pluggy.PluginManager) -> Registry:
    registry = Registry()

    def add(kind: str, key: Any, name: str, origin: str, description: str, store: dict) -> None:
        if key in store:
            other = next(r for r in registry.registrations if r.kind == kind and r.name == name)
            raise PluginError(
                f"plugin {origin!r} registered {kind} {name!r}, already registered by "
                f"{other.origin!r}"
            )
        registry.registrations.append(Registration(kind, name, origin, description))

    for hook_name, kind, base, store in (
        ("register_readers", "reader", Reader, registry.readers),
        ("register_profiles", "profile", Profile, registry.profiles),
        ("register_writers", "writer", Writer, registry.writers),
    ):
        for impl in reversed(getattr(pm.hook, hook_name).get_hookimpls()):
            origin = impl.plugin_name

            def register(obj: Any, *, _kind=kind, _base=base, _store=store, _origin=origin) -> None:
                if not isinstance(obj, _base):
                    raise PluginError(
                        f"plugin {_origin!r} registered {obj!r} as a {_kind}, which is not a "
                        f"{_base.__module__}.{_base.__name__}"
                    )
                name = _check_name(_kind, obj.name, _origin)
                key: Any = (obj.subject, obj.format) if _kind == "writer" else name
                label = f"{obj.subject}:{obj.format}" if _kind == "writer" else name
                add(_kind, key, label, _origin, obj.description, _store)
                _store[key] = obj

            impl.function(register=register)

    for impl in reversed(pm.hook.register_indicators.get_hookimpls()):
        origin = impl.plugin_name

        def register_indicator(canonical: str, aliases: Iterable[str], *, _origin=origin) -> None:
            name = _check_name("indicator", canonical, _origin)
            known = registry.indicators.get(name, ())
            registry.indicators[name] = tuple(dict.fromkeys((*known, *aliases)))
            registry.registrations.append(Registration("indicator", name, _origin))

        impl.function(register=register_indicator)
    return registry


#: what pluggy takes for a hook (hookspec or hookimpl) when a module holds it
_HOOKABLE = (FunctionType, MethodType, staticmethod, classmethod)


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, which looks every attribute of a plugin up with
    ``inspect.getattr_static`` for a hook (most of the 11 M instructions of registering the
    built-ins and the hook specifications). In a module an attribute that holds no function
    cannot be a hook, and is skipped before that lookup; pluggy decides for the others, and for
    every attribute of a plugin that is not a module (the overrides pluggy documents)."""

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
        if _holds_no_function(plugin, name):
            return None
        return super().parse_hookimpl_opts(plugin, name)

    def parse_hookspec_opts(self, module_or_class: Any, name: str) -> Any:
        if _holds_no_function(module_or_class, name):
            return None
        return super().parse_hookspec_opts(module_or_class, name)


def _holds_no_function(plugin: object, name: str) -> bool:
    """True when ``plugin`` is a module whose ``name`` is a value pluggy never takes for a hook
    (its static lookup of a module's attribute finds the value itself)."""
    if not isinstance(plugin, ModuleType):
        return False
    value = vars(plugin).get(name)
    return value is not None and not isinstance(value, _HOOKABLE)


def make_plugin_manager(load_entrypoints: bool | None = None) -> pluggy.PluginManager:
    """A plugin manager with the built-ins and, unless disabled, the entry-point plugins."""
    pm = _PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for module_name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(module_name), name=module_name)
    if load_entrypoints is None:
        load_entrypoints = not os.environ.get("REPORT_TOOLKIT_NO_PLUGINS")
    if load_entrypoints and _may_declare(hookspecs.PROJECT):
        try:
            pm.load_setuptools_entrypoints(hookspecs.PROJECT)
        except Exception as exc:  # a broken third-party plugin must not look like our bug
            raise PluginError(f"a plugin failed to load: {exc}") from exc
    return pm


def _may_declare(group: str) -> bool:
    """False when no distribution ``importlib.metadata`` would find declares entry points of
    ``group``: no ``entry_points.txt`` of the ``*.dist-info`` and ``*.egg-info`` folders (and
    ``*.egg/EGG-INFO``) on ``sys.path`` names it. True whenever that cannot be known this way."""
    from importlib.machinery import PathFinder

    if any(
        hasattr(finder, "find_distributions") and finder is not PathFinder
        for finder in sys.meta_path
    ):
        return True
    for entry in sys.path:
        root = entry or "."
        try:
            children = os.listdir(root)
        except OSError:
            if os.path.isfile(root):  # a zip file: left to importlib.metadata
                return True
            continue
        is_egg = os.path.basename(root).lower().endswith(".egg")
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")) or (is_egg and low == "egg-info"):
                try:
                    with open(os.path.join(root, child, "entry_points.txt"), "rb") as handle:
                        if group.encode() in handle.read():
                            return True
                except OSError:
                    continue
    return False


_registry: Registry | None = None


def get_registry() -> Registry:
    """The process-wide registry, built on first use."""
    global _registry
    if _registry is None:
        _registry = _collect(make_plugin_manager())
    return _registry


def build_registry(*plugins: object, load_entrypoints: bool = False) -> Registry:
    """A fresh registry with the built-ins plus ``plugins`` (modules or objects with hookimpls);
    for tests and for embedding."""
    pm = make_plugin_manager(load_entrypoints=load_entrypoints)
    for plugin in plugins:
        pm.register(plugin)
    return _collect(pm)
