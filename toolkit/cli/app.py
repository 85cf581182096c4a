"""The ``report-toolkit`` command: Typer app, command registration and the error funnel."""

import os
import signal
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from toolkit import __version__
from toolkit.cli import (
    check,
    corpus,
    diff,
    draft,
    outline,
    plugins_cmd,
    report,
    schema_cmd,
    targets,
    terms,
    timeline,
)
from toolkit.cli.common import force_encoding, one_line
from toolkit.errors import ExitCode, ToolkitError


class _Commands(TyperGroup):
    """The command group. Its own help (``report-toolkit --help``, or no arguments) is plain
    text: the list of commands needs no Markdown, and Typer's rich help would import Rich and
    a Markdown parser first, which takes longer than all the rest of the help together.
    Each command's help (``report-toolkit diff --help``) stays rich."""

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
    rich_markup_mode="markdown",
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


# in the order a user meets them: read, compare, analyse, share, draft; then housekeeping
app.command("outline")(outline.outline)
app.command("diff")(diff.diff)
app.command("targets")(targets.targets)
app.command("terms")(terms.terms)
app.command("check")(check.check)
app.command("report")(report.report)
app.command("draft")(draft.draft)
app.command("timeline")(timeline.timeline)
app.command("corpus")(corpus.corpus)
app.command("plugins")(plugins_cmd.plugins)
app.command("schema")(schema_cmd.schema)


def _terminated(signum: int, _frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so that atomic writes remove their temporary files."""
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (None: ``sys.argv[1:]``) and return its exit code;
    a :class:`ToolkitError` becomes one line on stderr and its code. Never exits, so that the
    error and exit-code paths can be tested in-process: ``main(["diff", "a.txt", "b.txt"])``."""
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
