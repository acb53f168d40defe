"""The Spanish phrasebook (see :mod:`retrocoach.core.phrases_en` for what each function says).

Spain's gym Spanish in the second person, as a coach calls it: "de espaldas" (running
backwards is "correr de espaldas"), "Luego:" for "Next:", "Afloja" for "Slow down". Numbers
stay digits, which a Spanish voice reads in Spanish ("30 segundos": "treinta segundos"),
except where the voice would get the gender or the apocope wrong: "1 minuto" is read "uno
minuto", so "un minuto", "una hora", "veintiún segundos" are written out.
"""

from __future__ import annotations

from retrocoach.core.phrase_tools import lower_first, unique, whole_minutes
from retrocoach.core.workout import Direction, Pace, split_duration

LANGUAGE = "es"

_DIRECTION = {Direction.BACKWARD: "de espaldas", Direction.FORWARD: "hacia delante"}
_ONE_WORD = {Direction.BACKWARD: "Atrás", Direction.FORWARD: "Adelante"}
_PACE = {Pace.WALK: "camina", Pace.JOG: "trota", Pace.RUN: "corre"}
EASE_OFF_SHORT = "Afloja"
EASE_OFF = f"{EASE_OFF_SHORT} para girarte"
#: How to turn on a moving belt, said before a turn on a treadmill instead of EASE_OFF
#: (the makers' advice: see phrases_en.TREADMILL_TURN).
TREADMILL_TURN_SHORT = "Baja la velocidad"
TREADMILL_TURN = f"{TREADMILL_TURN_SHORT}, pisa los laterales, gírate y vuelve a subir"
#: The effort question said after the finish, and its answers (1 to 10: EFFORT_WORDS).
EFFORT_WORDS: tuple[str, ...] = (
    "muy fácil",
    "fácil",
    "moderado",
    "algo duro",
    "duro",
    "bastante duro",
    "muy duro",
    "muy, muy duro",
    "casi máximo",
    "máximo",
)
EFFORT_QUESTION = (
    "¿Cuánto te ha costado? De 1, muy fácil, a 10, máximo. Pulsa un número o salta la pregunta."
)
EFFORT_ANSWER = "Esfuerzo {effort}: {word}. Guardado."
EFFORT_CHOICE = "{effort}, {word}"
_PATH_CHECK = {
    "track": ("Comprueba que el camino detrás está libre", "Mira detrás de ti", "Mira atrás"),
    "hall": ("Comprueba que el suelo detrás está libre", "Mira detrás de ti", "Mira atrás"),
    "treadmill": (
        "Pinza puesta, manos cerca de las barras, medio ritmo de paseo",
        "Pinza puesta, manos cerca de las barras",
        "Pinza puesta",
    ),
}
#: (singular, plural, feminine?)
_UNITS = (("hora", "horas", True), ("minuto", "minutos", False), ("segundo", "segundos", False))
PAUSED = "Pausa"
RESUMED = "Seguimos"


def _number(value: int, feminine: bool) -> str:
    """Digits, or the word where a voice would read "uno" before a noun."""
    if value % 10 != 1 or value % 100 == 11:
        return str(value)
    if value == 1:
        return "una" if feminine else "un"
    if value == 21:
        return "veintiuna" if feminine else "veintiún"
    if value < 100:
        tens = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta"}
        tens |= {8: "ochenta", 9: "noventa"}
        return f"{tens[value // 10]} y {'una' if feminine else 'un'}"
    return str(value)


def _amount(value: int, unit: tuple[str, str, bool]) -> str:
    return f"{_number(value, unit[2])} {unit[0] if value == 1 else unit[1]}"


def duration(seconds: int) -> str:
    """ "un minuto y 30 segundos", "30 segundos", "una hora y 5 minutos"."""
    parts = [
        _amount(value, unit)
        for value, unit in zip(split_duration(seconds), _UNITS, strict=True)
        if value
    ]
    if not parts:
        return "0 segundos"
    return " y ".join([" ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else parts[0]


def movement(direction: Direction, pace: Pace) -> str:
    """ "Trota de espaldas"."""
    return f"{_PACE[pace].capitalize()} {_DIRECTION[direction]}"


def count(number: int) -> str:
    return str(number)


def path_check_forms(place: str) -> list[str]:
    return list(_PATH_CHECK.get(place, _PATH_CHECK["track"]))


def announce_forms(
    name: str, seconds: int, direction: Direction, pace: Pace, turned: bool
) -> list[str]:
    one_word = _ONE_WORD[direction] if turned else _PACE[pace].capitalize()
    return unique([f"{name}, {duration(seconds)}", name, movement(direction, pace), one_word])


def round_forms(number: int, rounds: int) -> list[str]:
    if rounds == 1:
        return ["Solo una serie"]
    if number == rounds:
        return ["Última serie"]
    return [f"Serie {number} de {rounds}", f"Serie {number}"]


def next_forms(
    name: str, seconds: int, direction: Direction, pace: Pace, ease_off: bool
) -> list[str]:
    """ "Luego: camina hacia delante, un minuto"; with `ease_off` "Afloja para girarte"."""
    name = lower_first(name)
    plain = unique(
        [
            f"Luego: {name}, {duration(seconds)}",
            f"Luego: {name}",
            f"Luego: {lower_first(movement(direction, pace))}",
        ]
    )
    if not ease_off:
        return plain
    shortest = f"Luego, {_DIRECTION[direction]}. {EASE_OFF_SHORT}"
    return [f"{text}. {EASE_OFF}" for text in plain] + [shortest]


def treadmill_turn_forms(name: str, seconds: int, direction: Direction, pace: Pace) -> list[str]:
    """On a treadmill, the Next cue before a turn says how to turn on a moving belt
    (:data:`TREADMILL_TURN`), the shortest only :data:`TREADMILL_TURN_SHORT`."""
    plain = next_forms(name, seconds, direction, pace, ease_off=False)
    shortest = f"Luego, {_DIRECTION[direction]}. {TREADMILL_TURN_SHORT}"
    return [f"{text}. {TREADMILL_TURN}" for text in plain] + [shortest]


def almost_done_forms() -> list[str]:
    return ["Ya casi está"]


def halfway(seconds_to_go: int) -> str:
    return f"Mitad: quedan {duration(seconds_to_go)}"


def done(total: int, backward: int) -> str:
    """ "Terminado: 16 minutos, 8 de espaldas"."""
    if total < 60:
        said = duration(total)
    else:
        minutes = whole_minutes(total)
        said = _amount(minutes, _UNITS[1])
    if backward == 0:
        return f"Terminado: {said}"
    if backward == total:
        return f"Terminado: {said}, todo de espaldas"
    if total < 60:
        return f"Terminado: {said}, {backward} de espaldas"
    back_minutes = whole_minutes(backward)
    if back_minutes == 0:
        return f"Terminado: {said}, {duration(backward)} de espaldas"
    if back_minutes >= minutes:
        return f"Terminado: {said}, casi todo de espaldas"
    return f"Terminado: {said}, {back_minutes} de espaldas"


def finish_lines(total: int, backward: int) -> list[str]:
    lines = [done(total, backward)]
    if backward:
        lines += [
            # longer than the English (3.0 s against 2.7 s): "agujetas" is the word
            "Agujetas en gemelos y muslos: normal al principio",
            "¿Agujetas o inestable? Repite este entreno; si no, pasa al siguiente",
        ]
    return lines


def skipped(name: str) -> str:
    return f"Saltado: {lower_first(name)}"


def went_back(name: str) -> str:
    return f"Volvemos: {lower_first(name)}"
