<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>Try &apos;mmsplayer --help&apos;.</source>
        <translation>Pruebe «mmsplayer --help».</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="82"/>
        <source>--record needs an output file</source>
        <translation>--record necesita un archivo de salida</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="89"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration necesita un número de segundos mayor que 0</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="92"/>
        <source>--start needs a number of seconds</source>
        <translation>--start necesita un número de segundos</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="95"/>
        <location filename="../app/clioptions.cpp" line="104"/>
        <source>--streams needs a list like 1,3</source>
        <translation>--streams necesita una lista como 1,3</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="100"/>
        <source>--streams: &quot;%1&quot; is not a stream number (1..127)</source>
        <translation>--streams: «%1» no es un número de flujo (1..127)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="109"/>
        <source>--max-bitrate needs bits per second, e.g. 200000</source>
        <translation>--max-bitrate necesita bits por segundo, p. ej. 200000</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="114"/>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout necesita segundos entre 0.1 y 3600</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="119"/>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="125"/>
        <source>--record and --list-streams cannot be combined</source>
        <translation>--record y --list-streams no se pueden combinar</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="127"/>
        <source>--duration, --start, --streams, --max-bitrate and --timeout need --record or --list-streams</source>
        <translation>--duration, --start, --streams, --max-bitrate y --timeout necesitan --record o --list-streams</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="130"/>
        <source>no URL given</source>
        <translation>no se indicó ninguna URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="131"/>
        <source>only one URL, please</source>
        <translation>solo una URL, por favor</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="135"/>
        <source>&quot;%1&quot; is not an mms:// or mmst:// URL</source>
        <translation>«%1» no es una URL mms:// ni mmst://</translation>
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
        <translation>Uso: mmsplayer [URL]                        reproducir en la ventana
     mmsplayer --record SALIDA.asf [opciones] URL
     mmsplayer --list-streams [opciones] URL

Reproduce y graba flujos de Microsoft Media Server (mms:// y mmst://, MMS sobre TCP).

Opciones:
  --record ARCHIVO     escribir el flujo en ARCHIVO como un archivo ASF completo
  --list-streams       mostrar los flujos, el título, el autor y la duración, y salir
  --duration SEGUNDOS  grabar solo esta cantidad de contenido y detenerse correctamente
  --start SEGUNDOS     empezar en esta posición
  --streams N,M        grabar estos números de flujo ASF (véase --list-streams)
  --max-bitrate BPS    elegir el mejor audio y vídeo que quepan en esta tasa de bits
  --timeout SEGUNDOS   abandonar si el servidor calla durante este tiempo (10 por defecto)
  --quiet              sin línea de progreso
  -h, --help           este texto
  -v, --version        la versión

Códigos de salida:
  0  terminado (fin del flujo, --duration alcanzada o flujos listados)
  1  error de uso
  2  error de red: servidor no encontrado, conexión rechazada o perdida, tiempo agotado
  3  el servidor se negó: archivo no encontrado, acceso denegado, autenticación, ...
  4  error de protocolo: el servidor envió algo no válido
  5  no se pudo escribir el archivo de salida
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
        <translation>éxito</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="30"/>
        <source>end of playlist entry</source>
        <translation>fin de la entrada de la lista de reproducción</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="31"/>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="32"/>
        <source>path not found</source>
        <translation>ruta no encontrada</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="33"/>
        <source>access denied</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="34"/>
        <source>invalid parameter in the request</source>
        <translation>parámetro no válido en la solicitud</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="35"/>
        <source>the file could not be opened</source>
        <translation>no se pudo abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="36"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="37"/>
        <source>network busy</source>
        <translation>red ocupada</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="38"/>
        <source>too many sessions on the server</source>
        <translation>demasiadas sesiones en el servidor</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="39"/>
        <source>the server timed out</source>
        <translation>se agotó el tiempo de espera del servidor</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="40"/>
        <source>connection failure</source>
        <translation>fallo de conexión</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="41"/>
        <source>request invalid in the current state</source>
        <translation>solicitud no válida en el estado actual</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="42"/>
        <source>insufficient bandwidth</source>
        <translation>ancho de banda insuficiente</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="43"/>
        <source>no stream available</source>
        <translation>ningún flujo disponible</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="44"/>
        <source>no more data in the stream</source>
        <translation>no hay más datos en el flujo</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="45"/>
        <source>server not found</source>
        <translation>servidor no encontrado</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="46"/>
        <source>fast forward or rewind refused</source>
        <translation>avance o retroceso rápido rechazado</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="47"/>
        <source>the file is not valid ASF</source>
        <translation>el archivo no es un ASF válido</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="48"/>
        <source>unknown server error</source>
        <translation>error de servidor desconocido</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="49"/>
        <source>unknown status</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="115"/>
        <source>connection lost; reconnecting (%1 of %2)</source>
        <translation>conexión perdida; reconectando (%1 de %2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="132"/>
        <location filename="../app/clirunner.cpp" line="211"/>
        <source>cannot write %1</source>
        <extracomment>%1 is the file&apos;s name and the reason, e.g. &quot;out.asf: Permission denied&quot;.</extracomment>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="150"/>
        <source>Title:</source>
        <extracomment>--list-streams output; the labels are padded to one width so the values line up.</extracomment>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="151"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="152"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="158"/>
        <source>live</source>
        <extracomment>The duration of a live broadcast, which has none.</extracomment>
        <translation>en directo</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="158"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="160"/>
        <source>Streams (* = played by default):</source>
        <translation>Flujos (* = reproducidos por defecto):</translation>
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
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="175"/>
        <source>command</source>
        <translation>comandos</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="179"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="185"/>
        <source>language: %1</source>
        <translation>idioma: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="186"/>
        <source>name: %1</source>
        <translation>nombre: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="197"/>
        <source>server says: %1 (0x%2)</source>
        <extracomment>%1 is the server&apos;s error in words, %2 its hexadecimal HRESULT code.</extracomment>
        <translation>el servidor dice: %1 (0x%2)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="11"/>
        <source>This is not a valid MMS address. Use mms://host/path or mmst://host/path.</source>
        <translation>Esta no es una dirección MMS válida. Use mms://servidor/ruta o mmst://servidor/ruta.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="13"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>No se encontró el nombre del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15"/>
        <source>The server refused the connection. Is an MMS server running on that port?</source>
        <translation>El servidor rechazó la conexión. ¿Hay un servidor MMS funcionando en ese puerto?</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17"/>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24"/>
        <source>The server sent something this player does not understand (%1).</source>
        <translation>El servidor envió algo que este reproductor no entiende (%1).</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>The stream&apos;s ASF header is damaged or not supported.</source>
        <translation>La cabecera ASF del flujo está dañada o no es compatible.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>The server sent a media packet larger than the stream allows.</source>
        <translation>El servidor envió un paquete multimedia más grande de lo que permite el flujo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>The server asks for a user name and password, which this player does not support yet.</source>
        <translation>El servidor pide un nombre de usuario y una contraseña, algo que este reproductor aún no admite.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33"/>
        <source>The server redirected the player too many times.</source>
        <translation>El servidor redirigió al reproductor demasiadas veces.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="35"/>
        <source>The stream has no audio or video that this player can play.</source>
        <translation>El flujo no tiene audio ni vídeo que este reproductor pueda reproducir.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="37"/>
        <source>Unknown error.</source>
        <translation>Error desconocido.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="47"/>
        <source>The server could not find this file.</source>
        <translation>El servidor no encontró este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="49"/>
        <source>The server denied access to this file.</source>
        <translation>El servidor denegó el acceso a este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="51"/>
        <source>The server has too many viewers right now. Try again later.</source>
        <translation>El servidor tiene demasiados espectadores en este momento. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="53"/>
        <source>The server timed out.</source>
        <translation>Se agotó el tiempo de espera del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="55"/>
        <source>The network is busy. Try again later.</source>
        <translation>La red está ocupada. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>The server could not open this file.</source>
        <translation>El servidor no pudo abrir este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="60"/>
        <source>The file on the server is not a valid ASF file.</source>
        <translation>El archivo del servidor no es un archivo ASF válido.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="63"/>
        <source>The server rejected the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="65"/>
        <source>There is not enough bandwidth for this stream.</source>
        <translation>No hay suficiente ancho de banda para este flujo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="67"/>
        <source>The server has no stream to send.</source>
        <translation>El servidor no tiene ningún flujo que enviar.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="69"/>
        <source>The stream has ended.</source>
        <translation>El flujo ha terminado.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="72"/>
        <source>The server lost its connection.</source>
        <translation>El servidor perdió su conexión.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="74"/>
        <source>The server could not be found.</source>
        <translation>No se encontró el servidor.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="76"/>
        <source>The server cannot fast forward or rewind this stream.</source>
        <translation>El servidor no puede avanzar ni retroceder rápidamente en este flujo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="78"/>
        <source>The server reported error 0x%1.</source>
        <translation>El servidor informó del error 0x%1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Reading header</source>
        <translation>Leyendo la cabecera</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Streaming</source>
        <translation>Transmitiendo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Closing</source>
        <translation>Cerrando</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Streams</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Playlist</source>
        <translation>Lista de reproducción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>The playlist could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de reproducción: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Save Stream</source>
        <translation>Guardar flujo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Open URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Open &amp;File…</source>
        <translation>Abrir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Recent URLs</source>
        <translation>URL &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Save Stream As…</source>
        <translation>&amp;Guardar flujo como…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>S&amp;top Saving</source>
        <translation>&amp;Detener el guardado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>P&amp;revious Entry</source>
        <translation>Entrada &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Next Entry</source>
        <translation>Entrada &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>S&amp;tatistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;About MMS Player</source>
        <translation>&amp;Acerca de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
        <translation>Abrir lista de reproducción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Windows Media playlists (*.asx *.wax *.wvx);;All files (*)</source>
        <translation>Listas de reproducción de Windows Media (*.asx *.wax *.wvx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>stream.asf</source>
        <translation>flujo.asf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Save Stream As</source>
        <translation>Guardar flujo como</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Windows Media files (*.asf *.wmv *.wma);;All files (*)</source>
        <translation>Archivos de Windows Media (*.asf *.wmv *.wma);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Saving to %1</source>
        <translation>Guardando en %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>About MMS Player</source>
        <translation>Acerca de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Plays Microsoft Media Server streams (mms:// and mmst://) of ASF content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Reproduce flujos de Microsoft Media Server (mms:// y mmst://) con contenido ASF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Reconnecting (%1/%2)…</source>
        <translation>Reconectando (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>End of stream</source>
        <translation>Fin del flujo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Buffer %1 KiB (%2 s)</source>
        <translation>Búfer %1 KiB (%2 s)</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <location filename="../ui/openurldialog.cpp" line="16"/>
        <source>Open URL</source>
        <translation>Abrir URL</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="22"/>
        <source>mms://server/path/file.wmv</source>
        <translation>mms://servidor/ruta/archivo.wmv</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="26"/>
        <source>&amp;Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):</source>
        <translation>&amp;Dirección de un flujo MMS (mms:// o mmst://) o de una lista de reproducción (http://):</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="64"/>
        <source>Enter the address of a stream or a playlist.</source>
        <translation>Introduzca la dirección de un flujo o de una lista de reproducción.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="67"/>
        <source>This address is not a valid URL.</source>
        <translation>Esta dirección no es una URL válida.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="70"/>
        <source>The address must start with mms://, mmst:// or http://.</source>
        <translation>La dirección debe empezar por mms://, mmst:// o http://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="72"/>
        <source>The address names no file.</source>
        <translation>La dirección no indica ningún archivo.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="76"/>
        <source>Only mms://, mmst:// and http:// addresses are supported, not %1://.</source>
        <translation>Solo se admiten direcciones mms://, mmst:// y http://, no %1://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="79"/>
        <source>The address has no server name.</source>
        <translation>La dirección no tiene nombre de servidor.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="81"/>
        <source>The address names no file or stream on the server.</source>
        <translation>La dirección no indica ningún archivo ni flujo en el servidor.</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <location filename="../ui/playbackcontroller.cpp" line="294"/>
        <source>The player cannot decode this stream.</source>
        <translation>El reproductor no puede decodificar este flujo.</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/playercontrols.cpp" line="23"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="25"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="30"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="61"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="61"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="115"/>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="115"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="145"/>
        <source>Live</source>
        <translation>En directo</translation>
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
        <translation>Almacenando en búfer %1 %</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="19"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="19"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="24"/>
        <source>Previous entry</source>
        <translation>Entrada anterior</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="27"/>
        <source>Next entry</source>
        <translation>Entrada siguiente</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <location filename="../app/recorder.cpp" line="110"/>
        <source>recorded %1 s, %n packets, %2 MiB</source>
        <extracomment>Progress of --record: seconds of content, packets and mebibytes written so far.</extracomment>
        <translation>
            <numerusform>grabados %1 s, %n paquete, %2 MiB</numerusform>
            <numerusform>grabados %1 s, %n paquetes, %2 MiB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="21"/>
        <source>&amp;Remember the volume when MMS Player closes</source>
        <translation>&amp;Recordar el volumen al cerrar MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source>For streams with several bit rates, the best streams that fit within this limit are chosen.</source>
        <translation>En los flujos con varias tasas de bits, se eligen los mejores flujos que caben en este límite.</translation>
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
        <translation>Cuánto del flujo se recibe antes de que empiece la reproducción.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>How long to wait for a silent server before giving up.</source>
        <translation>Cuánto esperar a un servidor que no responde antes de rendirse.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66"/>
        <source>A new language is used the next time MMS Player starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie MMS Player.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="71"/>
        <source>&amp;Maximum bit rate:</source>
        <translation>Tasa de &amp;bits máxima:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="72"/>
        <source>&amp;Buffering time:</source>
        <translation>Tiempo de bú&amp;fer:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="73"/>
        <source>Network &amp;timeout:</source>
        <translation>&amp;Tiempo de espera de red:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>Changes apply to the next stream you open.</source>
        <translation>Los cambios se aplican al siguiente flujo que abra.</translation>
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
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="43"/>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="44"/>
        <source>Server version:</source>
        <translation>Versión del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="45"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="46"/>
        <source>Bit rate of the selected streams:</source>
        <translation>Tasa de bits de los flujos seleccionados:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="47"/>
        <source>Received bit rate:</source>
        <translation>Tasa de bits recibida:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="48"/>
        <source>Packets received:</source>
        <translation>Paquetes recibidos:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="49"/>
        <source>Packets late:</source>
        <translation>Paquetes retrasados:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="50"/>
        <source>Packets lost:</source>
        <translation>Paquetes perdidos:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="51"/>
        <source>Packets skipped by stream selection:</source>
        <translation>Paquetes omitidos por la selección de flujos:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="52"/>
        <source>Buffer:</source>
        <translation>Búfer:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="53"/>
        <source>Frames rendered:</source>
        <translation>Fotogramas mostrados:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="54"/>
        <source>Frames dropped (estimated):</source>
        <translation>Fotogramas descartados (estimación):</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="57"/>
        <source>A packet is late when it arrives after the buffering time could cover it. Lost packets are gaps in the packet numbers while every stream is selected. Dropped frames are gaps in the presentation times of the frames shown.</source>
        <translation>Un paquete llega con retraso cuando llega después de lo que el tiempo de búfer podía cubrir. Los paquetes perdidos son huecos en los números de paquete mientras todos los flujos están seleccionados. Los fotogramas descartados son huecos en los tiempos de presentación de los fotogramas mostrados.</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="88"/>
        <source>MMS over TCP</source>
        <translation>MMS sobre TCP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="99"/>
        <source>%1 KiB (%2 s)</source>
        <translation>%1 KiB (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="102"/>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
</context>
<context>
    <name>StreamRecorder</name>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="36"/>
        <source>The file %1 could not be created: %2</source>
        <translation>No se pudo crear el archivo %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="53"/>
        <source>The recording %1 could not be completed: %2</source>
        <translation>No se pudo completar la grabación %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="95"/>
        <source>Recording to %1 failed: %2</source>
        <translation>Falló la grabación en %1: %2</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Bit rate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="31"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="33"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="35"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="39"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="53"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="54"/>
        <source>unknown</source>
        <translation>desconocida</translation>
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
            <numerusform>%1 Hz, %n canales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="95"/>
        <source>Plays mms:// and mmst:// streams.</source>
        <translation>Reproduce flujos mms:// y mmst://.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="100"/>
        <source>Stream or playlist (.asx, .wax, .wvx file or http:// URL) to play; without one, the built-in demo.</source>
        <translation>Flujo o lista de reproducción que reproducir (archivo .asx, .wax, .wvx o URL http://); si no se indica, la demostración integrada.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="132"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="133"/>
        <source>The built-in demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración integrado: %1</translation>
    </message>
</context>
</TS>
