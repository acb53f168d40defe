"""The briefing before the first session: about a minute of what to know before walking
backwards for the first time, spoken and shown, skippable (pure).

The content follows the research notes (``coaching-facts.md``, Safety): a clinician's OK for
people with dizziness, balance problems or falls (backward walking is disproportionately
impaired with them: Davalos-Bichara 2014, Fritz 2013; the advice itself is an inference);
flat, light, flexible shoes (Runner's World DE); walk the stretch forwards first; grass, a
track or an empty hall to start (Achilles Running, retrorunning.de); on a treadmill the
safety clip and half the forward walking pace; a glance over alternate shoulders every few
steps (retrorunning.de); calf and thigh soreness to expect at first. The words are this
module's own.

The app plays it before the first start on a fresh data folder (and from Help, on demand),
before the lead-in; :func:`briefing_cues` places its lines on the session's time axis just
before the lead-in, which is how ``plan --json`` shows them (kind ``briefing``).
"""

from __future__ import annotations

from retrocoach.core.cues import (
    DEFAULT_WORDS_PER_MINUTE,
    Cue,
    CueKind,
    estimate_speaking_seconds,
)

#: Silence after each line of the briefing.
LINE_GAP_SECONDS = 0.8

#: The briefing's lines per language: one for each phrasebook language (core.phrases), the
#: voice says it in the session's language.
LINES: dict[str, tuple[str, ...]] = {
    "en": (
        "Before your first backward session, one minute of safety. Press Space to skip it.",
        "If you get dizzy, have balance problems or have fallen before, ask a doctor or a "
        "physiotherapist first.",
        "Wear flat, light shoes that bend easily.",
        "Walk your route forwards first, and look out for holes, stones and roots.",
        "Start on grass, a running track or an empty hall, away from other people.",
        "On a treadmill, clip the safety key to your clothes, hold the side rails, and start "
        "at half your forward walking pace.",
        "Look back over your shoulder every few steps, left and right in turn.",
        "Your calves and thighs work in a new way: some soreness for a day or two is normal.",
        "Small, slow steps today. That's all. Enjoy your first session.",
    ),
    "de": (
        "Vor deiner ersten Rückwärts-Einheit eine Minute zur Sicherheit. Mit der Leertaste "
        "überspringst du sie.",
        "Wenn dir schwindlig wird, du Gleichgewichtsprobleme hast oder schon gestürzt bist, "
        "frag zuerst einen Arzt oder Physiotherapeuten.",
        "Trag flache, leichte Schuhe, die sich gut biegen lassen.",
        "Geh deine Strecke zuerst vorwärts ab und achte auf Löcher, Steine und Wurzeln.",
        "Fang auf Rasen, einer Laufbahn oder in einer leeren Halle an, weg von anderen Leuten.",
        "Auf dem Laufband: Sicherheitsclip an die Kleidung, an den Seitengriffen festhalten, "
        "und mit halbem Gehtempo anfangen.",
        "Schau alle paar Schritte über die Schulter zurück, abwechselnd links und rechts.",
        "Waden und Oberschenkel arbeiten ganz neu: Ein, zwei Tage Muskelkater sind normal.",
        "Heute kleine, langsame Schritte. Mehr nicht. Viel Spaß bei deiner ersten Einheit.",
    ),
    "es": (
        "Antes de tu primera sesión de espaldas, un minuto de seguridad. Pulsa Espacio para "
        "saltarlo.",
        "Si te mareas, tienes problemas de equilibrio o te has caído antes, consulta primero a "
        "un médico o fisioterapeuta.",
        "Usa zapatillas planas y ligeras que se doblen con facilidad.",
        "Recorre primero tu ruta hacia delante y fíjate en agujeros, piedras y raíces.",
        "Empieza en césped, en una pista o en un pabellón vacío, lejos de otras personas.",
        "En una cinta, engancha la llave de seguridad a tu ropa, agárrate a los laterales y "
        "empieza a la mitad de tu ritmo al caminar.",
        "Mira atrás por encima del hombro cada pocos pasos, a izquierda y derecha por turnos.",
        "Gemelos y muslos trabajan de otra forma: unas agujetas uno o dos días son normales.",
        "Hoy, pasos cortos y lentos. Nada más. Disfruta de tu primera sesión.",
    ),
    "fr": (
        "Avant ta première séance à reculons, une minute de consignes de sécurité. Appuie sur "
        "Espace pour les passer.",
        "Si tu as des vertiges, des troubles de l'équilibre ou si tu es déjà tombé, demande "
        "d'abord l'avis d'un médecin ou d'un kiné.",
        "Mets des chaussures plates, légères et souples.",
        "Fais d'abord le parcours en avant, et repère les trous, les pierres et les racines.",
        "Commence sur l'herbe, sur une piste ou dans un gymnase vide, à l'écart des autres.",
        "Sur un tapis, accroche le clip de sécurité à tes vêtements, tiens les barres latérales "
        "et commence à la moitié de ton allure de marche habituelle.",
        "Tous les trois ou quatre pas, jette un coup d'œil par-dessus l'épaule, à gauche puis "
        "à droite.",
        "Tes mollets et tes cuisses travaillent autrement : un jour ou deux de courbatures, "
        "c'est normal.",
        "Aujourd'hui, des petits pas, sans te presser. C'est tout. Bonne première séance.",
    ),
}


def briefing_lines(language: str = "en") -> tuple[str, ...]:
    """The briefing in `language` (English where it has none yet)."""
    return LINES.get(language, LINES["en"])


def briefing_cues(
    lead_in_seconds: float,
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
    language: str = "en",
) -> list[Cue]:
    """The briefing as cues ending :data:`LINE_GAP_SECONDS` before the lead-in begins (the
    session's axis: 0 is the end of the lead-in, so every briefing cue is before
    ``-lead_in_seconds``)."""
    lines = briefing_lines(language)
    lengths = [estimate_speaking_seconds(line, words_per_minute) for line in lines]
    total = sum(lengths) + LINE_GAP_SECONDS * len(lines)
    at = -float(lead_in_seconds) - total
    cues = []
    for line, seconds in zip(lines, lengths, strict=True):
        cues.append(Cue(round(at, 3), CueKind.BRIEFING, line, None, seconds, False))
        at += seconds + LINE_GAP_SECONDS
    return cues


def briefing_seconds(
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE, language: str = "en"
) -> float:
    """How long the briefing takes in `language`, silences included."""
    cues = briefing_cues(0, words_per_minute, language)
    return -cues[0].at
