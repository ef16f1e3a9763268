<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>Try &apos;mmsplayer --help&apos;.</source>
        <translation>Weitere Informationen mit „mmsplayer --help“.</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="82"/>
        <source>--record needs an output file</source>
        <translation>--record braucht eine Ausgabedatei</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="89"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration braucht eine Sekundenzahl über 0</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="92"/>
        <source>--start needs a number of seconds</source>
        <translation>--start braucht eine Sekundenzahl</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="95"/>
        <location filename="../app/clioptions.cpp" line="104"/>
        <source>--streams needs a list like 1,3</source>
        <translation>--streams braucht eine Liste wie 1,3</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="100"/>
        <source>--streams: &quot;%1&quot; is not a stream number (1..127)</source>
        <translation>--streams: „%1“ ist keine Streamnummer (1..127)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="109"/>
        <source>--max-bitrate needs bits per second, e.g. 200000</source>
        <translation>--max-bitrate braucht Bit pro Sekunde, z. B. 200000</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="114"/>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout braucht Sekunden zwischen 0.1 und 3600</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="119"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="125"/>
        <source>--record and --list-streams cannot be combined</source>
        <translation>--record und --list-streams lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="127"/>
        <source>--duration, --start, --streams, --max-bitrate and --timeout need --record or --list-streams</source>
        <translation>--duration, --start, --streams, --max-bitrate und --timeout brauchen --record oder --list-streams</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="130"/>
        <source>no URL given</source>
        <translation>keine URL angegeben</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="131"/>
        <source>only one URL, please</source>
        <translation>bitte nur eine URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="135"/>
        <source>&quot;%1&quot; is not an mms:// or mmst:// URL</source>
        <translation>„%1“ ist keine mms://- oder mmst://-URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="143"/>
        <source>Usage: mmsplayer [URL]                      play in the window
       mmsplayer --record OUT.asf [options] URL
       mmsplayer --list-streams [options] URL

Plays and records Microsoft Media Server streams (mms:// and mmst://, MMS over TCP).

Options:
  --record FILE        write the stream to FILE as a complete ASF file
  --list-streams       print the streams, title, author and duration, then quit
  --duration SECONDS   record only this much content, then stop politely
  --start SECONDS      start at this position
  --streams N,M        record these ASF stream numbers (see --list-streams)
  --max-bitrate BPS    choose the best audio and video that fit this bit rate
  --timeout SECONDS    give up when the server is silent this long (default 10)
  --quiet              no progress line
  -h, --help           this text
  -v, --version        the version

Exit codes:
  0  done (end of stream, --duration reached, or streams listed)
  1  usage error
  2  network error: host not found, connection refused or lost, timeout
  3  the server refused: file not found, access denied, authentication, ...
  4  protocol error: the server sent something invalid
  5  the output file could not be written
</source>
        <translation>Aufruf: mmsplayer [URL]                     im Fenster abspielen
        mmsplayer --record AUSGABE.asf [Optionen] URL
        mmsplayer --list-streams [Optionen] URL

Spielt Streams von Microsoft Media Server ab und nimmt sie auf (mms:// und mmst://, MMS über TCP).

Optionen:
  --record DATEI       den Stream als vollständige ASF-Datei in DATEI schreiben
  --list-streams       Streams, Titel, Autor und Dauer ausgeben, dann beenden
  --duration SEKUNDEN  nur so viel Inhalt aufnehmen, dann ordnungsgemäß anhalten
  --start SEKUNDEN     an dieser Position beginnen
  --streams N,M        diese ASF-Streamnummern aufnehmen (siehe --list-streams)
  --max-bitrate BPS    das beste Audio und Video wählen, das in diese Bitrate passt
  --timeout SEKUNDEN   aufgeben, wenn der Server so lange schweigt (Standard: 10)
  --quiet              keine Fortschrittszeile
  -h, --help           dieser Text
  -v, --version        die Version

Exit-Codes:
  0  fertig (Ende des Streams, --duration erreicht oder Streams aufgelistet)
  1  Aufruffehler
  2  Netzwerkfehler: Host nicht gefunden, Verbindung abgelehnt oder verloren, Zeitüberschreitung
  3  der Server lehnte ab: Datei nicht gefunden, Zugriff verweigert, Authentifizierung, ...
  4  Protokollfehler: der Server schickte etwas Ungültiges
  5  die Ausgabedatei konnte nicht geschrieben werden
</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../app/clirunner.cpp" line="22"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="22"/>
        <source>? kbit/s</source>
        <translation>? kbit/s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="29"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="30"/>
        <source>end of playlist entry</source>
        <translation>Ende des Wiedergabelisteneintrags</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="31"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="32"/>
        <source>path not found</source>
        <translation>Pfad nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="33"/>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="34"/>
        <source>invalid parameter in the request</source>
        <translation>ungültiger Parameter in der Anfrage</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="35"/>
        <source>the file could not be opened</source>
        <translation>die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="36"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="37"/>
        <source>network busy</source>
        <translation>Netzwerk ausgelastet</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="38"/>
        <source>too many sessions on the server</source>
        <translation>zu viele Sitzungen auf dem Server</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="39"/>
        <source>the server timed out</source>
        <translation>Zeitüberschreitung beim Server</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="40"/>
        <source>connection failure</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="41"/>
        <source>request invalid in the current state</source>
        <translation>Anfrage im aktuellen Zustand ungültig</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="42"/>
        <source>insufficient bandwidth</source>
        <translation>unzureichende Bandbreite</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="43"/>
        <source>no stream available</source>
        <translation>kein Stream verfügbar</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="44"/>
        <source>no more data in the stream</source>
        <translation>keine weiteren Daten im Stream</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="45"/>
        <source>server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="46"/>
        <source>fast forward or rewind refused</source>
        <translation>Vor- oder Zurückspulen abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="47"/>
        <source>the file is not valid ASF</source>
        <translation>die Datei ist kein gültiges ASF</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="48"/>
        <source>unknown server error</source>
        <translation>unbekannter Serverfehler</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="49"/>
        <source>unknown status</source>
        <translation>unbekannter Status</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="115"/>
        <source>connection lost; reconnecting (%1 of %2)</source>
        <translation>Verbindung verloren; neuer Verbindungsversuch (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="132"/>
        <location filename="../app/clirunner.cpp" line="211"/>
        <source>cannot write %1</source>
        <extracomment>%1 is the file&apos;s name and the reason, e.g. &quot;out.asf: Permission denied&quot;.</extracomment>
        <translation>Fehler beim Schreiben von %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="150"/>
        <source>Title:</source>
        <extracomment>--list-streams output; the labels are padded to one width so the values line up.</extracomment>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="151"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="152"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="158"/>
        <source>live</source>
        <extracomment>The duration of a live broadcast, which has none.</extracomment>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="158"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="160"/>
        <source>Streams (* = played by default):</source>
        <translation>Streams (* = standardmäßig abgespielt):</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="166"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="168"/>
        <source>%1 Hz, %2 ch</source>
        <extracomment>Sample rate and number of channels of an audio stream.</extracomment>
        <translation>%1 Hz, %2 Kan.</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="171"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="175"/>
        <source>command</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="179"/>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="185"/>
        <source>language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="186"/>
        <source>name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="197"/>
        <source>server says: %1 (0x%2)</source>
        <extracomment>%1 is the server&apos;s error in words, %2 its hexadecimal HRESULT code.</extracomment>
        <translation>Server meldet: %1 (0x%2)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="11"/>
        <source>This is not a valid MMS address. Use mms://host/path or mmst://host/path.</source>
        <translation>Dies ist keine gültige MMS-Adresse. Verwenden Sie mms://host/pfad oder mmst://host/pfad.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="13"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>Der Name des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15"/>
        <source>The server refused the connection. Is an MMS server running on that port?</source>
        <translation>Der Server hat die Verbindung abgelehnt. Läuft auf diesem Port ein MMS-Server?</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24"/>
        <source>The server sent something this player does not understand (%1).</source>
        <translation>Der Server hat etwas gesendet, das dieser Player nicht versteht (%1).</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>The stream&apos;s ASF header is damaged or not supported.</source>
        <translation>Der ASF-Header des Streams ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>The server sent a media packet larger than the stream allows.</source>
        <translation>Der Server hat ein Medienpaket gesendet, das größer ist, als der Stream erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>The server asks for a user name and password, which this player does not support yet.</source>
        <translation>Der Server verlangt Benutzername und Passwort; das unterstützt dieser Player noch nicht.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33"/>
        <source>The server redirected the player too many times.</source>
        <translation>Der Server hat den Player zu oft umgeleitet.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="35"/>
        <source>The stream has no audio or video that this player can play.</source>
        <translation>Der Stream enthält kein Audio oder Video, das dieser Player abspielen kann.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="37"/>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="47"/>
        <source>The server could not find this file.</source>
        <translation>Der Server konnte diese Datei nicht finden.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="49"/>
        <source>The server denied access to this file.</source>
        <translation>Der Server hat den Zugriff auf diese Datei verweigert.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="51"/>
        <source>The server has too many viewers right now. Try again later.</source>
        <translation>Der Server hat gerade zu viele Zuschauer. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="53"/>
        <source>The server timed out.</source>
        <translation>Zeitüberschreitung beim Server.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="55"/>
        <source>The network is busy. Try again later.</source>
        <translation>Das Netzwerk ist ausgelastet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>The server could not open this file.</source>
        <translation>Der Server konnte diese Datei nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="60"/>
        <source>The file on the server is not a valid ASF file.</source>
        <translation>Die Datei auf dem Server ist keine gültige ASF-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="63"/>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="65"/>
        <source>There is not enough bandwidth for this stream.</source>
        <translation>Die Bandbreite reicht für diesen Stream nicht aus.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="67"/>
        <source>The server has no stream to send.</source>
        <translation>Der Server hat keinen Stream zum Senden.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="69"/>
        <source>The stream has ended.</source>
        <translation>Der Stream ist zu Ende.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="72"/>
        <source>The server lost its connection.</source>
        <translation>Der Server hat seine Verbindung verloren.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="74"/>
        <source>The server could not be found.</source>
        <translation>Der Server wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="76"/>
        <source>The server cannot fast forward or rewind this stream.</source>
        <translation>Der Server kann diesen Stream nicht vor- oder zurückspulen.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="78"/>
        <source>The server reported error 0x%1.</source>
        <translation>Der Server meldete den Fehler 0x%1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Opening</source>
        <translation>Wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Reading header</source>
        <translation>Header wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Streaming</source>
        <translation>Stream läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Closing</source>
        <translation>Wird geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Playlist</source>
        <translation>Wiedergabeliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>The playlist could not be loaded: %1</source>
        <translation>Die Wiedergabeliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Save Stream</source>
        <translation>Stream speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Open URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Recent URLs</source>
        <translation>&amp;Zuletzt geöffnete URLs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Save Stream As…</source>
        <translation>Stream &amp;speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>S&amp;top Saving</source>
        <translation>Speichern b&amp;eenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>P&amp;revious Entry</source>
        <translation>&amp;Vorheriger Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Next Entry</source>
        <translation>&amp;Nächster Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;About MMS Player</source>
        <translation>Ü&amp;ber MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>%1 — MMS Player</source>
        <translation>%1 — MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Open Playlist</source>
        <translation>Wiedergabeliste öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Windows Media playlists (*.asx *.wax *.wvx);;All files (*)</source>
        <translation>Windows-Media-Wiedergabelisten (*.asx *.wax *.wvx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>stream.asf</source>
        <translation>stream.asf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Save Stream As</source>
        <translation>Stream speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Windows Media files (*.asf *.wmv *.wma);;All files (*)</source>
        <translation>Windows-Media-Dateien (*.asf *.wmv *.wma);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Saving to %1</source>
        <translation>Speichern in %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>About MMS Player</source>
        <translation>Über MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Plays Microsoft Media Server streams (mms:// and mmst://) of ASF content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Spielt Streams von Microsoft Media Server (mms:// und mmst://) mit ASF-Inhalten ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Reconnecting (%1/%2)…</source>
        <translation>Verbindet erneut (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>End of stream</source>
        <translation>Ende des Streams</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Buffer %1 KiB (%2 s)</source>
        <translation>Puffer %1 KiB (%2 s)</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <location filename="../ui/openurldialog.cpp" line="16"/>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="22"/>
        <source>mms://server/path/file.wmv</source>
        <translation>mms://server/pfad/datei.wmv</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="26"/>
        <source>&amp;Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):</source>
        <translation>&amp;Adresse eines MMS-Streams (mms:// oder mmst://) oder einer Wiedergabeliste (http://):</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="64"/>
        <source>Enter the address of a stream or a playlist.</source>
        <translation>Geben Sie die Adresse eines Streams oder einer Wiedergabeliste ein.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="67"/>
        <source>This address is not a valid URL.</source>
        <translation>Diese Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="70"/>
        <source>The address must start with mms://, mmst:// or http://.</source>
        <translation>Die Adresse muss mit mms://, mmst:// oder http:// beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="72"/>
        <source>The address names no file.</source>
        <translation>Die Adresse nennt keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="76"/>
        <source>Only mms://, mmst:// and http:// addresses are supported, not %1://.</source>
        <translation>Nur mms://-, mmst://- und http://-Adressen werden unterstützt, nicht %1://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="79"/>
        <source>The address has no server name.</source>
        <translation>Die Adresse enthält keinen Servernamen.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="81"/>
        <source>The address names no file or stream on the server.</source>
        <translation>Die Adresse nennt keine Datei und keinen Stream auf dem Server.</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <location filename="../ui/playbackcontroller.cpp" line="294"/>
        <source>The player cannot decode this stream.</source>
        <translation>Der Player kann diesen Stream nicht dekodieren.</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/playercontrols.cpp" line="23"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="25"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="30"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="61"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="61"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="115"/>
        <source>Unmute</source>
        <translation>Ton einschalten</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="115"/>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="145"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="153"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../ui/playerwidget.cpp" line="66"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/playerwidget.cpp" line="99"/>
        <source>Buffering %1%</source>
        <translation>Puffern %1 %</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="19"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="19"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="24"/>
        <source>Previous entry</source>
        <translation>Vorheriger Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="27"/>
        <source>Next entry</source>
        <translation>Nächster Eintrag</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <location filename="../app/recorder.cpp" line="110"/>
        <source>recorded %1 s, %n packets, %2 MiB</source>
        <extracomment>Progress of --record: seconds of content, packets and mebibytes written so far.</extracomment>
        <translation>
            <numerusform>%1 s aufgenommen, %n Paket, %2 MiB</numerusform>
            <numerusform>%1 s aufgenommen, %n Pakete, %2 MiB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="21"/>
        <source>&amp;Remember the volume when MMS Player closes</source>
        <translation>&amp;Lautstärke beim Beenden von MMS Player merken</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source>For streams with several bit rates, the best streams that fit within this limit are chosen.</source>
        <translation>Bei Streams mit mehreren Bitraten werden die besten Streams gewählt, die in dieses Limit passen.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="40"/>
        <source>How much of the stream is received before playback starts.</source>
        <translation>Wie viel vom Stream empfangen wird, bevor die Wiedergabe beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>How long to wait for a silent server before giving up.</source>
        <translation>Wie lange auf einen schweigenden Server gewartet wird, bevor aufgegeben wird.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66"/>
        <source>A new language is used the next time MMS Player starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MMS Player.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="71"/>
        <source>&amp;Maximum bit rate:</source>
        <translation>Maximale &amp;Bitrate:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="72"/>
        <source>&amp;Buffering time:</source>
        <translation>&amp;Pufferzeit:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="73"/>
        <source>Network &amp;timeout:</source>
        <translation>Netzwerk-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>Changes apply to the next stream you open.</source>
        <translation>Änderungen gelten ab dem nächsten geöffneten Stream.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="19"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="30"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="43"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="44"/>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="45"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="46"/>
        <source>Bit rate of the selected streams:</source>
        <translation>Bitrate der gewählten Streams:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="47"/>
        <source>Received bit rate:</source>
        <translation>Empfangene Bitrate:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="48"/>
        <source>Packets received:</source>
        <translation>Empfangene Pakete:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="49"/>
        <source>Packets late:</source>
        <translation>Verspätete Pakete:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="50"/>
        <source>Packets lost:</source>
        <translation>Verlorene Pakete:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="51"/>
        <source>Packets skipped by stream selection:</source>
        <translation>Durch Streamauswahl übersprungene Pakete:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="52"/>
        <source>Buffer:</source>
        <translation>Puffer:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="53"/>
        <source>Frames rendered:</source>
        <translation>Dargestellte Frames:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="54"/>
        <source>Frames dropped (estimated):</source>
        <translation>Verworfene Frames (geschätzt):</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="57"/>
        <source>A packet is late when it arrives after the buffering time could cover it. Lost packets are gaps in the packet numbers while every stream is selected. Dropped frames are gaps in the presentation times of the frames shown.</source>
        <translation>Ein Paket ist verspätet, wenn es ankommt, nachdem die Pufferzeit es hätte abdecken können. Verlorene Pakete sind Lücken in den Paketnummern, während alle Streams gewählt sind. Verworfene Frames sind Lücken in den Darstellungszeiten der angezeigten Frames.</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="88"/>
        <source>MMS over TCP</source>
        <translation>MMS über TCP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="99"/>
        <source>%1 KiB (%2 s)</source>
        <translation>%1 KiB (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="102"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
</context>
<context>
    <name>StreamRecorder</name>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="36"/>
        <source>The file %1 could not be created: %2</source>
        <translation>Die Datei %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="53"/>
        <source>The recording %1 could not be completed: %2</source>
        <translation>Die Aufnahme %1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="95"/>
        <source>Recording to %1 failed: %2</source>
        <translation>Die Aufnahme in %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Bit rate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="31"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="33"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="35"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="39"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="53"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="54"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="57"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/streamspanel.cpp" line="60"/>
        <source>%1 Hz, %n channel(s)</source>
        <translation>
            <numerusform>%1 Hz, %n Kanal</numerusform>
            <numerusform>%1 Hz, %n Kanäle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="95"/>
        <source>Plays mms:// and mmst:// streams.</source>
        <translation>Spielt mms://- und mmst://-Streams ab.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="100"/>
        <source>Stream or playlist (.asx, .wax, .wvx file or http:// URL) to play; without one, the built-in demo.</source>
        <translation>Abzuspielender Stream oder abzuspielende Wiedergabeliste (.asx-, .wax-, .wvx-Datei oder http://-URL); ohne Angabe die eingebaute Demo.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="132"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="133"/>
        <source>The built-in demo server could not start: %1</source>
        <translation>Der eingebaute Demo-Server konnte nicht starten: %1</translation>
    </message>
</context>
</TS>
