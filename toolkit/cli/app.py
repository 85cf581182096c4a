"""The ``report-toolkit`` command: Typer app, command registration and the error funnel."""

import importlib
import inspect
import os
import signal
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Annotated, Any, Final

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup

from toolkit import __version__
from toolkit.cli import exiting
from toolkit.cli.common import force_encoding, one_line
from toolkit.errors import ExitCode, ToolkitError

#: the commands in the order a user meets them (read, compare, analyse, share, draft; then
#: housekeeping): name → the module of ``toolkit.cli`` holding the function of that name
COMMANDS: dict[str, str] = {
    "outline": "outline",
    "diff": "diff",
    "targets": "targets",
    "terms": "terms",
    "check": "check",
    "report": "report",
    "draft": "draft",
    "timeline": "timeline",
    "corpus": "corpus",
    "plugins": "plugins_cmd",
    "schema": "schema_cmd",
}

#: how every command shows its own help (``report-toolkit diff --help``)
_MARKUP: Final = "markdown"


def command_function(name: str) -> Callable[..., Any]:
    """The function behind command ``name`` (its module imported now)."""
    return getattr(importlib.import_module(f"toolkit.cli.{COMMANDS[name]}"), name)


def _build(name: str) -> TyperCommand:
    """Command ``name`` as Typer makes it: its parameters read from the function's signature."""
    single = typer.Typer(rich_markup_mode=_MARKUP, add_completion=False)
    single.command(name)(command_function(name))
    command = typer.main.get_command(single)
    assert isinstance(command, TyperCommand)
    return command


class _LazyCommands(Mapping[str, Any]):
    """The commands by name, each built when first asked for. Typer reads every parameter of a
    command from its signature and annotations when it builds it (several milliseconds a
    command), so a run builds only the command it runs, and imports only that command's
    module (the pattern click documents as lazily loaded subcommands)."""

    def __init__(self) -> None:
        self._built: dict[str, TyperCommand] = {}

    def __getitem__(self, name: str) -> TyperCommand:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            self._built[name] = _build(name)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


class _Commands(TyperGroup):
    """The command group, its commands built lazily (:class:`_LazyCommands`). Its own help
    (``report-toolkit --help``, or no arguments) is plain text: the list of commands needs no
    Markdown, and Typer's rich help would import Rich and a Markdown parser first, which takes
    longer than all the rest of the help together; the list shows each command's first
    sentence from its docstring without building the command. Each command's help
    (``report-toolkit diff --help``) stays rich."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _LazyCommands()  # type: ignore[assignment]

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        limit = formatter.width - 6 - max(map(len, COMMANDS))
        rows = []
        for name in COMMANDS:
            # the short help Typer's command would give, from a command that has only its help
            light = TyperCommand(name=name, help=inspect.getdoc(command_function(name)))
            rows.append((name, light.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        mode, self.rich_markup_mode = self.rich_markup_mode, None
        try:
            super().format_help(ctx, formatter)
        finally:
            self.rich_markup_mode = mode


app = typer.Typer(
    cls=_Commands,
    name="report-toolkit",
    help=(
        "Read, compare and draft Chinese government work reports (政府工作报告) year on year.\n\n"
        "Inputs may be .docx, .txt (UTF-8, GB18030/GBK, UTF-16), .html pages saved from "
        "government sites, or .md."
    ),
    no_args_is_help=True,
    rich_markup_mode=_MARKUP,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"report-toolkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = None,
    traceback: Annotated[
        bool,
        typer.Option("--traceback", help="Show the full traceback when something goes wrong."),
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            help="Read text and HTML inputs in this encoding (gb18030, utf-8, big5 …) instead "
            "of detecting it; for when a warning says the detected one is a guess.",
            metavar="NAME",
        ),
    ] = None,
) -> None:
    if traceback:
        os.environ["REPORT_TOOLKIT_TRACEBACK"] = "1"
    force_encoding(encoding)


def _terminated(signum: int, _frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so that atomic writes remove their temporary files."""
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (None: ``sys.argv[1:]``) and return its exit code;
    a :class:`ToolkitError` becomes one line on stderr and its code. Never exits, so that the
    error and exit-code paths can be tested in-process: ``main(["diff", "a.txt", "b.txt"])``.

    Run as the program (``argv`` None, as the ``report-toolkit`` script does), it hands the
    process back with every object it made frozen (:func:`toolkit.cli.exiting`)."""
    code = _run(argv)
    if argv is None:
        exiting()
    return code


def _run(argv: Sequence[str] | None) -> int:
    signal.signal(signal.SIGTERM, _terminated)
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        # non-standalone Typer returns the code of a command's `typer.Exit(code)`, and turns
        # Ctrl-C into 130, instead of exiting
        result = app(args=args, prog_name="report-toolkit", standalone_mode=False)
    except ToolkitError as exc:
        if os.environ.get("REPORT_TOOLKIT_TRACEBACK"):
            raise
        return _fail(str(exc), exc.hint, exc.exit_code)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        return _fail("aborted", None, ExitCode.INTERNAL)
    except KeyboardInterrupt:
        return _fail("interrupted", None, 130)
    except SystemExit as exc:  # a signal handler's exit
        return exc.code if isinstance(exc.code, int) else 1
    except Exception as exc:  # click's usage errors arrive here in non-standalone mode
        usage = getattr(exc, "exit_code", None)
        if hasattr(exc, "show") and usage is not None:
            exc.show()
            return int(usage)
        if os.environ.get("REPORT_TOOLKIT_TRACEBACK"):
            raise
        return _fail(
            f"internal error: {type(exc).__name__}: {exc}",
            "run again with --traceback and report it",
            ExitCode.INTERNAL,
        )
    if result == 130:
        return _fail("interrupted", None, 130)
    return result if isinstance(result, int) else 0


def _fail(message: str, hint: str | None, code: int) -> int:
    sys.stderr.write(f"report-toolkit: error: {one_line(message)}\n")
    if hint:
        sys.stderr.write(f"  hint: {one_line(hint)}\n")
    return int(code)
