"""``report-toolkit schema``: print the JSON Schema of a command's JSON output."""

from typing import Annotated

import typer

#: the JSON outputs, each documented by ``toolkit/schemas/<name>.schema.json``
NAMES = ("outline", "diff", "targets", "terms", "check", "timeline", "corpus-targets")


def schema(
    name: Annotated[
        str,
        typer.Argument(
            help="One of: " + ", ".join(NAMES) + ".", metavar="NAME", show_default=False
        ),
    ],
) -> None:
    """Print the JSON Schema that documents a command's JSON output (--format json).

    **Example:**

    report-toolkit schema diff > diff.schema.json
    """
    from importlib import resources

    if name not in NAMES:
        raise typer.BadParameter(f"{name!r} is not one of: {', '.join(NAMES)}", param_hint="NAME")
    text = resources.files("toolkit").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    typer.echo(text.rstrip("\n"))
