"""Run by LibreOffice's Python (``/usr/bin/python3`` with the ``uno`` module), not by pytest:
open a .docx in a headless LibreOffice, accept or reject all tracked changes, save as UTF-8 text.

    python3 lo_revisions.py accept|reject IN.docx OUT.txt PROFILE_DIR
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
import uuid
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _prop(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def main(action: str, source: str, target: str, profile: str) -> None:
    pipe = f"rt{uuid.uuid4().hex[:12]}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nofirststartwizard",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=pipe,name={pipe};urp;",
        ]
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        for _ in range(120):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # the office is still starting
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        url = uno.systemPathToFileUrl(str(Path(source).resolve()))
        document = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),))
        dispatcher = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", context
        )
        command = (
            ".uno:AcceptAllTrackedChanges" if action == "accept" else ".uno:RejectAllTrackedChanges"
        )
        dispatcher.executeDispatch(document.getCurrentController().getFrame(), command, "", 0, ())
        out = uno.systemPathToFileUrl(str(Path(target).resolve()))
        document.storeToURL(
            out, (_prop("FilterName", "Text (encoded)"), _prop("FilterOptions", "UTF8"))
        )
        document.close(True)
        with contextlib.suppress(Exception):  # the bridge goes away with the office
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:5])
