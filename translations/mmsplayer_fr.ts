<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>Try &apos;mmsplayer --help&apos;.</source>
        <translation>Essayez «&#xa0;mmsplayer --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="82"/>
        <source>--record needs an output file</source>
        <translation>--record nécessite un fichier de sortie</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="89"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration nécessite un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="92"/>
        <source>--start needs a number of seconds</source>
        <translation>--start nécessite un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="95"/>
        <location filename="../app/clioptions.cpp" line="104"/>
        <source>--streams needs a list like 1,3</source>
        <translation>--streams nécessite une liste comme 1,3</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="100"/>
        <source>--streams: &quot;%1&quot; is not a stream number (1..127)</source>
        <translation>--streams&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de flux (1..127)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="109"/>
        <source>--max-bitrate needs bits per second, e.g. 200000</source>
        <translation>--max-bitrate nécessite un nombre de bits par seconde, par ex. 200000</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="114"/>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout nécessite un nombre de secondes entre 0.1 et 3600</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="119"/>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="125"/>
        <source>--record and --list-streams cannot be combined</source>
        <translation>--record et --list-streams ne peuvent pas être combinés</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="127"/>
        <source>--duration, --start, --streams, --max-bitrate and --timeout need --record or --list-streams</source>
        <translation>--duration, --start, --streams, --max-bitrate et --timeout nécessitent --record ou --list-streams</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="130"/>
        <source>no URL given</source>
        <translation>aucune URL indiquée</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="131"/>
        <source>only one URL, please</source>
        <translation>une seule URL, s&apos;il vous plaît</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="135"/>
        <source>&quot;%1&quot; is not an mms:// or mmst:// URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL mms:// ou mmst://</translation>
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
        <translation>Usage&#xa0;: mmsplayer [URL]                     lire dans la fenêtre
        mmsplayer --record SORTIE.asf [options] URL
        mmsplayer --list-streams [options] URL

Lit et enregistre les flux de Microsoft Media Server (mms:// et mmst://, MMS sur TCP).

Options&#xa0;:
  --record FICHIER     écrire le flux dans FICHIER sous forme de fichier ASF complet
  --list-streams       afficher les flux, le titre, l&apos;auteur et la durée, puis quitter
  --duration SECONDES  n&apos;enregistrer que cette durée de contenu, puis s&apos;arrêter proprement
  --start SECONDES     commencer à cette position
  --streams N,M        enregistrer ces numéros de flux ASF (voir --list-streams)
  --max-bitrate BPS    choisir le meilleur audio et la meilleure vidéo tenant dans ce débit
  --timeout SECONDES   abandonner si le serveur reste muet aussi longtemps (10 par défaut)
  --quiet              pas de ligne de progression
  -h, --help           ce texte
  -v, --version        la version

Codes de sortie&#xa0;:
  0  terminé (fin du flux, --duration atteinte ou flux listés)
  1  erreur d&apos;utilisation
  2  erreur réseau&#xa0;: hôte introuvable, connexion refusée ou perdue, délai dépassé
  3  le serveur a refusé&#xa0;: fichier introuvable, accès refusé, authentification, ...
  4  erreur de protocole&#xa0;: le serveur a envoyé quelque chose d&apos;invalide
  5  le fichier de sortie n&apos;a pas pu être écrit
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
        <translation>succès</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="30"/>
        <source>end of playlist entry</source>
        <translation>fin de l&apos;entrée de la liste de lecture</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="31"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="32"/>
        <source>path not found</source>
        <translation>chemin introuvable</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="33"/>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="34"/>
        <source>invalid parameter in the request</source>
        <translation>paramètre non valide dans la requête</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="35"/>
        <source>the file could not be opened</source>
        <translation>le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="36"/>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="37"/>
        <source>network busy</source>
        <translation>réseau occupé</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="38"/>
        <source>too many sessions on the server</source>
        <translation>trop de sessions sur le serveur</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="39"/>
        <source>the server timed out</source>
        <translation>délai d&apos;attente du serveur dépassé</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="40"/>
        <source>connection failure</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="41"/>
        <source>request invalid in the current state</source>
        <translation>requête non valide dans l&apos;état actuel</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="42"/>
        <source>insufficient bandwidth</source>
        <translation>bande passante insuffisante</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="43"/>
        <source>no stream available</source>
        <translation>aucun flux disponible</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="44"/>
        <source>no more data in the stream</source>
        <translation>plus de données dans le flux</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="45"/>
        <source>server not found</source>
        <translation>serveur introuvable</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="46"/>
        <source>fast forward or rewind refused</source>
        <translation>avance ou retour rapide refusé</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="47"/>
        <source>the file is not valid ASF</source>
        <translation>le fichier n&apos;est pas un ASF valide</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="48"/>
        <source>unknown server error</source>
        <translation>erreur de serveur inconnue</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="49"/>
        <source>unknown status</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="115"/>
        <source>connection lost; reconnecting (%1 of %2)</source>
        <translation>connexion perdue&#xa0;; reconnexion (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="132"/>
        <location filename="../app/clirunner.cpp" line="211"/>
        <source>cannot write %1</source>
        <extracomment>%1 is the file&apos;s name and the reason, e.g. &quot;out.asf: Permission denied&quot;.</extracomment>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="150"/>
        <source>Title:</source>
        <extracomment>--list-streams output; the labels are padded to one width so the values line up.</extracomment>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="151"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="152"/>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="158"/>
        <source>live</source>
        <extracomment>The duration of a live broadcast, which has none.</extracomment>
        <translation>en direct</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="158"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="160"/>
        <source>Streams (* = played by default):</source>
        <translation>Flux (* = lus par défaut)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="166"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="168"/>
        <source>%1 Hz, %2 ch</source>
        <extracomment>Sample rate and number of channels of an audio stream.</extracomment>
        <translation>%1 Hz, %2 can.</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="171"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="175"/>
        <source>command</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="179"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="185"/>
        <source>language: %1</source>
        <translation>langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="186"/>
        <source>name: %1</source>
        <translation>nom&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="197"/>
        <source>server says: %1 (0x%2)</source>
        <extracomment>%1 is the server&apos;s error in words, %2 its hexadecimal HRESULT code.</extracomment>
        <translation>le serveur indique&#xa0;: %1 (0x%2)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="11"/>
        <source>This is not a valid MMS address. Use mms://host/path or mmst://host/path.</source>
        <translation>Ce n&apos;est pas une adresse MMS valide. Utilisez mms://hôte/chemin ou mmst://hôte/chemin.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="13"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>Le nom du serveur est introuvable.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15"/>
        <source>The server refused the connection. Is an MMS server running on that port?</source>
        <translation>Le serveur a refusé la connexion. Un serveur MMS fonctionne-t-il sur ce port&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24"/>
        <source>The server sent something this player does not understand (%1).</source>
        <translation>Le serveur a envoyé des données que ce lecteur ne comprend pas (%1).</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>The stream&apos;s ASF header is damaged or not supported.</source>
        <translation>L&apos;en-tête ASF du flux est endommagé ou n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>The server sent a media packet larger than the stream allows.</source>
        <translation>Le serveur a envoyé un paquet multimédia plus grand que ce que le flux autorise.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>The server asks for a user name and password, which this player does not support yet.</source>
        <translation>Le serveur demande un nom d&apos;utilisateur et un mot de passe, ce que ce lecteur ne prend pas encore en charge.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33"/>
        <source>The server redirected the player too many times.</source>
        <translation>Le serveur a redirigé le lecteur trop de fois.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="35"/>
        <source>The stream has no audio or video that this player can play.</source>
        <translation>Le flux ne contient ni audio ni vidéo que ce lecteur sait lire.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="37"/>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="47"/>
        <source>The server could not find this file.</source>
        <translation>Le serveur n&apos;a pas trouvé ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="49"/>
        <source>The server denied access to this file.</source>
        <translation>Le serveur a refusé l&apos;accès à ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="51"/>
        <source>The server has too many viewers right now. Try again later.</source>
        <translation>Le serveur a trop de spectateurs en ce moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="53"/>
        <source>The server timed out.</source>
        <translation>Le délai d&apos;attente du serveur a expiré.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="55"/>
        <source>The network is busy. Try again later.</source>
        <translation>Le réseau est occupé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>The server could not open this file.</source>
        <translation>Le serveur n&apos;a pas pu ouvrir ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="60"/>
        <source>The file on the server is not a valid ASF file.</source>
        <translation>Le fichier sur le serveur n&apos;est pas un fichier ASF valide.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="63"/>
        <source>The server rejected the request.</source>
        <translation>Le serveur a rejeté la requête.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="65"/>
        <source>There is not enough bandwidth for this stream.</source>
        <translation>La bande passante est insuffisante pour ce flux.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="67"/>
        <source>The server has no stream to send.</source>
        <translation>Le serveur n&apos;a aucun flux à envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="69"/>
        <source>The stream has ended.</source>
        <translation>Le flux est terminé.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="72"/>
        <source>The server lost its connection.</source>
        <translation>Le serveur a perdu sa connexion.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="74"/>
        <source>The server could not be found.</source>
        <translation>Le serveur est introuvable.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="76"/>
        <source>The server cannot fast forward or rewind this stream.</source>
        <translation>Le serveur ne peut pas avancer ou reculer rapidement dans ce flux.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="78"/>
        <source>The server reported error 0x%1.</source>
        <translation>Le serveur a signalé l&apos;erreur 0x%1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Reading header</source>
        <translation>Lecture de l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Streaming</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Stopping</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Playlist</source>
        <translation>Liste de lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>The playlist could not be loaded: %1</source>
        <translation>La liste de lecture n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Save Stream</source>
        <translation>Enregistrer le flux</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Open URL…</source>
        <translation>Ouvrir une &amp;URL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Open &amp;File…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Recent URLs</source>
        <translation>URL &amp;récentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Save Stream As…</source>
        <translation>&amp;Enregistrer le flux sous…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>S&amp;top Saving</source>
        <translation>Arrê&amp;ter l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Lecture/Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>P&amp;revious Entry</source>
        <translation>Entrée pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Next Entry</source>
        <translation>Entrée &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;About MMS Player</source>
        <translation>À &amp;propos de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>Ouvrir une liste de lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Windows Media playlists (*.asx *.wax *.wvx);;All files (*)</source>
        <translation>Listes de lecture Windows Media (*.asx *.wax *.wvx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>stream.asf</source>
        <translation>flux.asf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Save Stream As</source>
        <translation>Enregistrer le flux sous</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Windows Media files (*.asf *.wmv *.wma);;All files (*)</source>
        <translation>Fichiers Windows Media (*.asf *.wmv *.wma);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Saving to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>About MMS Player</source>
        <translation>À propos de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Plays Microsoft Media Server streams (mms:// and mmst://) of ASF content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Lit les flux Microsoft Media Server (mms:// et mmst://) au format ASF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Reconnecting (%1/%2)…</source>
        <translation>Reconnexion (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>End of stream</source>
        <translation>Fin du flux</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Buffer %1 KiB (%2 s)</source>
        <translation>Tampon %1 Kio (%2 s)</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <location filename="../ui/openurldialog.cpp" line="16"/>
        <source>Open URL</source>
        <translation>Ouvrir une URL</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="22"/>
        <source>mms://server/path/file.wmv</source>
        <translation>mms://serveur/chemin/fichier.wmv</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="26"/>
        <source>&amp;Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):</source>
        <translation>&amp;Adresse d&apos;un flux MMS (mms:// ou mmst://) ou d&apos;une liste de lecture (http://)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="64"/>
        <source>Enter the address of a stream or a playlist.</source>
        <translation>Saisissez l&apos;adresse d&apos;un flux ou d&apos;une liste de lecture.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="67"/>
        <source>This address is not a valid URL.</source>
        <translation>Cette adresse n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="70"/>
        <source>The address must start with mms://, mmst:// or http://.</source>
        <translation>L&apos;adresse doit commencer par mms://, mmst:// ou http://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="72"/>
        <source>The address names no file.</source>
        <translation>L&apos;adresse ne désigne aucun fichier.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="76"/>
        <source>Only mms://, mmst:// and http:// addresses are supported, not %1://.</source>
        <translation>Seules les adresses mms://, mmst:// et http:// sont prises en charge, pas %1://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="79"/>
        <source>The address has no server name.</source>
        <translation>L&apos;adresse ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="81"/>
        <source>The address names no file or stream on the server.</source>
        <translation>L&apos;adresse ne désigne aucun fichier ni flux sur le serveur.</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <location filename="../ui/playbackcontroller.cpp" line="294"/>
        <source>The player cannot decode this stream.</source>
        <translation>Le lecteur ne peut pas décoder ce flux.</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/playercontrols.cpp" line="23"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="25"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="30"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="61"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="61"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="115"/>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="115"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="145"/>
        <source>Live</source>
        <translation>En direct</translation>
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
        <translation>Mise en mémoire tampon %1 %</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="19"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="19"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="24"/>
        <source>Previous entry</source>
        <translation>Entrée précédente</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="27"/>
        <source>Next entry</source>
        <translation>Entrée suivante</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <location filename="../app/recorder.cpp" line="110"/>
        <source>recorded %1 s, %n packets, %2 MiB</source>
        <extracomment>Progress of --record: seconds of content, packets and mebibytes written so far.</extracomment>
        <translation>
            <numerusform>%1 s enregistrées, %n paquet, %2 Mio</numerusform>
            <numerusform>%1 s enregistrées, %n paquets, %2 Mio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="21"/>
        <source>&amp;Remember the volume when MMS Player closes</source>
        <translation>&amp;Mémoriser le volume à la fermeture de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source>For streams with several bit rates, the best streams that fit within this limit are chosen.</source>
        <translation>Pour les flux à plusieurs débits, les meilleurs flux qui tiennent dans cette limite sont choisis.</translation>
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
        <translation>Quantité du flux reçue avant le début de la lecture.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>How long to wait for a silent server before giving up.</source>
        <translation>Durée d&apos;attente d&apos;un serveur muet avant d&apos;abandonner.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66"/>
        <source>A new language is used the next time MMS Player starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de MMS Player.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="71"/>
        <source>&amp;Maximum bit rate:</source>
        <translation>&amp;Débit maximal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="72"/>
        <source>&amp;Buffering time:</source>
        <translation>Durée de mise en &amp;tampon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="73"/>
        <source>Network &amp;timeout:</source>
        <translation>Délai d&apos;attente &amp;réseau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>Changes apply to the next stream you open.</source>
        <translation>Les modifications s&apos;appliquent au prochain flux ouvert.</translation>
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
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="43"/>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="44"/>
        <source>Server version:</source>
        <translation>Version du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="45"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="46"/>
        <source>Bit rate of the selected streams:</source>
        <translation>Débit des flux sélectionnés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="47"/>
        <source>Received bit rate:</source>
        <translation>Débit reçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="48"/>
        <source>Packets received:</source>
        <translation>Paquets reçus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="49"/>
        <source>Packets late:</source>
        <translation>Paquets en retard&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="50"/>
        <source>Packets lost:</source>
        <translation>Paquets perdus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="51"/>
        <source>Packets skipped by stream selection:</source>
        <translation>Paquets ignorés par la sélection des flux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="52"/>
        <source>Buffer:</source>
        <translation>Tampon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="53"/>
        <source>Frames rendered:</source>
        <translation>Images affichées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="54"/>
        <source>Frames dropped (estimated):</source>
        <translation>Images perdues (estimation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="57"/>
        <source>A packet is late when it arrives after the buffering time could cover it. Lost packets are gaps in the packet numbers while every stream is selected. Dropped frames are gaps in the presentation times of the frames shown.</source>
        <translation>Un paquet est en retard lorsqu&apos;il arrive après que le temps de mise en tampon aurait pu le couvrir. Les paquets perdus sont des trous dans la numérotation des paquets lorsque tous les flux sont sélectionnés. Les images perdues sont des trous dans les temps de présentation des images affichées.</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="88"/>
        <source>MMS over TCP</source>
        <translation>MMS sur TCP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="99"/>
        <source>%1 KiB (%2 s)</source>
        <translation>%1 Kio (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="102"/>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
</context>
<context>
    <name>StreamRecorder</name>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="36"/>
        <source>The file %1 could not be created: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="53"/>
        <source>The recording %1 could not be completed: %2</source>
        <translation>L&apos;enregistrement %1 n&apos;a pas pu être terminé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="95"/>
        <source>Recording to %1 failed: %2</source>
        <translation>L&apos;enregistrement dans %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Bit rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="31"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="33"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="35"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="39"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="53"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="54"/>
        <source>unknown</source>
        <translation>inconnu</translation>
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
            <numerusform>%1 Hz, %n canal</numerusform>
            <numerusform>%1 Hz, %n canaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="95"/>
        <source>Plays mms:// and mmst:// streams.</source>
        <translation>Lit les flux mms:// et mmst://.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="100"/>
        <source>Stream or playlist (.asx, .wax, .wvx file or http:// URL) to play; without one, the built-in demo.</source>
        <translation>Flux ou liste de lecture à lire (fichier .asx, .wax, .wvx ou URL http://)&#xa0;; sans argument, la démo intégrée.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="132"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="133"/>
        <source>The built-in demo server could not start: %1</source>
        <translation>Le serveur de démonstration intégré n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
</TS>
