"""``report-toolkit plugins``: what is registered and where it came from."""

from toolkit.cli.common import NoColorOption, stdout_console


def plugins(
    no_color: NoColorOption = False,
) -> None:
    """List the registered readers, profiles, writers and indicator names.

    Each row names the plugin it came from; the built-ins register through the same hooks as
    third-party plugins (entry-point group report_toolkit).

    **Example:**

    report-toolkit plugins
    """
    from rich.table import Table

    from toolkit.plugins.manager import get_registry

    registry = get_registry()
    table = Table(title="report-toolkit plugins", show_lines=False)
    table.add_column("kind")
    table.add_column("name")
    table.add_column("from")
    table.add_column("description")
    for reg in sorted(registry.registrations, key=lambda r: (r.kind, r.name)):
        table.add_row(reg.kind, reg.name, reg.origin, reg.description)
    stdout_console(no_color).print(table)
