"""The author's and readers' commands: ``suggest``, ``lookup``, ``export``.

``register(commands)`` adds them to the parser cli.py builds; each runs
through cli.main like ``show``: user errors are GlossaryError, output is
written whole. The modules that do the work (suggest, lookup, export, and
the frequency lists they read) are imported only when a command runs, so
that ``show`` starts as fast as before.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .errors import GlossaryError

EXIT_OK = 0


def register(commands) -> None:
    """Add the subcommands to ``commands`` (an argparse subparsers object)."""
    suggesting = commands.add_parser(
        "suggest", help="list the expressions of a text that the glossary does not cover yet, most likely first"
    )
    suggesting.add_argument(
        "text", nargs="?", help="a seed id (000 or 0), 'all', a seed file name, a path, or - for stdin"
    )
    suggesting.add_argument("--format", choices=("text", "yml"), default="text",
                            help="text (default), or yml: entry skeletons to paste into a gloss file")
    suggesting.add_argument("--top", type=_count, metavar="N", help="show only the N most likely candidates")
    suggesting.add_argument("--evaluate", action="store_true",
                            help="measure suggest against the glossary on the seeds (or on TEXT)")
    suggesting.set_defaults(func=cmd_suggest)

    looking = commands.add_parser("lookup", help="find entries by French or English words, and where they occur")
    looking.add_argument("query", nargs="+", help="words to look for (accents and case do not matter)")
    looking.set_defaults(func=cmd_lookup)

    exporting = commands.add_parser("export", help="write the glossary for Anki, a spreadsheet, a program or a CAT tool")
    exporting.add_argument("--format", choices=("anki", "csv", "json", "tbx"), required=True, help="the file format")
    exporting.add_argument("texts", nargs="*", metavar="TEXT",
                           help="only the entries found in these texts (seed ids, paths, - for stdin); default: "
                                "every entry, with its occurrences in the seeds")
    for sub in (suggesting, exporting):
        sub.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    exporting.set_defaults(func=cmd_export)

    for sub in (suggesting, looking, exporting):
        sub.add_argument("--glossary", action="append", metavar="FILE",
                         help="use this gloss file instead of the built-in ones (repeatable)")


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("give at least 1")
    return number


def _glossary(args: argparse.Namespace):
    from . import entries, sources

    files = sources.user_gloss_files(args.glossary) if args.glossary else sources.builtin_gloss_files()
    return entries.build(files)


def _write(text: str, args: argparse.Namespace, inputs: list[str]) -> None:
    """Print, or write ``-o FILE`` whole, never over one of the inputs."""
    from .cli import _write_output  # the one writer of the command line

    protected = [Path(name) for name in [*(args.glossary or []), *inputs] if name not in ("-", "all") and not name.isdigit()]
    _write_output(text, getattr(args, "output", None), protected)


def cmd_suggest(args: argparse.Namespace) -> int:
    from . import find, sources, suggest

    glossary = _glossary(args)
    index = find.compile(glossary)
    if args.evaluate:
        if args.format != "text" or args.top:
            raise GlossaryError("--evaluate prints a table: it takes no --format or --top")
        documents = sources.open_documents(args.text or "all")
        scores = [
            suggest.evaluate(_short(d.label), d.text, find.find(index, d.text)) for d in documents
        ]
        _write(suggest.format_scores(scores), args, [args.text or "all"])
        return EXIT_OK
    if args.text is None:
        raise GlossaryError("name a text to read (a seed id, a path, or - for stdin), or give --evaluate")
    parts = []
    for document in sources.open_documents(args.text):
        candidates = suggest.suggest(document.text, find.find(index, document.text), glossary.entries)
        render = suggest.format_yml if args.format == "yml" else suggest.format_text
        parts.append(render(document.label, candidates, args.top))
    _write("\n".join(parts), args, [args.text])
    return EXIT_OK


def _short(label: str) -> str:
    from .occurrences import text_id

    return text_id(label)


def cmd_lookup(args: argparse.Namespace) -> int:
    from . import find, lookup, occurrences, sources

    query = " ".join(args.query)
    glossary = _glossary(args)
    index = find.compile(glossary)
    found = lookup.search(glossary, query, index)
    if not found:
        close = lookup.closest(glossary, query)
        hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
        raise GlossaryError(f"no entry matches {query!r}{hint}")
    documents = sources.open_documents("all") if sources.seed_paths() else []
    where = occurrences.collect(index, documents)
    _write(lookup.format_results(query, found, where), args, [])
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from . import export, find, occurrences, sources

    glossary = _glossary(args)
    index = find.compile(glossary)
    if args.texts:
        documents = [d for name in args.texts for d in sources.open_documents(name)]
    else:
        documents = sources.open_documents("all") if sources.seed_paths() else []
    where = occurrences.collect(index, documents)
    if args.texts:
        chosen = [e for e in glossary.entries if e in where]  # glossary order
    else:
        chosen = list(glossary.entries)
    items = [export.Item(entry, where.get(entry, [])) for entry in chosen]
    _write(export.render(args.format, items), args, list(args.texts))
    return EXIT_OK
