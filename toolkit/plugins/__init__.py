"""The plugin core: hook specifications, base classes and the registry.

Built-in readers, profiles, writers and indicator names register through the same hooks as
third-party plugins (entry-point group ``report_toolkit``). See :mod:`toolkit.plugins.base` first.
"""

from toolkit.plugins.hookspecs import hookimpl

__all__ = ["hookimpl"]
