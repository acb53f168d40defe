"""The tip library as the app uses it: the built-in tips plus the user's tips file."""

from __future__ import annotations

from pathlib import Path

from retrocoach.assets_path import builtin_tips_file
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, verbatim
from retrocoach.core.tips import TipLibrary, merge_user_tips_text, parse_tips_text
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import warning
from retrocoach.storage.reading import FileTooLargeError, NotARegularFileError, read_regular

#: A tips file larger than this is not read.
MAX_TIPS_FILE_BYTES = 1024 * 1024


def load_tips(paths: DataPaths | None, language: str = "en") -> tuple[TipLibrary, list[Problem]]:
    """Built-in tips in `language` (one of :data:`~retrocoach.core.languages.LANGUAGES`),
    then the user's `tips.json` (adds tips, or switches built-ins off).

    Returns the library and the problems found (bad entries are skipped, the rest load). The
    user's file is only read, never changed or moved: it is theirs to fix. Only a regular file
    of at most 1 MB is read (:mod:`retrocoach.storage.reading`); anything else is reported.
    """
    builtin_file = builtin_tips_file(language)
    library, problems = parse_tips_text(builtin_file.read_text("utf-8"), str(builtin_file))
    if paths is None:
        return library, problems
    user_file = paths.tips_file
    try:
        text = read_regular(user_file, MAX_TIPS_FILE_BYTES).decode("utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return library, problems
    except FileTooLargeError as error:
        return library, [*problems, _not_loaded(user_file, str(error))]
    except NotARegularFileError as error:
        return library, [*problems, _not_loaded(user_file, str(error.strerror))]
    except (OSError, UnicodeDecodeError) as error:
        unreadable = QT_TRANSLATE_NOOP(
            "storage", "{path}: cannot be read ({reason}); your tips were not loaded"
        )
        return library, [*problems, warning(unreadable, path=str(user_file), reason=str(error))]
    merged, user_problems = merge_user_tips_text(library, text, str(user_file))
    return merged, problems + user_problems


def _not_loaded(path: Path, reason: str) -> Problem:
    template = QT_TRANSLATE_NOOP("storage", "{path}: {reason}; your tips were not loaded")
    return warning(template, path=str(path), reason=verbatim(reason))
