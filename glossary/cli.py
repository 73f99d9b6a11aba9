"""The command line: ``python -m glossary show 000``.

One function per subcommand; every user error is a GlossaryError, printed
once on stderr as ``file:line:col: message`` (with the source line and a
caret when there is one). Exit codes: 0 success (warnings, such as the
encoding assumed for a text that is not UTF-8, go to stderr and --quiet
silences them), 1 bad input, 2 bad usage, 141 when the reader of stdout
went away (``show all | head``), 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import entries, find, render_text, sources
from . import cli_tools
from .errors import GlossaryError

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_BROKEN_PIPE = 0, 1, 2, 141
PAPERS = ("a4", "letter")  # render_html.PAPERS, named here so `show` need not import it


def _report():
    from . import report

    return report


def _load_glossary(args: argparse.Namespace) -> entries.Glossary:
    files = sources.user_gloss_files(args.glossary) if args.glossary else sources.builtin_gloss_files()
    return entries.build(files)


def _load_index(args: argparse.Namespace) -> tuple[entries.Glossary, find.Index]:
    """The glossary and its index: the user's gloss files, or the built-in
    ones from their cache (see cache.py)."""
    if args.glossary:
        glossary = _load_glossary(args)
        return glossary, find.compile(glossary)
    from . import cache

    return cache.builtin()


def _emit(text: str) -> None:
    """Write to stdout, in UTF-8 if the terminal's encoding cannot hold the
    text, a piece at a time: a reader that stops reading (``| head``) is
    then noticed at the next piece, rather than lost in one huge write."""
    stream = sys.stdout
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
    except UnicodeEncodeError:
        if hasattr(stream, "buffer"):
            stream.flush()
            data = text.encode("utf-8")
            for at in range(0, len(data), _PIECE):
                stream.buffer.write(data[at : at + _PIECE])
                stream.buffer.flush()
            return
    for at in range(0, len(text), _PIECE):
        stream.write(text[at : at + _PIECE])
        stream.flush()


_PIECE = 1 << 16


def _write_output(text: str, output: str | None, protected: list[Path]) -> None:
    """Print, or write ``output`` whole (see _output)."""
    with _output(output, protected) as write:
        write(text)


class _output:
    """Where a command's output goes: stdout, or a FILE written to a
    temporary file in the same folder and renamed into place only when
    complete, so a failed or interrupted run leaves any previous file as it
    was. Input files (the text, the gloss files) are never overwritten."""

    def __init__(self, output: str | None, protected: list[Path]) -> None:
        self.output = None if output in (None, "-") else output
        self.protected = [*protected, *(Path(p) for p in sources.builtin_gloss_paths())]
        self.temp: str | None = None

    def __enter__(self):
        if self.output is None:
            return _emit
        target = Path(self.output)
        for path in self.protected:
            if target.exists() and path.exists() and os.path.samefile(target, path):
                raise GlossaryError("refusing to overwrite an input file with the output", self.output)
        if target.is_dir():
            raise GlossaryError("is a directory: give a file name for the output", self.output)
        import tempfile  # only when writing a file

        folder = target.parent if str(target.parent) else Path(".")
        try:
            handle, self.temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        except OSError as error:
            raise GlossaryError(f"cannot write here: {error.strerror or error}", self.output) from None
        # mkstemp makes the file private (0600); the output gets the mode an
        # ordinary new file would, or keeps the one of the file it replaces.
        umask = os.umask(0)
        os.umask(umask)
        mode = os.stat(target).st_mode & 0o7777 if target.exists() else 0o666 & ~umask
        os.chmod(self.temp, mode)
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="")
        return self.stream.write

    def __exit__(self, kind, error, _traceback) -> None:
        if self.output is None:
            return
        self.stream.close()
        if kind is None:
            os.replace(self.temp, self.output)
        else:
            Path(self.temp).unlink(missing_ok=True)


def _warn(args: argparse.Namespace, message: str) -> None:
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def cmd_show(args: argparse.Namespace) -> int:
    _, index = _load_index(args)
    opened = sources.open_input(args.text)
    if isinstance(opened, sources.Stream):
        return _show_large(args, index, opened)
    for document in opened:
        if document.note:
            _warn(args, f"{document.label}: {document.note}")
        if not document.text.strip():
            _warn(args, f"{document.label}: the text is empty: there is nothing to gloss")
    docs = [
        render_text.Glossed(d.label, d.text, render_text.select(find.find(index, d.text), args.only, args.first))
        for d in opened
    ]
    # Each format's module is imported when asked for: a quicker start.
    if args.format == "json":
        from . import render_json

        out = render_json.render([render_json.document(*doc) for doc in docs])
    elif args.format == "html":
        from . import render_html

        out = render_html.render(docs, args.paper)
    elif args.format == "md":
        from . import render_md

        out = render_md.render(docs)
    elif len(docs) == 1:
        out = render_text.render(*docs[0], args.width)
    else:
        out = render_text.booklet(docs, args.width)
    protected = [Path(name) for name in args.glossary or []]
    if args.text not in ("-", "all") and not args.text.isdigit():
        protected.append(Path(args.text))
    _write_output(out, args.output, protected)
    return EXIT_OK


def _show_large(args: argparse.Namespace, index: find.Index, stream: sources.Stream) -> int:
    """A text above sources.LARGE, read, spotted and printed piece by piece
    so that memory stays bounded: text (read twice, as the header counts
    what the handout glosses) or JSON; HTML and Markdown refuse it."""
    try:
        if args.format not in ("text", "json"):
            raise GlossaryError(
                f"{stream.size / 2**20:.0f} MB is too large for --format {args.format} (the limit is "
                f"{sources.LARGE // 2**20} MB): use --format text or json",
                stream.label,
            )
        protected = [Path(name) for name in args.glossary or []] + [Path(stream.path)]

        def pieces():
            chosen = _Selection(args.only, args.first)
            for offset, text in sources.stream_chunks(stream):
                if offset < 0:
                    continue
                yield offset, text, chosen(find.find(index, text))

        title = next((t for o, t in sources.stream_chunks(stream) if o >= 0), "")
        title = render_text.title_of(title)
        with _output(args.output, protected) as write:
            if args.format == "json":
                _stream_json(write, stream.label, title, pieces())
            else:
                entries_seen: set = set()
                occurrences = 0
                for _, _, matches in pieces():
                    entries_seen.update(m.entry for m in matches)
                    occurrences += len(matches)
                glossed = f"{render_text._count(len(entries_seen), 'expression')}, {render_text._count(occurrences, 'occurrence')}"
                write(render_text.header(stream.label, title, glossed, args.width) + "\n")
                body = render_text.Body(args.width)
                for _, text, matches in pieces():
                    part = body(text, matches)
                    if part:
                        write("\n" + part)
        for offset, note in sources.stream_chunks(stream):
            if offset < 0:
                _warn(args, f"{stream.label}: {note}")
            break
    finally:
        if stream.label == "<stdin>":
            Path(stream.path).unlink(missing_ok=True)
    return EXIT_OK


class _Selection:
    """--only and --first over the pieces of a long text."""

    def __init__(self, kinds, first: bool) -> None:
        self.kinds, self.first, self.seen = kinds, first, set()

    def __call__(self, matches: list[find.Match]) -> list[find.Match]:
        chosen = [m for m in matches if self.kinds is None or m.entry.kind in self.kinds]
        if self.first:
            chosen = [m for m in chosen if m.entry not in self.seen and not self.seen.add(m.entry)]
        return chosen


def _stream_json(write, label: str, title: str, pieces) -> None:
    """The JSON handout of a long text, match by match; the same document
    as render_json gives for a short one."""
    import json

    write(f'{{\n  "source": {json.dumps(label, ensure_ascii=False)},\n  "title": {json.dumps(title, ensure_ascii=False)},\n  "matches": [')
    separator = "\n"
    for offset, text, matches in pieces:
        from . import render_json

        for match in render_json.document(label, text, matches)["matches"]:
            match["start"] += offset
            match["end"] += offset
            match["spans"] = [[s + offset, e + offset] for s, e in match["spans"]]
            item = json.dumps(match, ensure_ascii=False, indent=2).replace("\n", "\n    ")
            write(f"{separator}    {item}")
            separator = ",\n"
    write("\n  ]\n}\n" if separator != "\n" else "]\n}\n")


def cmd_list(args: argparse.Namespace) -> int:
    _, index = _load_index(args)
    rows = []
    for path in sources.seed_paths():
        document = sources.open_documents(path.name)[0]
        matches = find.find(index, document.text)
        count = len({m.entry for m in matches})
        rows.append(f"{path.name[:3]}  {render_text.title_of(document.text)}  ({count} expressions)")
    if not rows:
        raise GlossaryError(f"no seed texts found in {sources.seeds_dir()}")
    _emit("\n".join(rows) + "\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Validate the gloss files, then show how the seeds use them."""
    files = sources.user_gloss_files(args.glossary) if args.glossary else sources.builtin_gloss_files()
    glossary = entries.build(files)
    index = find.compile(glossary)
    found = {}
    for path in sources.seed_paths():
        document = sources.open_documents(path.name)[0]
        found[path.name[:3]] = find.find(index, document.text)
    lines = [
        f"Gloss files: {len(files)} files, {len(glossary.entries)} entries: no errors.",
        "",
        "Expressions glossed in each seed, by kind:",
        "",
        _report().coverage_table(glossary, found),
        "",
    ]
    unused = _report().unused(glossary, found)
    if unused:
        lines.append(f"Found in no seed ({len(unused)}): each needs a form that the seeds use, or to go:")
        lines.extend(f"  {entry.origin}: {entry.headword}" for entry in unused)
    else:
        lines.append("Every entry is found in at least one seed.")
    _emit("\n".join(lines) + "\n")
    return EXIT_OK


def _width(value: str) -> int:
    try:
        width = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 30 <= width <= 1000:
        raise argparse.ArgumentTypeError("the width must be between 30 and 1000")
    return width


def _kinds(value: str) -> frozenset[str]:
    """``idiom,jargon``: kinds of entries, "false friend" also written
    false-friend or false_friend so that it needs no quotes."""
    kinds = [" ".join(part.replace("-", " ").replace("_", " ").split()) for part in value.split(",")]
    for kind in kinds:
        if kind not in entries.KINDS:
            raise argparse.ArgumentTypeError(f"unknown kind {kind!r} (kinds: {', '.join(entries.KINDS)})")
    return frozenset(kinds)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="glossary",
        description="Glossed handouts of French texts for English readers.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    show = commands.add_parser("show", help="print the glossed handout of a text")
    show.add_argument("text", help="a seed id (000 or 0), 'all', a seed file name, a path, or - for stdin")
    show.add_argument("--width", type=_width, default=80, help="line width of the text handout (default 80)")
    show.add_argument(
        "--format", choices=("text", "json", "html", "md"), default="text", help="output format (default text)"
    )
    show.add_argument(
        "--paper", choices=PAPERS, default="a4", help="page size of the printed HTML handout (default a4)"
    )
    show.add_argument("--only", type=_kinds, metavar="KINDS", help="gloss only these kinds, e.g. idiom,jargon")
    show.add_argument("--first", action="store_true", help="mark only the first occurrence of each expression")
    show.add_argument("-o", "--output", metavar="FILE", help="write the handout to FILE instead of stdout")
    show.set_defaults(func=cmd_show)

    listing = commands.add_parser("list", help="list the seed texts with their titles and counts")
    listing.set_defaults(func=cmd_list)

    checking = commands.add_parser("check", help="validate the gloss files and report what each seed uses")
    checking.set_defaults(func=cmd_check)

    cli_tools.register(commands)
    show.add_argument("-q", "--quiet", action="store_true", help="no warnings on stderr (errors are still shown)")
    for sub in (show, listing, checking):
        sub.add_argument(
            "--glossary",
            action="append",
            metavar="FILE",
            help="use this gloss file instead of the built-in ones (repeatable)",
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GlossaryError as error:
        message = str(error) if error.path else f"glossary: {error}"
        print(message, file=sys.stderr)
        if error.excerpt:
            print(error.excerpt, file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader stopped reading (`show all | head`): not an error of
        # ours, so no message; stdout is pointed at /dev/null so that the
        # flush at exit does not complain, and the exit code says SIGPIPE.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass  # stdout is not a file (tests capture it): nothing to silence
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 130
