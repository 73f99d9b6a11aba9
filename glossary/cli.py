"""The command line: ``python -m glossary show 000``.

One function per subcommand; every user error is a GlossaryError, printed
once on stderr as ``file:line:col: message`` (with the source line and a
caret when there is one). Exit codes: 0 success, 1 bad input, 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import entries, find, render_html, render_json, render_md, render_text, report, sources
from . import cli_tools
from .errors import GlossaryError

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def _load_glossary(args: argparse.Namespace) -> entries.Glossary:
    files = sources.user_gloss_files(args.glossary) if args.glossary else sources.builtin_gloss_files()
    return entries.build(files)


def _emit(text: str) -> None:
    """Write to stdout, in UTF-8 if the terminal's encoding cannot hold the text."""
    stream = sys.stdout
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
    except UnicodeEncodeError:
        if hasattr(stream, "buffer"):
            stream.flush()
            stream.buffer.write(text.encode("utf-8"))
            stream.flush()
            return
    stream.write(text)
    stream.flush()


def _write_output(text: str, output: str | None, protected: list[Path]) -> None:
    """Print, or write ``output`` whole: a temporary file in the same folder
    renamed into place, so a failed run leaves any previous file as it was."""
    if output is None or output == "-":
        _emit(text)
        return
    target = Path(output)
    for path in protected:
        if target.exists() and path.exists() and os.path.samefile(target, path):
            raise GlossaryError("refusing to overwrite an input file with the handout", output)
    if target.is_dir():
        raise GlossaryError("is a directory: give a file name for the handout", output)
    import tempfile  # only when writing a file

    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise GlossaryError(f"cannot write here: {error.strerror or error}", output) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def cmd_show(args: argparse.Namespace) -> int:
    glossary = _load_glossary(args)
    index = find.compile(glossary)
    docs = [
        render_text.Glossed(d.label, d.text, render_text.select(find.find(index, d.text), args.only, args.first))
        for d in sources.open_documents(args.text)
    ]
    if args.format == "json":
        out = render_json.render([render_json.document(*doc) for doc in docs])
    elif args.format == "html":
        out = render_html.render(docs, args.paper)
    elif args.format == "md":
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


def cmd_list(args: argparse.Namespace) -> int:
    index = find.compile(_load_glossary(args))
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
        report.coverage_table(glossary, found),
        "",
    ]
    unused = report.unused(glossary, found)
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
        "--paper", choices=render_html.PAPERS, default="a4", help="page size of the printed HTML handout (default a4)"
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
        # The reader stopped reading (`show all | head`): not an error of ours.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
