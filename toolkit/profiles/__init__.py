"""Built-in structure profiles."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.plugins import hookimpl
from toolkit.plugins.base import Profile
from toolkit.profiles.generic import GenericProfile
from toolkit.profiles.govreport import GovReportProfile


@hookimpl
def register_profiles(register: Callable[[Profile], None]) -> None:
    register(GovReportProfile())
    register(GenericProfile())
