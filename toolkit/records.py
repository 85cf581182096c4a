"""Dataclasses whose ``==``, ``hash`` and ``repr`` are shared functions, not generated ones.

:func:`dataclasses.dataclass` writes the source of every method it adds and compiles it with
``exec``, once a class, at import: some 0.7 M instructions a method, 4.4 M for a frozen class
with slots (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``,
``__delattr__``). A ``diff`` imports some 25 of them and compares, hashes or shows none
during a run. :func:`record` is ``dataclass`` with the same arguments and the same behaviour,
except that the comparison, hash and repr it gives are three functions shared by all records,
reading the compared (hashed, shown) fields from the class: equal records are equal and hash
equal exactly when dataclass's would be, and print the same. ``__init__`` and, for a frozen
record, ``__setattr__`` and ``__delattr__`` are still dataclass's own.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T", bound=type)

#: the class attributes :func:`record` sets: the fields a record is compared, hashed and shown by,
#: as a function of the record that returns their values in a tuple
_COMPARED = "_record_compared"
_HASHED = "_record_hashed"
_SHOWN = "_record_shown"


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of fields ``names`` of an object, as a tuple (always one, as dataclass's
    methods build it)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return lambda obj: ()


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        values = getattr(self.__class__, _COMPARED)
        return values(self) == values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(getattr(self.__class__, _HASHED)(self))


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    names = getattr(self.__class__, _SHOWN)
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
    return f"{self.__class__.__qualname__}({shown})"


@overload
def record(cls: _T, /) -> _T: ...
@overload
def record(
    *,
    frozen: bool = True,
    slots: bool = True,
    eq: bool = True,
    repr: bool = True,
    kw_only: bool = False,
) -> Callable[[_T], _T]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(
    cls: _T | None = None,
    /,
    *,
    frozen: bool = True,
    slots: bool = True,
    eq: bool = True,
    repr: bool = True,
    kw_only: bool = False,
) -> _T | Callable[[_T], _T]:
    """``@dataclass(frozen=True, slots=True)`` (the defaults here) and its other arguments, with
    the shared ``__eq__``, ``__hash__`` and ``__repr__`` (see the module docstring). As with
    dataclass, a method the class defines itself is kept; a mutable record with ``eq`` is
    unhashable; ``eq=False`` leaves comparison and hash to identity."""

    def wrap(cls: _T) -> _T:
        own = dict(cls.__dict__)
        # dataclass's reading: a class that defines __eq__ gets __hash__ = None from Python
        explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
        make = dataclass(frozen=frozen, slots=slots, eq=False, repr=False, kw_only=kw_only)
        made: Any = make(cls)
        found = fields(made)
        if repr and "__repr__" not in own:
            setattr(made, _SHOWN, tuple(f.name for f in found if f.repr))
            made.__repr__ = _repr
        if eq and "__eq__" not in own:
            setattr(made, _COMPARED, _values(tuple(f.name for f in found if f.compare)))
            made.__eq__ = _eq
        if eq and not explicit_hash:
            if frozen:
                hashed = (f.name for f in found if (f.compare if f.hash is None else f.hash))
                setattr(made, _HASHED, _values(tuple(hashed)))
                made.__hash__ = _hash
            else:
                made.__hash__ = None
        return made

    return wrap if cls is None else wrap(cls)
