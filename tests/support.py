"""What the command-line tests share: the command line
called in-process, and a text file in a temporary folder."""

import io
import tempfile
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from unittest import mock

from glossary.cli import main


def run(*argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """``main(argv)`` with ``stdin`` as its standard input: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    fake = mock.Mock()
    fake.buffer = io.BytesIO(stdin or b"")
    with redirect_stdout(out), redirect_stderr(err), mock.patch("sys.stdin", fake):
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse exits on usage errors
            code = exit_.code
    return code, out.getvalue(), err.getvalue()


@contextmanager
def text_file(name: str, text: str):
    """A UTF-8 file ``name`` holding ``text``, in a folder removed afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, name)
        path.write_text(text, encoding="utf-8")
        yield path
