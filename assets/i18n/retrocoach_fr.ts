<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong{where}: {kind}: {error} (details in the log; the session keeps running)</source>
            <translation>Un problème est survenu{where} : {kind} : {error} (détails dans le journal ; la séance continue)</translation>
        </message>
        <message>
            <source>There is no workout '{id}': showing '{shown}' instead.</source>
            <translation>Il n’y a pas d’entraînement « {id} » : « {shown} » est affiché à la place.</translation>
        </message>
        <message>
            <source>There is no catalogue for the language '{language}': the window is in English.</source>
            <translation>Il n’y a pas de catalogue pour la langue « {language} » : la fenêtre est en anglais.</translation>
        </message>
        <message>
            <source>Languages: {languages}.</source>
            <translation>Langues : {languages}.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>retrocoach is already open: here it is.</source>
            <translation>retrocoach est déjà ouvert : le voici.</translation>
        </message>
    </context>
    <context>
        <name>ControlBar</name>
        <message>
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Skip briefing</source>
            <translation>Passer les consignes</translation>
        </message>
        <message>
            <source>Back  ←</source>
            <translation>Retour  ←</translation>
        </message>
        <message>
            <source>Skip  →</source>
            <translation>Passer  →</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Full screen (F11, or double-click the panel)</source>
            <translation>Plein écran (F11, ou double-clic sur le panneau)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
    </context>
    <context>
        <name>ControlsDialog</name>
        <message>
            <source>Keyboard and controls</source>
            <translation>Clavier et commandes</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Time left in this phase</source>
            <translation>Temps restant de cette phase</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMM</source>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <translation>ddd d MMM yyyy, HH:mm</translation>
        </message>
    </context>
    <context>
        <name>DurationEdit</name>
        <message>
            <source>Minutes:seconds, from 0:01 to 120:00 (2 hours)</source>
            <translation>Minutes:secondes, de 0:01 à 120:00 (2 heures)</translation>
        </message>
    </context>
    <context>
        <name>Effort</name>
        <message>
            <source>very easy</source>
            <translation>très facile</translation>
        </message>
        <message>
            <source>easy</source>
            <translation>facile</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>modéré</translation>
        </message>
        <message>
            <source>somewhat hard</source>
            <translation>un peu dur</translation>
        </message>
        <message>
            <source>hard</source>
            <translation>dur</translation>
        </message>
        <message>
            <source>harder</source>
            <translation>plus dur</translation>
        </message>
        <message>
            <source>very hard</source>
            <translation>très dur</translation>
        </message>
        <message>
            <source>very, very hard</source>
            <translation>très, très dur</translation>
        </message>
        <message>
            <source>almost maximal</source>
            <translation>presque maximal</translation>
        </message>
        <message>
            <source>maximal</source>
            <translation>maximal</translation>
        </message>
        <message>
            <source>How hard was that? Keys 1 to 9, 0 for 10, or Skip</source>
            <translation>Quelle intensité ? Touches 1 à 9, 0 pour 10, ou Passer</translation>
        </message>
        <message>
            <source>How hard was that? From 1, very easy, to 10, maximal. Press a number, or skip.</source>
            <translation>C’était dur comment ? De 1, très facile, à 10, maximal. Appuie sur un nombre, ou passe.</translation>
        </message>
        <message>
            <source>Effort {effort}: {word}. Saved.</source>
            <translation>Effort {effort} : {word}. Enregistré.</translation>
        </message>
        <message>
            <source>{effort}, {word}</source>
            <translation>{effort}, {word}</translation>
        </message>
    </context>
    <context>
        <name>EffortRow</name>
        <message>
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
    </context>
    <context>
        <name>HelpBoxes</name>
        <message>
            <source>About retrocoach</source>
            <translation>À propos de retrocoach</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;retrocoach {version}&lt;/b&gt;: a voice-first coaching timer for backward running.&lt;/p&gt;&lt;p&gt;Energy figures are estimates (MET x kg x hours), shown only when you set a body weight. Sources:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Check with a clinician first if you have balance problems or dizziness.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;retrocoach {version}&lt;/b&gt; : un minuteur de coaching à la voix pour la course à reculons.&lt;/p&gt;&lt;p&gt;Les valeurs d’énergie sont des estimations (MET x kg x heures), affichées seulement si vous indiquez votre poids. Sources :&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;En cas de troubles de l’équilibre ou de vertiges, consultez d’abord un médecin.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Where is my data?</source>
            <translation>Où sont mes données ?</translation>
        </message>
        <message>
            <source>&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Back up &lt;code&gt;history.jsonl&lt;/code&gt; and &lt;code&gt;workouts/&lt;/code&gt; from the data folder to keep your history.&lt;/p&gt;</source>
            <translation>&lt;ul&gt;{rows}&lt;/ul&gt;&lt;p&gt;Sauvegardez &lt;code&gt;history.jsonl&lt;/code&gt; et &lt;code&gt;workouts/&lt;/code&gt; du dossier de données pour garder votre historique.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>HistoryActions</name>
        <message>
            <source>Not saved yet: the disk refused it. retrocoach keeps trying, and asks before it quits.</source>
            <translation>Pas encore enregistrée : le disque l’a refusée. retrocoach réessaie et demande avant de quitter.</translation>
        </message>
        <message>
            <source>Personal best: {time} backwards without a walk</source>
            <translation>Record personnel : {time} à reculons sans marcher</translation>
        </message>
        <message numerus="yes">
            <source>Week streak: %n week(s)</source>
            <translation>
                <numerusform>%n semaine d’affilée</numerusform>
                <numerusform>%n semaines d’affilée</numerusform>
            </translation>
        </message>
        <message>
            <source>Next session: {why}</source>
            <translation>Prochaine séance : {why}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Backwards</source>
            <translation>À reculons</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Énergie</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêtée</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrompue</translation>
        </message>
    </context>
    <context>
        <name>HistoryOps</name>
        <message>
            <source>The history was not exported: {error}</source>
            <translation>L’historique n’a pas été exporté : {error}</translation>
        </message>
        <message>
            <source>Exported {sessions} sessions to {path}.</source>
            <translation>{sessions} séances exportées vers {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) could not be saved:
{error}

Free some space or fix the folder, then Retry. Discard quits and loses them.</source>
            <translation>
                <numerusform>%n séance n’a pas pu être enregistrée :
{error}

Libérez de la place ou réparez le dossier, puis « Réessayer ». « Ne pas tenir compte » quitte et la perd.</numerusform>
                <numerusform>%n séances n’ont pas pu être enregistrées :
{error}

Libérez de la place ou réparez le dossier, puis « Réessayer ». « Ne pas tenir compte » quitte et les perd.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>No sessions yet: each session you finish or stop is added here.</source>
            <translation>Aucune séance pour l’instant : chaque séance terminée ou arrêtée s’ajoute ici.</translation>
        </message>
        <message>
            <source>no current streak (a completed session this week starts one)</source>
            <translation>pas de série en cours (une séance terminée cette semaine en lance une)</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) in a row with a completed session</source>
            <translation>
                <numerusform>%n semaine d’affilée avec une séance terminée</numerusform>
                <numerusform>%n semaines d’affilée avec une séance terminée</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active minute(s)</source>
            <translation>
                <numerusform>%n minute active</numerusform>
                <numerusform>%n minutes actives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backward minute(s)</source>
            <translation>
                <numerusform>%n minute à reculons</numerusform>
                <numerusform>%n minutes à reculons</numerusform>
            </translation>
        </message>
        <message>
            <source>streak: {run}</source>
            <translation>série : {run}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Export the history as CSV</source>
            <translation>Exporter l’historique en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>This file already exists. Do you want to replace it?
{path}</source>
            <translation>Ce fichier existe déjà. Voulez-vous le remplacer ?
{path}</translation>
        </message>
        <message>
            <source>Longest backward jog or run: {time}</source>
            <translation>Record à reculons, en footing ou en course : {time}</translation>
        </message>
        <message numerus="yes">
            <source>Effort, last %n session(s): {efforts}</source>
            <translation>
                <numerusform>Effort, %n dernière séance : {efforts}</numerusform>
                <numerusform>Effort, %n dernières séances : {efforts}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A backward-running session is under way</source>
            <translation>Une séance de course à reculons est en cours</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Media play/pause</source>
            <translation>Média lecture/pause</translation>
        </message>
        <message>
            <source>Media play</source>
            <translation>Média lecture</translation>
        </message>
        <message>
            <source>Media pause</source>
            <translation>Média pause</translation>
        </message>
        <message>
            <source>Media next</source>
            <translation>Média suivant</translation>
        </message>
        <message>
            <source>Media previous</source>
            <translation>Média précédent</translation>
        </message>
        <message>
            <source>Clicker next (Page Down)</source>
            <translation>Télécommande suivant (Page suiv.)</translation>
        </message>
        <message>
            <source>Clicker previous (Page Up)</source>
            <translation>Télécommande précédent (Page préc.)</translation>
        </message>
        <message>
            <source>Clicker blank (B)</source>
            <translation>Télécommande écran noir (B)</translation>
        </message>
        <message>
            <source>Clicker blank (.)</source>
            <translation>Télécommande écran noir (.)</translation>
        </message>
        <message>
            <source>Clicker slideshow (F5)</source>
            <translation>Télécommande diaporama (F5)</translation>
        </message>
        <message>
            <source>Clicker slideshow (Shift+F5)</source>
            <translation>Télécommande diaporama (Maj+F5)</translation>
        </message>
        <message>
            <source>start / pause / resume</source>
            <translation>démarrer / pause / reprendre</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>pause</translation>
        </message>
        <message>
            <source>skip to the next phase</source>
            <translation>passer à la phase suivante</translation>
        </message>
        <message>
            <source>back to the start of this phase</source>
            <translation>revenir au début de cette phase</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>back to the start of this phase (within its first 2 s: the previous phase)</source>
            <translation>revenir au début de cette phase (dans ses 2 premières s : la phase précédente)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <source>stop (asks first while a session runs)</source>
            <translation>arrêter (demande d’abord pendant une séance)</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>plein écran</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>mute / unmute the voice</source>
            <translation>couper / remettre la voix</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>paramètres</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>history</source>
            <translation>historique</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>edit or duplicate the selected workout</source>
            <translation>modifier ou dupliquer l’entraînement choisi</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>new workout</source>
            <translation>nouvel entraînement</translation>
        </message>
        <message>
            <source>Ctrl+I / Ctrl+Shift+E</source>
            <translation>Ctrl+I / Ctrl+Maj+E</translation>
        </message>
        <message>
            <source>import / export a workout file</source>
            <translation>importer / exporter un fichier d’entraînement</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>quit (asks first while a session runs)</source>
            <translation>quitter (demande d’abord pendant une séance)</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>this list</source>
            <translation>cette liste</translation>
        </message>
        <message>
            <source>Play/pause</source>
            <translation>Lecture/pause</translation>
        </message>
        <message>
            <source>start / pause / resume, said aloud: “Paused”, “Resumed”</source>
            <translation>démarrer / pause / reprendre, dit à voix haute : « En pause », « On reprend »</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>skip, said aloud: “Skipped: walk forwards”</source>
            <translation>passer, dit à voix haute : « Passé : marche en avant »</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>back, said aloud: “Back: jog backwards”</source>
            <translation>retour, dit à voix haute : « Retour : trottine à reculons »</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>pause (stopping needs the window: Esc)</source>
            <translation>pause (pour arrêter, il faut la fenêtre : Échap)</translation>
        </message>
        <message>
            <source>Two tones falling (high, low)</source>
            <translation>Deux notes descendantes (aiguë, grave)</translation>
        </message>
        <message>
            <source>now backwards: the phase starting runs backwards</source>
            <translation>maintenant à reculons : la phase qui commence se fait à reculons</translation>
        </message>
        <message>
            <source>Two tones rising (low, high)</source>
            <translation>Deux notes montantes (grave, aiguë)</translation>
        </message>
        <message>
            <source>now forwards: the phase starting runs forwards</source>
            <translation>maintenant en avant : la phase qui commence se fait en avant</translation>
        </message>
        <message>
            <source>One beep</source>
            <translation>Un bip</translation>
        </message>
        <message>
            <source>the end of the session (every phase, with the direction sounds off)</source>
            <translation>la fin de la séance (chaque phase, si les sons de direction sont coupés)</translation>
        </message>
        <message>
            <source>“3, 2, 1”</source>
            <translation>« 3, 2, 1 »</translation>
        </message>
        <message>
            <source>the count into a phase</source>
            <translation>le compte à rebours avant une phase</translation>
        </message>
        <message>
            <source>Media stop</source>
            <translation>Média stop</translation>
        </message>
        <message>
            <source>stop (asks first, as Esc)</source>
            <translation>arrêter (demande d’abord, comme Échap)</translation>
        </message>
        <message>
            <source>&lt;p&gt;On (MPRIS is on the session bus: &lt;code&gt;playerctl -p retrocoach play-pause&lt;/code&gt;).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Actif (MPRIS est sur le bus de session : &lt;code&gt;playerctl -p retrocoach play-pause&lt;/code&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Not available here: no D-Bus session bus (Linux desktops only).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Indisponible ici : pas de bus de session D-Bus (bureaux Linux seulement).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Clavier</translation>
        </message>
        <message>
            <source>Presenter clicker and media keys (window focused)</source>
            <translation>Télécommande de présentation et touches média (fenêtre active)</translation>
        </message>
        <message>
            <source>&lt;p&gt;One button is enough: B, the full stop or F5 starts, pauses and resumes. The coach says each of these commands aloud.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un seul bouton suffit : B, le point ou F5 démarre, met en pause et reprend. Le coach annonce chacune de ces commandes.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Headset buttons and desktop media keys (Linux, MPRIS)</source>
            <translation>Boutons du casque et touches média du bureau (Linux, MPRIS)</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Sons</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New workout…</source>
            <translation>&amp;Nouvel entraînement…</translation>
        </message>
        <message>
            <source>&amp;Edit or duplicate workout…</source>
            <translation>&amp;Modifier ou dupliquer l’entraînement…</translation>
        </message>
        <message>
            <source>&amp;Import workout…</source>
            <translation>&amp;Importer un entraînement…</translation>
        </message>
        <message>
            <source>E&amp;xport workout…</source>
            <translation>E&amp;xporter l’entraînement…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>&amp;Full screen	F11</source>
            <translation>&amp;Plein écran	F11</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Historique…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Para&amp;mètres…</translation>
        </message>
        <message>
            <source>&amp;Mute voice</source>
            <translation>&amp;Couper la voix</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Keyboard and controls</source>
            <translation>&amp;Clavier et commandes</translation>
        </message>
        <message>
            <source>&amp;About retrocoach</source>
            <translation>À &amp;propos de retrocoach</translation>
        </message>
        <message>
            <source>Where is my &amp;data?</source>
            <translation>Où sont mes &amp;données ?</translation>
        </message>
        <message>
            <source>&amp;Before your first session</source>
            <translation>&amp;Avant votre première séance</translation>
        </message>
    </context>
    <context>
        <name>Mpris</name>
        <message>
            <source>Backward</source>
            <translation>À reculons</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>En avant</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <source>Finished: {workout}</source>
            <translation>Terminé : {workout}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Round {round} of {rounds}</source>
            <translation>Série {round} sur {rounds}</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>encore {time}</translation>
        </message>
    </context>
    <context>
        <name>PhasePanel</name>
        <message>
            <source>VOICE MUTED (M)</source>
            <translation>VOIX COUPÉE (M)</translation>
        </message>
        <message>
            <source>Press Space to start</source>
            <translation>Espace pour démarrer</translation>
        </message>
        <message>
            <source>Space to resume</source>
            <translation>Espace : reprendre</translation>
        </message>
        <message>
            <source>Space to go again</source>
            <translation>Espace : recommencer</translation>
        </message>
        <message>
            <source>Briefing: Space skips it and starts</source>
            <translation>Consignes : Espace les passe et démarre</translation>
        </message>
        <message>
            <source>WARM-UP</source>
            <translation>ÉCHAUFFEMENT</translation>
        </message>
        <message>
            <source>COOL-DOWN</source>
            <translation>RETOUR AU CALME</translation>
        </message>
        <message>
            <source>ROUND {round} OF {rounds}</source>
            <translation>SÉRIE {round} SUR {rounds}</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>PRÉPAREZ-VOUS</translation>
        </message>
        <message>
            <source>Check the path behind you</source>
            <translation>Regardez derrière vous</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSE</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Après : fin</translation>
        </message>
        <message>
            <source>Next: {direction} {pace}  {length}</source>
            <translation>Après : {pace} {direction}  {length}</translation>
        </message>
        <message>
            <source>BRIEFING</source>
            <translation>CONSIGNES</translation>
        </message>
    </context>
    <context>
        <name>PhaseSection</name>
        <message>
            <source>Warm-up</source>
            <translation>Échauffement</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Série</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Retour au calme</translation>
        </message>
        <message>
            <source>Backwards</source>
            <translation>À reculons</translation>
        </message>
        <message>
            <source>Forwards</source>
            <translation>En avant</translation>
        </message>
        <message>
            <source>Walk</source>
            <translation>Marche</translation>
        </message>
        <message>
            <source>Jog</source>
            <translation>Footing</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Allure</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Walk backwards</source>
            <translation>Marche à reculons</translation>
        </message>
        <message>
            <source>Jog backwards</source>
            <translation>Trottine à reculons</translation>
        </message>
        <message>
            <source>Walk forwards</source>
            <translation>Marche en avant</translation>
        </message>
        <message>
            <source>A round needs at least one phase: press Add.</source>
            <translation>Une série demande au moins une phase : appuyez sur Ajouter.</translation>
        </message>
        <message>
            <source>No phases (that is fine): press Add to add one.</source>
            <translation>Aucune phase (c’est permis) : appuyez sur Ajouter pour en ajouter une.</translation>
        </message>
        <message>
            <source>{section} phases</source>
            <translation>Phases : {section}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add a phase below the selected one</source>
            <translation>Ajouter une phase sous celle choisie</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected phase</source>
            <translation>Retirer la phase choisie</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move the selected phase up</source>
            <translation>Monter la phase choisie</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move the selected phase down</source>
            <translation>Descendre la phase choisie</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>Phase name</source>
            <translation>Nom de la phase</translation>
        </message>
        <message numerus="yes">
            <source>{section}: %n phase(s), {length}, repeated for each round</source>
            <translation>
                <numerusform>{section} : %n phase, {length}, à chaque série</numerusform>
                <numerusform>{section} : %n phases, {length}, à chaque série</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{section}: %n phase(s), {length}</source>
            <translation>
                <numerusform>{section} : %n phase, {length}</numerusform>
                <numerusform>{section} : %n phases, {length}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Some files had problems</source>
            <translation>Certains fichiers posaient problème</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>retrocoach started; nothing was overwritten. What it found:</source>
            <translation>retrocoach a démarré ; rien n’a été écrasé. Ce qu’il a trouvé :</translation>
        </message>
        <message>
            <source>Problems at the start</source>
            <translation>Problèmes au démarrage</translation>
        </message>
        <message>
            <source>A command-line option was not used</source>
            <translation>Une option de la ligne de commande n’a pas été utilisée</translation>
        </message>
        <message>
            <source>retrocoach started without it. What it found:</source>
            <translation>retrocoach a démarré sans elle. Ce qu’il a trouvé :</translation>
        </message>
        <message>
            <source>What retrocoach found:</source>
            <translation>Ce que retrocoach a trouvé :</translation>
        </message>
    </context>
    <context>
        <name>QuitPolicy</name>
        <message>
            <source>Stop the session?</source>
            <translation>Arrêter la séance ?</translation>
        </message>
        <message>
            <source>Stop this session now?</source>
            <translation>Arrêter cette séance maintenant ?</translation>
        </message>
        <message>
            <source>A session is under way. Stop it and quit?</source>
            <translation>Une séance est en cours. L’arrêter et quitter ?</translation>
        </message>
        <message>
            <source>Quit retrocoach?</source>
            <translation>Quitter retrocoach ?</translation>
        </message>
        <message>
            <source>Sessions not saved</source>
            <translation>Séances non enregistrées</translation>
        </message>
    </context>
    <context>
        <name>SessionCard</name>
        <message>
            <source>{rounds} · {length} · {backward} backwards</source>
            <translation>{rounds} · {length} · {backward} à reculons</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message>
            <source>First: {kind} {length}</source>
            <translation>D’abord : {kind} {length}</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>PRÊT</translation>
        </message>
        <message>
            <source>WELL DONE</source>
            <translation>BRAVO</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Bravo</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>ARRÊTÉE</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêtée</translation>
        </message>
        <message>
            <source>SESSION OVER</source>
            <translation>SÉANCE FINIE</translation>
        </message>
        <message>
            <source>Skipped to the end</source>
            <translation>Passé jusqu’à la fin</translation>
        </message>
        <message>
            <source>{done} done, {backward} of it backwards</source>
            <translation>{done} faits, dont {backward} à reculons</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n round(s)</source>
            <translation>
                <numerusform>{done} sur %n série</numerusform>
                <numerusform>{done} sur %n séries</numerusform>
            </translation>
        </message>
        <message>
            <source>Mostly skipped: not counted as completed</source>
            <translation>Presque tout passé : pas comptée comme terminée</translation>
        </message>
    </context>
    <context>
        <name>SessionDriver</name>
        <message>
            <source>Stop the session before choosing another workout or round count.</source>
            <translation>Arrêtez la séance avant de choisir un autre entraînement ou un autre nombre de séries.</translation>
        </message>
        <message>
            <source>Choose a workout first.</source>
            <translation>Choisissez d’abord un entraînement.</translation>
        </message>
        <message>
            <source>The computer slept for {slept}: the session is paused where you were. Press Space to resume.</source>
            <translation>L’ordinateur a été en veille {slept} : la séance est en pause là où vous étiez. Appuyez sur Espace pour reprendre.</translation>
        </message>
        <message>
            <source>The session has not started yet: press Space (or Start) to begin.</source>
            <translation>La séance n’a pas encore commencé : appuyez sur Espace (ou Démarrer).</translation>
        </message>
        <message>
            <source>The session is over: press Space (or Start) to go again.</source>
            <translation>La séance est finie : appuyez sur Espace (ou Démarrer) pour recommencer.</translation>
        </message>
        <message>
            <source>Already paused: press Space to resume.</source>
            <translation>Déjà en pause : appuyez sur Espace pour reprendre.</translation>
        </message>
        <message>
            <source>Not paused: the session is already running.</source>
            <translation>Pas en pause : la séance est déjà en cours.</translation>
        </message>
        <message>
            <source>Already started: use Stop first to start over.</source>
            <translation>Déjà démarrée : utilisez Arrêter avant de recommencer.</translation>
        </message>
        <message>
            <source>'{command}' is not possible right now ({state}).</source>
            <translation>« {command} » n’est pas possible maintenant ({state}).</translation>
        </message>
    </context>
    <context>
        <name>SessionOverview</name>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n série</numerusform>
                <numerusform>%n séries</numerusform>
            </translation>
        </message>
        <message>
            <source>{length} in all</source>
            <translation>{length} au total</translation>
        </message>
        <message>
            <source>First: {phase}</source>
            <translation>D’abord : {phase}</translation>
        </message>
        <message>
            <source>Session over</source>
            <translation>Séance finie</translation>
        </message>
        <message>
            <source>Session: {left} left</source>
            <translation>Séance : encore {left}</translation>
        </message>
        <message>
            <source>Next: {phase}</source>
            <translation>Après : {phase}</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Après : fin</translation>
        </message>
        <message>
            <source>Round {round} of {rounds}</source>
            <translation>Série {round} sur {rounds}</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Échauffement</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Retour au calme</translation>
        </message>
    </context>
    <context>
        <name>SessionRecorder</name>
        <message>
            <source>Your last session ({workout}) was interrupted; it is in your history as interrupted.</source>
            <translation>Votre dernière séance ({workout}) a été interrompue ; elle figure dans l’historique comme interrompue.</translation>
        </message>
        <message>
            <source>Your last session ({workout}) could not be saved when it ended; it is in your history now.</source>
            <translation>Votre dernière séance ({workout}) n’a pas pu être enregistrée à la fin ; elle est maintenant dans votre historique.</translation>
        </message>
        <message>
            <source>Your session history is saved again.</source>
            <translation>Votre historique est de nouveau enregistré.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Auto: many tips at first, fewer as you learn</source>
            <translation>Auto : beaucoup de conseils au début, moins à mesure que vous apprenez</translation>
        </message>
        <message>
            <source>Quiet: no tips but the look-back cues</source>
            <translation>Calme : pas de conseils, seulement les rappels de regarder derrière</translation>
        </message>
        <message>
            <source>Normal: plus a coaching tip about every 45 s</source>
            <translation>Normal : plus un conseil toutes les 45 s environ</translation>
        </message>
        <message>
            <source>Chatty: plus a coaching tip about every 20 s</source>
            <translation>Bavard : plus un conseil toutes les 20 s environ</translation>
        </message>
        <message>
            <source>On a track or a field</source>
            <translation>Sur une piste ou un terrain</translation>
        </message>
        <message>
            <source>In an indoor hall</source>
            <translation>Dans un gymnase</translation>
        </message>
        <message>
            <source>On a treadmill</source>
            <translation>Sur un tapis de course</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>A loud room: compressed, as loud as it can be</source>
            <translation>Salle bruyante : compressée, aussi forte que possible</translation>
        </message>
        <message>
            <source>A quiet room: as the voice speaks</source>
            <translation>Salle calme : telle que la voix parle</translation>
        </message>
        <message>
            <source>Auto (the clearest installed voice)</source>
            <translation>Auto (la voix installée la plus claire)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>a Piper voice (.onnx); when set, it is the voice</source>
            <translation>une voix Piper (.onnx) ; si elle est indiquée, c’est la voix</translation>
        </message>
        <message>
            <source> words per minute</source>
            <translation> mots par minute</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>D&amp;irection sounds: falling into backwards, rising into forwards</source>
            <translation>Sons de d&amp;irection : descendants vers l’arrière, montants vers l’avant</translation>
        </message>
        <message>
            <source>Test t&amp;he voice</source>
            <translation>Essa&amp;yer la voix</translation>
        </message>
        <message>
            <source>&amp;Mute: no voice and no beeps (captions only)</source>
            <translation>&amp;Muet : ni voix ni bips (sous-titres seulement)</translation>
        </message>
        <message>
            <source>&amp;Beep at each change of phase</source>
            <translation>&amp;Bip à chaque changement de phase</translation>
        </message>
        <message>
            <source>Keep the screen &amp;awake during a session</source>
            <translation>Garder l’écran &amp;allumé pendant une séance</translation>
        </message>
        <message>
            <source>Lower other sounds while the coach spea&amp;ks</source>
            <translation>Baisser les autres sons quand le coac&amp;h parle</translation>
        </message>
        <message>
            <source>Not available here: {reason}</source>
            <translation>Indisponible ici : {reason}</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> secondes</translation>
        </message>
        <message>
            <source>Show an &amp;energy estimate</source>
            <translation>Afficher une &amp;estimation d’énergie</translation>
        </message>
        <message>
            <source> kg</source>
            <translation> kg</translation>
        </message>
        <message>
            <source>&amp;Flash the panel when a phase begins</source>
            <translation>&amp;Faire clignoter le panneau au début d’une phase</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Langue du système ({language})</translation>
        </message>
        <message>
            <source>&amp;Restore defaults</source>
            <translation>&amp;Rétablir les valeurs par défaut</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>&amp;Voice:</source>
            <translation>&amp;Voix :</translation>
        </message>
        <message>
            <source>&amp;Piper voice file:</source>
            <translation>Fichier de voix &amp;Piper :</translation>
        </message>
        <message>
            <source>&amp;Speaking rate:</source>
            <translation>Débit de paro&amp;le :</translation>
        </message>
        <message>
            <source>Voice vol&amp;ume:</source>
            <translation>Vol&amp;ume de la voix :</translation>
        </message>
        <message>
            <source>Voice f&amp;or:</source>
            <translation>Voi&amp;x pour :</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>&amp;Coaching:</source>
            <translation>&amp;Coaching :</translation>
        </message>
        <message>
            <source>Where &amp;do you run?</source>
            <translation>Où c&amp;ourez-vous ?</translation>
        </message>
        <message>
            <source>&amp;Lead-in before the start:</source>
            <translation>&amp;Décompte avant le départ :</translation>
        </message>
        <message>
            <source>Beeps and sou&amp;nds:</source>
            <translation>Bips et so&amp;ns :</translation>
        </message>
        <message>
            <source>Energy estimate</source>
            <translation>Estimation d’énergie</translation>
        </message>
        <message>
            <source>Body &amp;weight:</source>
            <translation>Poid&amp;s :</translation>
        </message>
        <message>
            <source>Your weight is used only to estimate the energy of a session (“about N kcal”). It stays on this computer.</source>
            <translation>Votre poids sert seulement à estimer l’énergie d’une séance (« environ N kcal »). Il reste sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Thème :</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Lan&amp;gue :</translation>
        </message>
        <message>
            <source>The window shows a new language the next time retrocoach starts.</source>
            <translation>La fenêtre passe à la nouvelle langue au prochain démarrage de retrocoach.</translation>
        </message>
        <message>
            <source>Listing voices…</source>
            <translation>Recherche des voix…</translation>
        </message>
        <message>
            <source>{voice} (not installed)</source>
            <translation>{voice} (non installée)</translation>
        </message>
    </context>
    <context>
        <name>SettingsOps</name>
        <message>
            <source>Settings not saved: {error}</source>
            <translation>Paramètres non enregistrés : {error}</translation>
        </message>
    </context>
    <context>
        <name>StartupOps</name>
        <message>
            <source>Skipped a workout file: {problem}</source>
            <translation>Fichier d’entraînement ignoré : {problem}</translation>
        </message>
        <message>
            <source>{problem}. Sessions cannot be saved to your history (they are kept while the app is open) and workouts cannot be imported or edited.</source>
            <translation>{problem}. Les séances ne peuvent pas être enregistrées dans l’historique (elles sont gardées tant que l’app est ouverte) et les entraînements ne peuvent être ni importés ni modifiés.</translation>
        </message>
        <message>
            <source>{problem}. Settings cannot be saved.</source>
            <translation>{problem}. Les paramètres ne peuvent pas être enregistrés.</translation>
        </message>
        <message>
            <source>Tip skipped: {problem}</source>
            <translation>Conseil ignoré : {problem}</translation>
        </message>
        <message>
            <source>The rendered voice</source>
            <translation>La voix générée</translation>
        </message>
    </context>
    <context>
        <name>StatusLabels</name>
        <message>
            <source>Voice: on (M)</source>
            <translation>Voix : active (M)</translation>
        </message>
        <message>
            <source>Suggested next: {name}</source>
            <translation>Suggéré : {name}</translation>
        </message>
        <message>
            <source>Voice: captions only</source>
            <translation>Voix : sous-titres seulement</translation>
        </message>
        <message>
            <source>Voice: MUTED (M)</source>
            <translation>Voix : COUPÉE (M)</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>BACKWARDS</source>
            <translation>À RECULONS</translation>
        </message>
        <message>
            <source>FORWARDS</source>
            <translation>EN AVANT</translation>
        </message>
        <message>
            <source>WALK</source>
            <translation>MARCHE</translation>
        </message>
        <message>
            <source>JOG</source>
            <translation>FOOTING</translation>
        </message>
        <message>
            <source>RUN</source>
            <translation>COURSE</translation>
        </message>
        <message>
            <source>{direction} {pace}</source>
            <translation>{pace} {direction}</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Session timeline</source>
            <translation>Déroulé de la séance</translation>
        </message>
    </context>
    <context>
        <name>VoiceCoach</name>
        <message>
            <source>Voice: {problem}.</source>
            <translation>Voix : {problem}.</translation>
        </message>
        <message>
            <source>Preparing the voice…</source>
            <translation>Préparation de la voix…</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the voice: {done} of %n cue(s)</source>
            <translation>
                <numerusform>Préparation de la voix : {done} sur %n annonce</numerusform>
                <numerusform>Préparation de la voix : {done} sur %n annonces</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoiceOps</name>
        <message>
            <source>Could not list the voices: {error}</source>
            <translation>Impossible de lister les voix : {error}</translation>
        </message>
    </context>
    <context>
        <name>VoiceTester</name>
        <message>
            <source>This is your coach. Jog backwards, forty seconds. Check behind you.</source>
            <translation>Ici ton coach. Trottine à reculons, quarante secondes. Regarde derrière toi.</translation>
        </message>
        <message>
            <source>The voice test could not be played: no audio output.</source>
            <translation>Le test de la voix n’a pas pu être joué : aucune sortie audio.</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>Backward minutes per week</source>
            <translation>Minutes à reculons par semaine</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s); this week {this} minutes; the most {most} minutes, week of {monday}</source>
            <translation>
                <numerusform>%n semaine ; cette semaine {this} minutes ; le plus {most} minutes, semaine du {monday}</numerusform>
                <numerusform>%n semaines ; cette semaine {this} minutes ; le plus {most} minutes, semaine du {monday}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backward minutes per week, last %n week(s)</source>
            <translation>
                <numerusform>Minutes à reculons par semaine, dernière semaine (%n)</numerusform>
                <numerusform>Minutes à reculons par semaine, %n dernières semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions in these weeks</source>
            <translation>Aucune séance ces semaines-là</translation>
        </message>
        <message numerus="yes">
            <source>Week of {monday} ({label}): {minutes} backward minutes, %n session(s)</source>
            <translation>
                <numerusform>Semaine du {monday} ({label}) : {minutes} minutes à reculons, %n séance</numerusform>
                <numerusform>Semaine du {monday} ({label}) : {minutes} minutes à reculons, %n séances</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkoutActions</name>
        <message>
            <source>Workout files (*.json);;All files (*)</source>
            <translation>Fichiers d’entraînement (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import a workout</source>
            <translation>Importer un entraînement</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Non importé</translation>
        </message>
        <message>
            <source>Export the workout</source>
            <translation>Exporter l’entraînement</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Non exporté</translation>
        </message>
    </context>
    <context>
        <name>WorkoutChooser</name>
        <message>
            <source> rounds</source>
            <translation> séries</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source> round</source>
            <translation> série</translation>
        </message>
        <message>
            <source>No workouts found: the installation looks incomplete.</source>
            <translation>Aucun entraînement trouvé : l’installation semble incomplète.</translation>
        </message>
        <message>
            <source>There is no workout '{id}'.</source>
            <translation>Il n’y a pas d’entraînement « {id} ».</translation>
        </message>
        <message>
            <source>{name} (yours)</source>
            <translation>{name} (le vôtre)</translation>
        </message>
    </context>
    <context>
        <name>WorkoutEditor</name>
        <message>
            <source>Default rounds</source>
            <translation>Séries par défaut</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>phase {number}</source>
            <translation>phase {number}</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>durée</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>direction</translation>
        </message>
        <message>
            <source>pace</source>
            <translation>allure</translation>
        </message>
        <message>
            <source>New workout</source>
            <translation>Nouvel entraînement</translation>
        </message>
        <message>
            <source>Duplicate workout</source>
            <translation>Dupliquer l’entraînement</translation>
        </message>
        <message>
            <source>“{name}” is a built-in workout and cannot be changed. You are editing a copy that is saved with your own workouts.</source>
            <translation>« {name} » est un entraînement fourni et ne peut pas être modifié. Vous modifiez une copie, enregistrée avec vos propres entraînements.</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (copie)</translation>
        </message>
        <message>
            <source>Edit workout – {name}</source>
            <translation>Modifier l’entraînement – {name}</translation>
        </message>
        <message>
            <source>For example: Intervals, week 3</source>
            <translation>Par exemple : Fractionné, semaine 3</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Durée totale</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>Default &amp;rounds:</source>
            <translation>&amp;Séries par défaut :</translation>
        </message>
        <message numerus="yes">
            <source>Total with %n round(s): {total}, {backward} backwards</source>
            <translation>
                <numerusform>Total avec %n série : {total}, {backward} à reculons</numerusform>
                <numerusform>Total avec %n séries : {total}, {backward} à reculons</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the editor and lose your changes?</source>
            <translation>Fermer l’éditeur et perdre vos modifications ?</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
    </context>
    <context>
        <name>WorkoutError</name>
        <message>
            <source>{rule}, got {got}</source>
            <translation>{rule}, reçu : {got}</translation>
        </message>
        <message>
            <source>{file}: {field}: {reason}</source>
            <translation>{file} : {field} : {reason}</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file} : {reason}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field} : {reason}</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>doit être un objet JSON</translation>
        </message>
        <message>
            <source>must be {version}</source>
            <translation>doit être {version}</translation>
        </message>
        <message>
            <source>must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit</source>
            <translation>doit faire 1 à 40 caractères parmi a-z, 0-9 et « - », en commençant par une lettre ou un chiffre</translation>
        </message>
        <message>
            <source>must be text of at most {length} characters</source>
            <translation>doit être un texte de {length} caractères au plus</translation>
        </message>
        <message>
            <source>must have at least 1 phase</source>
            <translation>doit avoir au moins 1 phase</translation>
        </message>
        <message>
            <source>at most {most} phases in all</source>
            <translation>{most} phases au plus en tout</translation>
        </message>
        <message>
            <source>unknown field (allowed: {fields})</source>
            <translation>champ inconnu (autorisés : {fields})</translation>
        </message>
        <message>
            <source>has the key '{key}' twice; keep one of them</source>
            <translation>contient la clé '{key}' deux fois ; gardez-en une seule</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>n’est pas du JSON valide (ligne {line}, colonne {column} : {reason})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a workout</source>
            <translation>est trop imbriqué pour être un entraînement</translation>
        </message>
        <message>
            <source>is not valid JSON ({reason})</source>
            <translation>n’est pas du JSON valide ({reason})</translation>
        </message>
        <message>
            <source>must be text of 1 to {length} characters</source>
            <translation>doit être un texte de 1 à {length} caractères</translation>
        </message>
        <message>
            <source>must be one line (a line break is at character {position})</source>
            <translation>doit tenir sur une ligne (un saut de ligne au caractère {position})</translation>
        </message>
        <message>
            <source>must not contain control characters (U+{code} at character {position}; an escape sequence, a tab or a line break)</source>
            <translation>ne doit pas contenir de caractères de contrôle (U+{code} au caractère {position} ; une séquence d’échappement, une tabulation ou un saut de ligne)</translation>
        </message>
        <message>
            <source>is not valid text (a lone surrogate U+{code} at character {position})</source>
            <translation>n’est pas un texte valide (un demi-codet isolé U+{code} au caractère {position})</translation>
        </message>
        <message>
            <source>must not contain a text direction override (U+{code} at character {position}: it can show the name reversed or hide part of it)</source>
            <translation>ne doit pas contenir de forçage du sens d’écriture (U+{code} au caractère {position} : il peut afficher le nom à l’envers ou en cacher une partie)</translation>
        </message>
        <message>
            <source>must have a visible character (it has only spaces or zero-width characters)</source>
            <translation>doit avoir un caractère visible (il n’a que des espaces ou des caractères de largeur nulle)</translation>
        </message>
        <message>
            <source>must be a list of phases</source>
            <translation>doit être une liste de phases</translation>
        </message>
        <message>
            <source>at most {most} phases</source>
            <translation>{most} phases au plus</translation>
        </message>
        <message>
            <source>must be an object with name, direction, pace, seconds</source>
            <translation>doit être un objet avec name, direction, pace, seconds</translation>
        </message>
        <message>
            <source>unknown field (allowed: direction, name, pace, seconds)</source>
            <translation>champ inconnu (autorisés : direction, name, pace, seconds)</translation>
        </message>
        <message>
            <source>{rule}, got {got} (2 hours at most)</source>
            <translation>{rule}, reçu : {got} (2 heures au plus)</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>doit être l’un de {allowed}</translation>
        </message>
        <message>
            <source>would be larger than {limit} KB; shorten it</source>
            <translation>dépasserait {limit} Ko ; raccourcissez-le</translation>
        </message>
        <message>
            <source>'{id}' is a built-in workout and cannot be changed; duplicate it and save it under a new id</source>
            <translation>« {id} » est un entraînement fourni et ne peut pas être modifié ; dupliquez-le et enregistrez-le sous un nouvel id</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>ne peut pas être lu ({reason})</translation>
        </message>
        <message>
            <source>is not a file</source>
            <translation>n’est pas un fichier</translation>
        </message>
        <message>
            <source>is larger than {limit} KB, the limit for a workout</source>
            <translation>dépasse {limit} Ko, la limite pour un entraînement</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>n’est pas du texte UTF-8</translation>
        </message>
        <message>
            <source>'{name}' would last {length}, more than the {hours} hours a session may last; shorten its phases</source>
            <translation>« {name} » durerait {length}, plus que les {hours} heures que peut durer une séance ; raccourcissez ses phases</translation>
        </message>
        <message>
            <source>'{name}' would last {length} with {rounds} rounds, more than the {hours} hours a session may last; use fewer rounds (at most {most}) or shorter phases</source>
            <translation>« {name} » durerait {length} avec {rounds} séries, plus que les {hours} heures que peut durer une séance ; choisissez moins de séries ({most} au plus) ou des phases plus courtes</translation>
        </message>
    </context>
    <context>
        <name>WorkoutOps</name>
        <message>
            <source>Not imported:
{problems}</source>
            <translation>Non importé :
{problems}</translation>
        </message>
        <message>
            <source>Imported '{name}'.</source>
            <translation>« {name} » importé.</translation>
        </message>
        <message>
            <source>Not exported:
{error}</source>
            <translation>Non exporté :
{error}</translation>
        </message>
        <message>
            <source>Exported '{name}' to {path}.</source>
            <translation>« {name} » exporté vers {path}.</translation>
        </message>
        <message>
            <source>The workout was not saved: {error}</source>
            <translation>L’entraînement n’a pas été enregistré : {error}</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <source>Other sounds cannot be lowered while the coach speaks</source>
            <translation>Impossible de baisser les autres sons pendant que le coach parle</translation>
        </message>
        <message>
            <source>the sound server did not answer</source>
            <translation>le serveur de son n’a pas répondu</translation>
        </message>
        <message>
            <source>their volumes cannot be noted down first in {file} ({reason}), in case the app stops before giving them back</source>
            <translation>leurs volumes ne peuvent pas être notés d’abord dans {file} ({reason}), au cas où l’application s’arrêterait avant de les rendre</translation>
        </message>
        <message>
            <source>Music keeps its volume; turn it down by hand, or restart the app.</source>
            <translation>La musique garde son volume ; baissez-la à la main ou redémarrez l’application.</translation>
        </message>
        <message>
            <source>macOS lets no app set another app's volume</source>
            <translation>macOS ne permet à aucune application de régler le volume d’une autre</translation>
        </message>
        <message>
            <source>the Python package pulsectl is missing (pip install pulsectl)</source>
            <translation>le paquet Python pulsectl manque (pip install pulsectl)</translation>
        </message>
        <message>
            <source>the Python package pycaw is missing (pip install pycaw)</source>
            <translation>le paquet Python pycaw manque (pip install pycaw)</translation>
        </message>
        <message>
            <source>no PulseAudio or PipeWire sound server answers ({error})</source>
            <translation>aucun serveur de son PulseAudio ou PipeWire ne répond ({error})</translation>
        </message>
        <message>
            <source>Windows audio sessions</source>
            <translation>sessions audio de Windows</translation>
        </message>
        <message>
            <source>through {server}</source>
            <translation>via {server}</translation>
        </message>
    </context>
    <context>
        <name>energy</name>
        <message>
            <source>Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET values. Med Sci Sports Exerc 2011;43:1575 (codes 17170, 17152, 17320, 12020, 12030).</source>
            <translation>Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET values. Med Sci Sports Exerc 2011;43:1575 (codes 17170, 17152, 17320, 12020, 12030).</translation>
        </message>
        <message>
            <source>Wright S, Weyand PG. J Exp Biol 2001;204:1805 (backward running costs about 35% more than forward running at the same speed).</source>
            <translation>Wright S, Weyand PG. J Exp Biol 2001;204:1805 (courir à reculons coûte environ 35 % de plus qu’en avant à la même vitesse).</translation>
        </message>
        <message>
            <source>Rasica et al. Eur J Appl Physiol 2020;120:2507 (about 35% more at the same speed).</source>
            <translation>Rasica et al. Eur J Appl Physiol 2020;120:2507 (environ 35 % de plus à la même vitesse).</translation>
        </message>
        <message>
            <source>Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (backward walking and running cost more oxygen than forward at the same speed).</source>
            <translation>Flynn TW et al. Med Sci Sports Exerc 1994;26:89 (marcher et courir à reculons demande plus d’oxygène qu’en avant à la même vitesse).</translation>
        </message>
        <message>
            <source>Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 and Hooper et al. J Orthop Sports Phys Ther 2004;34:65 (backward walking: higher heart rate and oxygen use).</source>
            <translation>Chaloupka et al. J Orthop Sports Phys Ther 1997;25:302 et Hooper et al. J Orthop Sports Phys Ther 2004;34:65 (marche à reculons : pouls et consommation d’oxygène plus élevés).</translation>
        </message>
        <message>
            <source>Heath 2001 (4 weeks of backward walking lowered its oxygen cost: practice matters).</source>
            <translation>Heath 2001 (4 semaines de marche à reculons en ont réduit le coût en oxygène : l’entraînement compte).</translation>
        </message>
        <message>
            <source>Sterzing T et al. Gait &amp; Posture 2016;46:135 (backward speed about 70% of forward).</source>
            <translation>Sterzing T et al. Gait &amp; Posture 2016;46:135 (à reculons, environ 70 % de la vitesse en avant).</translation>
        </message>
        <message>
            <source>The backward multipliers (walk x1.4, jog and run x1.3) are estimates derived from these studies, not published MET values. kcal = MET x kg x hours.</source>
            <translation>Les facteurs à reculons (marche x1,4, footing et course x1,3) sont des estimations tirées de ces études, pas des valeurs MET publiées. kcal = MET x kg x heures.</translation>
        </message>
        <message>
            <source>about {kcal} kcal (estimate)</source>
            <translation>environ {kcal} kcal (estimation)</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message>
            <source>once</source>
            <translation>une fois</translation>
        </message>
        <message>
            <source>twice</source>
            <translation>deux fois</translation>
        </message>
        <message>
            <source>Week 1: the start of the {weeks}-week plan.</source>
            <translation>Semaine 1 : le début du programme de {weeks} semaines.</translation>
        </message>
        <message>
            <source>First steps: walking backwards only, for day one.</source>
            <translation>Premiers pas : seulement marcher à reculons, pour le premier jour.</translation>
        </message>
        <message>
            <source>Week {back}, a step back: the last two sessions felt {effort}/10 or harder.</source>
            <translation>Semaine {back}, un pas en arrière : les deux dernières séances ont été ressenties à {effort}/10 ou plus.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was stopped early.</source>
            <translation>Encore la semaine {week} : la dernière séance a été arrêtée tôt.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was interrupted.</source>
            <translation>Encore la semaine {week} : la dernière séance a été interrompue.</translation>
        </message>
        <message>
            <source>Week {week} again: the last session was not completed.</source>
            <translation>Encore la semaine {week} : la dernière séance n’a pas été terminée.</translation>
        </message>
        <message>
            <source>Week {week} again: last time felt {effort}/10.</source>
            <translation>Encore la semaine {week} : la dernière fois a été ressentie à {effort}/10.</translation>
        </message>
        <message>
            <source>Week {next}: week {week} completed and it felt {effort}/10.</source>
            <translation>Semaine {next} : semaine {week} terminée, ressentie à {effort}/10.</translation>
        </message>
        <message>
            <source>Week {week} again: completed {done}, {needed} before moving on.</source>
            <translation>Encore la semaine {week} : terminée {done}, {needed} avant de passer à la suite.</translation>
        </message>
        <message>
            <source>Week {week} again: the {week}-week plan is done. Keep repeating week {week}, or choose any workout.</source>
            <translation>Encore la semaine {week} : le programme de {week} semaines est fini. Répétez la semaine {week}, ou choisissez un autre entraînement.</translation>
        </message>
        <message>
            <source>Week {next}: week {week} completed {done}.</source>
            <translation>Semaine {next} : semaine {week} terminée {done}.</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n fois</numerusform>
                <numerusform>%n fois</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ranges</name>
        <message>
            <source>must be a whole number of seconds from {low} to {high}</source>
            <translation>doit être un nombre entier de secondes de {low} à {high}</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>doit être un nombre entier de {low} à {high}</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>flite is not installed (Debian/Ubuntu: sudo apt-get install flite)</source>
            <translation>flite n’est pas installé (Debian/Ubuntu : sudo apt-get install flite)</translation>
        </message>
        <message>
            <source>Piper is not installed (pip install 'retrocoach[piper]' in retrocoach's Python)</source>
            <translation>Piper n’est pas installé (pip install 'retrocoach[piper]' dans le Python de retrocoach)</translation>
        </message>
        <message>
            <source>pyttsx3 is not installed (pip install pyttsx3)</source>
            <translation>pyttsx3 n’est pas installé (pip install pyttsx3)</translation>
        </message>
        <message>
            <source>espeak-ng is not installed (sudo apt-get install espeak-ng)</source>
            <translation>espeak-ng n’est pas installé (sudo apt-get install espeak-ng)</translation>
        </message>
        <message>
            <source>there is no speech engine called {engine} (known: {known})</source>
            <translation>aucun moteur vocal ne s’appelle {engine} (connus : {known})</translation>
        </message>
        <message>
            <source>flite has no voice {voice} (it has {voices})</source>
            <translation>flite n’a pas de voix {voice} (il a {voices})</translation>
        </message>
        <message>
            <source>{voice} speaks {spoken}, not {language}</source>
            <translation>{voice} parle {spoken}, pas {language}</translation>
        </message>
        <message>
            <source>{problem}; using {voice} instead</source>
            <translation>{problem} ; {voice} est utilisée à la place</translation>
        </message>
        <message>
            <source>{model} is not a Piper voice (a .onnx file with its .onnx.json)</source>
            <translation>{model} n’est pas une voix Piper (un fichier .onnx avec son .onnx.json)</translation>
        </message>
        <message>
            <source>the Piper voice {model} does not exist</source>
            <translation>la voix Piper {model} n’existe pas</translation>
        </message>
        <message>
            <source>the Piper voice {model} is {kind}, not a voice file</source>
            <translation>la voix Piper {model} est {kind}, pas un fichier de voix</translation>
        </message>
        <message>
            <source>the Piper voice {model} is damaged (not an ONNX model)</source>
            <translation>la voix Piper {model} est endommagée (pas un modèle ONNX)</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} cannot be read: {error}</source>
            <translation>les paramètres de la voix Piper {config} sont illisibles : {error}</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} cannot be read (not a readable JSON file)</source>
            <translation>les paramètres de la voix Piper {config} sont illisibles (pas un fichier JSON lisible)</translation>
        </message>
        <message>
            <source>the Piper voice {model} has no {config} beside it</source>
            <translation>la voix Piper {model} n’a pas de {config} à côté</translation>
        </message>
        <message>
            <source>the Piper voice settings {config} are not a Piper voice's</source>
            <translation>les réglages {config} ne sont pas ceux d’une voix Piper</translation>
        </message>
        <message>
            <source>the speech engine timed out and was restarted</source>
            <translation>le moteur vocal ne répondait plus et a été redémarré</translation>
        </message>
        <message>
            <source>install espeak-ng: sudo apt-get install espeak-ng</source>
            <translation>installez espeak-ng : sudo apt-get install espeak-ng</translation>
        </message>
        <message>
            <source>install a Windows voice (Settings &gt; Time &amp; language &gt; Speech &gt; Add voices) and reinstall retrocoach so pywin32 is present</source>
            <translation>installez une voix Windows (Paramètres &gt; Heure et langue &gt; Voix &gt; Ajouter des voix) et réinstallez retrocoach pour avoir pywin32</translation>
        </message>
        <message>
            <source>reinstall retrocoach so pyobjc is present (pip install pyobjc)</source>
            <translation>réinstallez retrocoach pour avoir pyobjc (pip install pyobjc)</translation>
        </message>
        <message>
            <source>install espeak-ng (or espeak) with your package manager</source>
            <translation>installez espeak-ng (ou espeak) avec votre gestionnaire de paquets</translation>
        </message>
        <message>
            <source>install pyttsx3 for the Python that runs retrocoach: {python} -m pip install pyttsx3 (in a source checkout, `make run` sets up .venv with everything)</source>
            <translation>installez pyttsx3 pour le Python qui lance retrocoach : {python} -m pip install pyttsx3 (dans les sources, `make run` prépare .venv avec tout le nécessaire)</translation>
        </message>
        <message>
            <source>reinstall pyttsx3 and what it needs: {python} -m pip install --force-reinstall pyttsx3 (in a source checkout: `make run`)</source>
            <translation>réinstallez pyttsx3 et ses dépendances : {python} -m pip install --force-reinstall pyttsx3 (dans les sources : `make run`)</translation>
        </message>
        <message>
            <source>install flite: sudo apt-get install flite</source>
            <translation>installez flite : sudo apt-get install flite</translation>
        </message>
        <message>
            <source>install Piper for the Python that runs retrocoach: {python} -m pip install 'retrocoach[piper]'</source>
            <translation>installez Piper pour le Python qui lance retrocoach : {python} -m pip install 'retrocoach[piper]'</translation>
        </message>
        <message>
            <source>choose another voice in Settings</source>
            <translation>choisissez une autre voix dans Paramètres</translation>
        </message>
        <message>
            <source>start the sound server (`pulseaudio --start`, or PipeWire's pipewire-pulse) and check that a sound card or headphones are connected</source>
            <translation>démarrez le serveur de son (`pulseaudio --start`, ou pipewire-pulse de PipeWire) et vérifiez qu’une carte son ou un casque est branché</translation>
        </message>
        <message>
            <source>connect speakers or headphones and check the system's sound settings</source>
            <translation>branchez des haut-parleurs ou un casque et vérifiez les réglages de son du système</translation>
        </message>
        <message>
            <source>choose an installed voice in the app's settings (Ctrl+,), or remove "voice" from settings.json to use the default; `retrocoach voices` lists the installed voices</source>
            <translation>choisissez une voix installée dans les paramètres de l’app (Ctrl+,), ou retirez "voice" de settings.json pour la voix par défaut ; `retrocoach voices` liste les voix installées</translation>
        </message>
        <message>
            <source>No audio output device: cues are shown as captions only</source>
            <translation>Pas de sortie audio : les annonces s’affichent seulement en sous-titres</translation>
        </message>
        <message>
            <source>To hear them, connect speakers or headphones, or start the sound server (PulseAudio/PipeWire: `pulseaudio --start`).</source>
            <translation>Pour les entendre, branchez des haut-parleurs ou un casque, ou démarrez le serveur de son (PulseAudio/PipeWire : `pulseaudio --start`).</translation>
        </message>
        <message>
            <source>Audio output found: cues are spoken again.</source>
            <translation>Sortie audio trouvée : les annonces sont de nouveau parlées.</translation>
        </message>
        <message>
            <source>nothing to join</source>
            <translation>rien à assembler</translation>
        </message>
        <message>
            <source>cannot join WAVs of different formats ({first}, {other})</source>
            <translation>impossible d’assembler des WAV de formats différents ({first}, {other})</translation>
        </message>
        <message>
            <source>nothing to say (empty text)</source>
            <translation>rien à dire (texte vide)</translation>
        </message>
        <message>
            <source>{path} is not a playable WAV file</source>
            <translation>{path} n’est pas un fichier WAV lisible</translation>
        </message>
        <message>
            <source>the speech could not be played ({error})</source>
            <translation>la voix n’a pas pu être jouée ({error})</translation>
        </message>
        <message>
            <source>the speech is not a playable sound</source>
            <translation>la voix n’est pas un son lisible</translation>
        </message>
        <message>
            <source>no audio output device</source>
            <translation>pas de sortie audio</translation>
        </message>
        <message>
            <source>the sound did not finish within {seconds} s</source>
            <translation>le son ne s’est pas terminé en {seconds} s</translation>
        </message>
        <message>
            <source>the probe wrote no audio</source>
            <translation>le test n’a écrit aucun son</translation>
        </message>
        <message>
            <source>cannot start the speech worker: {error}</source>
            <translation>impossible de lancer le processus vocal : {error}</translation>
        </message>
        <message>
            <source>the speech engine {engine} did not start: {error}</source>
            <translation>le moteur vocal {engine} n’a pas démarré : {error}</translation>
        </message>
        <message>
            <source>the speech engine {engine} cannot start ({error})</source>
            <translation>le moteur vocal {engine} ne peut pas démarrer ({error})</translation>
        </message>
        <message>
            <source>{error}</source>
            <translation>{error}</translation>
        </message>
        <message>
            <source>choose an installed voice</source>
            <translation>choisissez une voix installée</translation>
        </message>
        <message>
            <source>the speech engine failed: {error}</source>
            <translation>le moteur vocal a échoué : {error}</translation>
        </message>
        <message>
            <source>the speech engine wrote an empty or invalid file</source>
            <translation>le moteur vocal a écrit un fichier vide ou invalide</translation>
        </message>
        <message>
            <source>cannot list voices: {error}</source>
            <translation>impossible de lister les voix : {error}</translation>
        </message>
        <message>
            <source>the speech worker died ({words})</source>
            <translation>le processus vocal s’est arrêté ({words})</translation>
        </message>
        <message>
            <source>the speech worker said {line}</source>
            <translation>le processus vocal a dit {line}</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds} s</source>
            <translation>Qt n’a pas démarré en {seconds} s</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>no display: run it in a desktop session (DISPLAY or WAYLAND_DISPLAY is unset), or set QT_QPA_PLATFORM=offscreen for a headless check</source>
            <translation>pas d’écran : lancez-le dans une session de bureau (DISPLAY ou WAYLAND_DISPLAY n’est pas défini), ou définissez QT_QPA_PLATFORM=offscreen pour un test sans écran</translation>
        </message>
        <message>
            <source>sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 shows which library is missing)</source>
            <translation>sudo apt-get install {packages} (QT_DEBUG_PLUGINS=1 indique la bibliothèque manquante)</translation>
        </message>
        <message>
            <source>reinstall retrocoach (pip install --force-reinstall PySide6-Essentials)</source>
            <translation>réinstallez retrocoach (pip install --force-reinstall PySide6-Essentials)</translation>
        </message>
        <message>
            <source>reinstall Qt ({python} -m pip install --force-reinstall PySide6-Essentials), then {audio_fix}</source>
            <translation>réinstallez Qt ({python} -m pip install --force-reinstall PySide6-Essentials), puis {audio_fix}</translation>
        </message>
        <message>
            <source>The voice cache {folder} cannot hold the cues ({error})</source>
            <translation>Le cache de voix {folder} ne peut pas contenir les annonces ({error})</translation>
        </message>
        <message>
            <source>This run's cues are rendered into {scratch} instead (not kept).</source>
            <translation>Les annonces de cette séance sont générées dans {scratch} à la place (non conservées).</translation>
        </message>
        <message>
            <source>Free some space in {folder}, or make it writable.</source>
            <translation>Libérez de la place dans {folder} ou rendez-le accessible en écriture.</translation>
        </message>
        <message>
            <source>No voice: {reason}</source>
            <translation>Pas de voix : {reason}</translation>
        </message>
        <message>
            <source>Cues are shown as captions.</source>
            <translation>Les annonces s’affichent en sous-titres.</translation>
        </message>
        <message>
            <source>To get voice, {fix}.</source>
            <translation>Pour avoir la voix : {fix}.</translation>
        </message>
        <message>
            <source>The safety check “{cue}” cannot be spoken: {error}</source>
            <translation>Le rappel de sécurité « {cue} » ne peut pas être dit : {error}</translation>
        </message>
        <message>
            <source>Look behind you yourself before you start.</source>
            <translation>Regardez vous-même derrière vous avant de démarrer.</translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) cannot be spoken ({error})</source>
            <translation>
                <numerusform>%n annonce ne peut pas être dite ({error})</numerusform>
                <numerusform>%n annonces ne peuvent pas être dites ({error})</numerusform>
            </translation>
        </message>
        <message>
            <source>They are shown as captions.</source>
            <translation>Elles s’affichent en sous-titres.</translation>
        </message>
        <message>
            <source>renderer error: {error}</source>
            <translation>erreur de génération : {error}</translation>
        </message>
        <message>
            <source>the speech engine hung {count} times in a row</source>
            <translation>le moteur vocal s’est bloqué {count} fois de suite</translation>
        </message>
        <message>
            <source>the cue cannot be written: {error}</source>
            <translation>l’annonce ne peut pas être écrite : {error}</translation>
        </message>
        <message>
            <source>{engine}: {problem}</source>
            <translation>{engine} : {problem}</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>The {what} defaults are used.</source>
            <translation>Les valeurs par défaut ({what}) sont utilisées.</translation>
        </message>
        <message>
            <source>The {what} file {path} is damaged ({reason}); defaults are used. The app keeps a copy of it and starts afresh the next time it opens.</source>
            <translation>Le fichier {path} ({what}) est endommagé ({reason}) ; les valeurs par défaut sont utilisées. L’app en garde une copie et repart de zéro à la prochaine ouverture.</translation>
        </message>
        <message>
            <source>The {what} file {path} is damaged ({reason}) and could not be moved aside ({error}). It is left as it is; defaults are used.</source>
            <translation>Le fichier {path} ({what}) est endommagé ({reason}) et n’a pas pu être mis de côté ({error}). Il reste tel quel ; les valeurs par défaut sont utilisées.</translation>
        </message>
        <message>
            <source>The {what} file {path} was damaged ({reason}). It was kept as {backup} and defaults are used.</source>
            <translation>Le fichier {path} ({what}) était endommagé ({reason}). Il a été gardé sous {backup} et les valeurs par défaut sont utilisées.</translation>
        </message>
        <message>
            <source>permission denied: the folder is read-only or belongs to another user</source>
            <translation>permission refusée : le dossier est en lecture seule ou appartient à un autre utilisateur</translation>
        </message>
        <message>
            <source>the operation is not permitted: the file or folder is protected</source>
            <translation>opération non permise : le fichier ou le dossier est protégé</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>the disk is full: free some space</source>
            <translation>le disque est plein : libérez de la place</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder</source>
            <translation>une partie du chemin est un fichier, pas un dossier</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>c’est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>a file is in the way of one of its folders</source>
            <translation>un fichier gêne l’un de ses dossiers</translation>
        </message>
        <message>
            <source>the disk quota is exceeded: free some space</source>
            <translation>le quota disque est dépassé : libérez de la place</translation>
        </message>
        <message>
            <source>Cannot save {path}: {reason}.</source>
            <translation>Impossible d’enregistrer {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Impossible de lire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot copy {path}: {reason}.</source>
            <translation>Impossible de copier {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot delete {path}: {reason}.</source>
            <translation>Impossible de supprimer {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot remove {path}: {reason}.</source>
            <translation>Impossible de retirer {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot repair {path}: {reason}.</source>
            <translation>Impossible de réparer {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot move aside {path}: {reason}.</source>
            <translation>Impossible de mettre de côté {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot move aside the end of {path}: {reason}.</source>
            <translation>Impossible de mettre de côté la fin de {path} : {reason}.</translation>
        </message>
        <message>
            <source>Cannot write to {path}: {reason}.</source>
            <translation>Impossible d’écrire dans {path} : {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) kept in memory: they will be saved when the disk can be written.</source>
            <translation>
                <numerusform>%n séance gardée en mémoire : elle sera enregistrée quand le disque sera accessible en écriture.</numerusform>
                <numerusform>%n séances gardées en mémoire : elles seront enregistrées quand le disque sera accessible en écriture.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history is not shown.</source>
            <translation>L’historique n’est pas affiché.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) are not saved to {path} yet; they are kept in memory and saved when the disk can be written.</source>
            <translation>
                <numerusform>%n séance n’est pas encore enregistrée dans {path} ; elle est gardée en mémoire et sera enregistrée dès que le disque sera accessible en écriture.</numerusform>
                <numerusform>%n séances ne sont pas encore enregistrées dans {path} ; elles sont gardées en mémoire et seront enregistrées dès que le disque sera accessible en écriture.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history {path} ends with a line that was cut short (a crash or a full disk), and it could not be moved aside: {error} It is skipped.</source>
            <translation>L’historique {path} se termine par une ligne coupée (un plantage ou un disque plein) qui n’a pas pu être mise de côté : {error} Elle est ignorée.</translation>
        </message>
        <message>
            <source>The last line of the history {path} was cut short ({size} bytes; a crash or a full disk stopped a write). It was moved to {backup}; every session before it is kept.</source>
            <translation>La dernière ligne de l’historique {path} était coupée ({size} octets ; un plantage ou un disque plein a interrompu l’écriture). Elle a été déplacée vers {backup} ; toutes les séances d’avant sont gardées.</translation>
        </message>
        <message>
            <source>{lines}; and {more} more</source>
            <translation>{lines} ; et {more} de plus</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of the history {path} could not be read and are skipped ({lines}). The file is not changed</source>
            <translation>
                <numerusform>%n ligne de l’historique {path} n’a pas pu être lue et est ignorée ({lines}). Le fichier n’est pas modifié</numerusform>
                <numerusform>%n lignes de l’historique {path} n’ont pas pu être lues et sont ignorées ({lines}). Le fichier n’est pas modifié</numerusform>
            </translation>
        </message>
        <message>
            <source>{skipped}; it is too large to keep a copy of ({size} MB, over {limit} MB): move it aside yourself if you want to keep those lines.</source>
            <translation>{skipped} ; il est trop volumineux pour en garder une copie ({size} Mo, plus de {limit} Mo) : déplacez-le vous-même si vous voulez garder ces lignes.</translation>
        </message>
        <message>
            <source>{skipped}; a copy could not be kept ({error}).</source>
            <translation>{skipped} ; une copie n’a pas pu être gardée ({error}).</translation>
        </message>
        <message>
            <source>{skipped}; a copy is kept as {backup}.</source>
            <translation>{skipped} ; une copie est gardée sous {backup}.</translation>
        </message>
        <message>
            <source>The running session is kept in memory.</source>
            <translation>La séance en cours est gardée en mémoire.</translation>
        </message>
        <message>
            <source>The journal of an unfinished session could not be read: {error}</source>
            <translation>Le journal d’une séance inachevée n’a pas pu être lu : {error}</translation>
        </message>
        <message>
            <source>The journal of an unfinished session {path} is damaged ({reason}) and could not be moved aside: {error}</source>
            <translation>Le journal d’une séance inachevée {path} est endommagé ({reason}) et n’a pas pu être mis de côté : {error}</translation>
        </message>
        <message>
            <source>The journal of an unfinished session was damaged ({reason}); it was kept as {backup} and no record was made from it.</source>
            <translation>Le journal d’une séance inachevée était endommagé ({reason}) ; il a été gardé sous {backup} et aucun enregistrement n’en a été tiré.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Workouts and history</source>
            <translation>Entraînements et historique</translation>
        </message>
        <message>
            <source>Voice cache</source>
            <translation>Cache de la voix</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Journaux</translation>
        </message>
        <message>
            <source>{folder}: no part of this path exists</source>
            <translation>{folder} : aucune partie de ce chemin n’existe</translation>
        </message>
        <message>
            <source>{folder}: {probe} is {what}, not a folder; move it away</source>
            <translation>{folder} : {probe} est {what}, pas un dossier ; déplacez-le</translation>
        </message>
        <message>
            <source>{folder}: {probe} is on a file system mounted read-only</source>
            <translation>{folder} : {probe} se trouve sur un système de fichiers monté en lecture seule</translation>
        </message>
        <message>
            <source>{folder}: {probe} is read-only for you</source>
            <translation>{folder} : {probe} est en lecture seule pour vous</translation>
        </message>
        <message>
            <source>{folder}: the disk holding {probe} is full ({free} KB free), so files cannot be saved there</source>
            <translation>{folder} : le disque contenant {probe} est plein ({free} Ko libres), les fichiers ne peuvent donc pas y être enregistrés</translation>
        </message>
        <message>
            <source>a symbolic link to nothing</source>
            <translation>un lien symbolique vers rien</translation>
        </message>
        <message>
            <source>something that cannot be looked at ({reason})</source>
            <translation>quelque chose qui ne peut pas être examiné ({reason})</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>un fichier</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>une FIFO (tube nommé)</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>un périphérique caractère</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>un périphérique bloc</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>une socket</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>un dossier</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>un fichier spécial</translation>
        </message>
        <message>
            <source>{path} cannot be looked at ({reason})</source>
            <translation>Impossible d’examiner {path} ({reason})</translation>
        </message>
        <message>
            <source>{path} is {what}, not a regular file</source>
            <translation>{path} est {what}, pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>a symbolic link</source>
            <translation>un lien symbolique</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>un périphérique</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>un tube nommé (FIFO)</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name, for example {example}.</source>
            <translation>{path} est un dossier : indiquez un nom de fichier, par exemple {example}.</translation>
        </message>
        <message>
            <source>{path} is a folder: give a file name.</source>
            <translation>{path} est un dossier : indiquez un nom de fichier.</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a regular file: it is never written to; give another file name.</source>
            <translation>{path} est {kind}, pas un fichier ordinaire : on n’y écrit jamais ; indiquez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>Cannot save {path}: the folder {folder} does not exist.</source>
            <translation>Impossible d’enregistrer {path} : le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <translation>{path} existe déjà.</translation>
        </message>
        <message>
            <source>{path} is in retrocoach's own workouts folder; to add a workout there, import it (retrocoach import FILE, or Import in the app).</source>
            <translation>{path} est dans le dossier d’entraînements de retrocoach ; pour y ajouter un entraînement, importez-le (retrocoach import FICHIER, ou Importer dans l’app).</translation>
        </message>
        <message>
            <source>{path} is in retrocoach's own folder ({label}: {own}); choose another folder.</source>
            <translation>{path} est dans un dossier de retrocoach ({label} : {own}) ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>{what} goes to {folder} for this run instead (not kept).</source>
            <translation>{what} va dans {folder} pour cette fois (non conservé).</translation>
        </message>
        <message>
            <source>{key}: {rule}</source>
            <translation>{key} : {rule}</translation>
        </message>
        <message>
            <source>{key}: {rule}, got {got}</source>
            <translation>{key} : {rule}, reçu : {got}</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}</source>
            <translation>doit être un nombre de {low} à {high}</translation>
        </message>
        <message>
            <source>must be text of 1 to {length} characters</source>
            <translation>doit être un texte de 1 à {length} caractères</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit être true ou false</translation>
        </message>
        <message>
            <source>must be one of {allowed}</source>
            <translation>doit être l’un de {allowed}</translation>
        </message>
        <message>
            <source>{rule}, or null</source>
            <translation>{rule}, ou null</translation>
        </message>
        <message>
            <source>must be one of {allowed}, or "" for the system's language</source>
            <translation>doit être l’un de {allowed}, ou "" pour la langue du système</translation>
        </message>
        <message>
            <source>unknown setting</source>
            <translation>paramètre inconnu</translation>
        </message>
        <message>
            <source>{source}: {error}; the default ({default}) is used.</source>
            <translation>{source} : {error} ; la valeur par défaut ({default}) est utilisée.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>paramètres</translation>
        </message>
        <message>
            <source>A copy of {path} could not be kept ({error}); it will not be changed.</source>
            <translation>Une copie de {path} n’a pas pu être gardée ({error}) ; il ne sera pas modifié.</translation>
        </message>
        <message>
            <source>Settings not saved, so that the damaged {path} is not overwritten: {error}</source>
            <translation>Paramètres non enregistrés, pour ne pas écraser le fichier endommagé {path} : {error}</translation>
        </message>
        <message>
            <source>{source}: retrocoach does not know the setting '{key}' (a typo?); it is kept in the file but not used.</source>
            <translation>{source} : retrocoach ne connaît pas le paramètre « {key} » (une faute de frappe ?) ; il reste dans le fichier mais n’est pas utilisé.</translation>
        </message>
        <message>
            <source>The file as it was is kept as {backup}.</source>
            <translation>Le fichier tel qu’il était est gardé sous {backup}.</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({reason}); your tips were not loaded</source>
            <translation>{path} : illisible ({reason}) ; vos conseils n’ont pas été chargés</translation>
        </message>
        <message>
            <source>{path}: {reason}; your tips were not loaded</source>
            <translation>{path} : {reason} ; vos conseils n’ont pas été chargés</translation>
        </message>
        <message>
            <source>{folder} is {what} where your workouts folder should be, so your own workouts cannot be loaded or saved; move it away (the folder is made again on the next save)</source>
            <translation>{folder} est {what} là où devrait être votre dossier d’entraînements : vos entraînements ne peuvent être ni chargés ni enregistrés ; déplacez-le (le dossier sera recréé au prochain enregistrement)</translation>
        </message>
        <message>
            <source>{path}: id: '{id}' is already used by a built-in workout; skipped</source>
            <translation>{path} : id : « {id} » est déjà pris par un entraînement fourni ; ignoré</translation>
        </message>
        <message>
            <source>{path}: id: '{id}' is already used by another file; skipped</source>
            <translation>{path} : id : « {id} » est déjà pris par un autre fichier ; ignoré</translation>
        </message>
        <message>
            <source>Another retrocoach is still writing in this folder (it holds {path}); try again when it is done.</source>
            <translation>Un autre retrocoach écrit encore dans ce dossier (il détient {path}) ; réessayez quand il aura fini.</translation>
        </message>
        <message>
            <source>The log file {path} cannot be written ({reason}); retrocoach goes on and logs to the terminal only.</source>
            <translation>Le fichier journal {path} ne peut pas être écrit ({reason}) ; retrocoach continue et journalise seulement dans le terminal.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open and cannot be read any more; the edited file is kept as {backup} and retrocoach's settings are saved.</source>
            <translation>{path} a été modifié pendant que retrocoach était ouvert et ne peut plus être lu ; le fichier modifié est conservé sous {backup} et les paramètres de retrocoach sont enregistrés.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open; the edits are kept.</source>
            <translation>{path} a été modifié pendant que retrocoach était ouvert ; les modifications sont conservées.</translation>
        </message>
        <message>
            <source>{path} was edited while retrocoach was open. Kept from the edit: all but {keys} (changed in retrocoach too, or not a value retrocoach can use); the edited file is kept as {backup}.</source>
            <translation>{path} a été modifié pendant que retrocoach était ouvert. Conservé de la modification : tout sauf {keys} (modifié aussi dans retrocoach, ou valeur inutilisable par retrocoach) ; le fichier modifié est conservé sous {backup}.</translation>
        </message>
    </context>
    <context>
        <name>taper</name>
        <message>
            <source>Auto: session {session} with backward work, so plenty of tips while it is new (chatty up to session {until}).</source>
            <translation>Auto : séance {session} avec du travail à reculons, donc beaucoup de conseils tant que c’est nouveau (bavard jusqu’à la séance {until}).</translation>
        </message>
        <message>
            <source>Auto: session {session}, {minutes} backward minutes so far: a tip about every 45 s (normal up to session {until}).</source>
            <translation>Auto : séance {session}, {minutes} minutes à reculons jusqu’ici : un conseil toutes les 45 s environ (normal jusqu’à la séance {until}).</translation>
        </message>
        <message>
            <source>Auto: session {session}, {minutes} backward minutes so far: you know the technique, so at most {limit} technique tips in the session.</source>
            <translation>Auto : séance {session}, {minutes} minutes à reculons jusqu’ici : vous connaissez la technique, donc au plus {limit} conseils de technique par séance.</translation>
        </message>
    </context>
    <context>
        <name>tips</name>
        <message>
            <source>missing (a list of tips is required)</source>
            <translation>manquant (une liste de conseils est requise)</translation>
        </message>
        <message>
            <source>no tip has the id {id}</source>
            <translation>aucun conseil n’a l’id {id}</translation>
        </message>
        <message>
            <source>has the key '{key}' twice; keep one of them</source>
            <translation>contient la clé '{key}' deux fois ; gardez-en une seule</translation>
        </message>
        <message>
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>n’est pas du JSON valide (ligne {line}, colonne {column} : {reason})</translation>
        </message>
        <message>
            <source>is nested too deeply to be a tips file</source>
            <translation>est trop imbriqué pour être un fichier de conseils</translation>
        </message>
        <message>
            <source>{where}{reason}</source>
            <translation>{where}{reason}</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>doit être un objet JSON</translation>
        </message>
        <message>
            <source>must be {version}, got {got}</source>
            <translation>doit être {version}, reçu : {got}</translation>
        </message>
        <message>
            <source>unknown field (allowed: {fields})</source>
            <translation>champ inconnu (autorisés : {fields})</translation>
        </message>
        <message>
            <source>must be a list of tips</source>
            <translation>doit être une liste de conseils</translation>
        </message>
        <message>
            <source>id: used by an earlier tip in this file; this one is skipped</source>
            <translation>id : déjà pris par un conseil précédent de ce fichier ; celui-ci est ignoré</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field} : {problem}</translation>
        </message>
        <message>
            <source>must be an object with {fields}</source>
            <translation>doit être un objet avec {fields}</translation>
        </message>
        <message>
            <source>id: must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit, got {got}</source>
            <translation>id : doit faire 1 à 40 caractères parmi a-z, 0-9 et « - », en commençant par une lettre ou un chiffre, reçu : {got}</translation>
        </message>
        <message>
            <source>must be non-empty text, got {got}</source>
            <translation>doit être un texte non vide, reçu : {got}</translation>
        </message>
        <message>
            <source>must be 1 to {most} spoken words (a tip is heard mid-stride), got {got}</source>
            <translation>doit faire 1 à {most} mots parlés (un conseil s’entend en pleine foulée), reçu : {got}</translation>
        </message>
        <message>
            <source>must be at most {most} characters</source>
            <translation>doit faire {most} caractères au plus</translation>
        </message>
        <message>
            <source>must name what the tip rests on (the seed, a study or a page) in 1 to {most} characters, got {got}</source>
            <translation>doit dire sur quoi repose le conseil (la base, une étude ou une page) en 1 à {most} caractères, reçu : {got}</translation>
        </message>
        <message>
            <source>must be a non-empty list from: {allowed}</source>
            <translation>doit être une liste non vide parmi : {allowed}</translation>
        </message>
        <message>
            <source>{item} is not one of: {allowed}</source>
            <translation>{item} n’est pas l’un de : {allowed}</translation>
        </message>
        <message>
            <source>must be a list of tip ids</source>
            <translation>doit être une liste d’ids de conseils</translation>
        </message>
        <message>
            <source>must be a tip id, got {got}</source>
            <translation>doit être un id de conseil, reçu : {got}</translation>
        </message>
    </context>
</TS>
