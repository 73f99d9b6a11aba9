"""The one error type: every user-facing failure is a GlossaryError."""

from __future__ import annotations


class GlossaryError(ValueError):
    """A problem with the user's input, printed as one line.

    ``path:line:col: message`` when the place is known, ``path: message`` when
    only the file is. ``excerpt`` holds the offending source line and a caret
    under the column, for the CLI to print after the message.
    """

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        col: int | None = None,
        source_line: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.col = col
        self.source_line = source_line
        super().__init__(str(self))

    @classmethod
    def at(cls, message: str, path: str, src: str, pos: int) -> GlossaryError:
        """An error at character offset ``pos`` of ``src``; line and column
        are worked out here, only when an error is raised (as tomli does)."""
        pos = max(0, min(pos, len(src)))
        line_start = max(src.rfind("\n", 0, pos), src.rfind("\r", 0, pos)) + 1
        line = src.count("\n", 0, line_start) + 1
        # A lone "\r" also ends a line; count those that are not part of "\r\n".
        line += src.count("\r", 0, line_start) - src.count("\r\n", 0, line_start)
        line_end = len(src)
        for stop in ("\n", "\r"):
            found = src.find(stop, line_start)
            if found != -1:
                line_end = min(line_end, found)
        return cls(message, path, line, pos - line_start + 1, src[line_start:line_end])

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where += f":{self.line}:{self.col}" if self.col is not None else f":{self.line}"
        return f"{where}: {self.message}" if where else self.message

    @property
    def excerpt(self) -> str:
        """The source line and a caret under the column, or "" if unknown."""
        if self.source_line is None or self.col is None:
            return ""
        # Show the line as it is; the caret is placed by character count.
        return f"    {self.source_line}\n    {' ' * (self.col - 1)}^"
