"""Behave like a Unix tool in a pipe: ``retrocoach voices | head -1`` ends quietly.

When the reader of stdout goes away, the next write raises BrokenPipeError (Python ignores
SIGPIPE). :func:`quiet_in_pipe` catches it anywhere in the command, points stdout at
``/dev/null`` so the interpreter's final flush does not fail a second time (that would print
"Exception ignored ... BrokenPipeError"), and returns 141, the status of a tool killed by
SIGPIPE (128 + 13), as ``yes | head -1`` leaves it. See "Note on SIGPIPE" in the Python
documentation of the ``signal`` module.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable
from typing import ParamSpec

#: 128 + SIGPIPE: what a shell reports for a writer whose reader went away.
EXIT_BROKEN_PIPE = 141
#: 128 + SIGINT: Ctrl+C.
EXIT_INTERRUPTED = 130
#: Errors of writing stdout that are the destination's fault, not ours.
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG})

_P = ParamSpec("_P")


def quiet_in_pipe(command: Callable[_P, int]) -> Callable[_P, int]:
    """`command`, returning 141 without a word when stdout's reader has gone away."""

    @functools.wraps(command)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> int:
        try:
            status = command(*args, **kwargs)
            _flush()  # buffered output fails here, not at interpreter exit
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_BROKEN_PIPE
        except KeyboardInterrupt:  # Ctrl+C: stop, as any tool does, without a traceback
            return EXIT_INTERRUPTED
        except OSError as error:
            if error.errno not in _OUTPUT_ERRNOS:
                raise
            _silence_stdout()  # a full or broken disk behind stdout (`> /dev/full`)
            print(f"retrocoach: cannot write the output: {error.strerror}", file=sys.stderr)
            return 1
        except SystemExit as leaving:  # argparse's --help and --version print, then exit
            try:
                _flush()
            except BrokenPipeError:
                _silence_stdout()
                return EXIT_BROKEN_PIPE
            raise leaving
        return status

    return run


def _flush() -> None:
    if sys.stdout is not None:  # started with stdout closed (`>&-`): nothing to flush
        sys.stdout.flush()


def _silence_stdout() -> None:
    if sys.stdout is None:
        return
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a test's capture: nothing to do
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
