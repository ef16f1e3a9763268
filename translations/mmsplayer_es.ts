<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AsfRecordWriter</name>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="44"/>
        <source>not open, failed, or the header is written already</source>
        <translation>no está abierto, ha fallado o la cabecera ya está escrita</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="46"/>
        <source>unusable packet size %1</source>
        <translation>tamaño de paquete %1 inutilizable</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="48"/>
        <source>the header is not a Header Object plus a Data Object preamble</source>
        <translation>la cabecera no es un Header Object seguido del preámbulo de un Data Object</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="66"/>
        <source>the header has no File Properties object</source>
        <translation>la cabecera no tiene objeto File Properties</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="76"/>
        <source>a packet before the header, after finish() or after an error</source>
        <translation>un paquete antes de la cabecera, después de finish() o tras un error</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="80"/>
        <source>a packet of %1 bytes, the header&apos;s packet size is %2</source>
        <translation>un paquete de %1 bytes; el tamaño de paquete de la cabecera es %2</translation>
    </message>
</context>
<context>
    <name>AsfText</name>
    <message>
        <location filename="../core/asf/asffile.cpp" line="40"/>
        <source>%1: %2 bytes, too short for an ASF Header Object</source>
        <translation>%1: %2 bytes, demasiado corto para un Header Object ASF</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="51"/>
        <source>Data Object: file ends after the Header Object</source>
        <translation>Data Object: el archivo termina después del Header Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="52"/>
        <source>Header Object: size %1 runs past the end of the file (%2 bytes)</source>
        <translation>Header Object: el tamaño %1 sobrepasa el final del archivo (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="63"/>
        <source>%1: short read of the header: %2</source>
        <translation>%1: lectura incompleta de la cabecera: %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="107"/>
        <source>Data Object: packet %1 requested, the file has %2</source>
        <translation>Data Object: se pidió el paquete %1, el archivo tiene %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="129"/>
        <source>the file ends before byte %1</source>
        <translation>el archivo termina antes del byte %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="132"/>
        <source>Data Object: reading packet %1: %2</source>
        <translation>Data Object: al leer el paquete %1: %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="33"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="64"/>
        <source>%1: %2 trailing bytes, too few for an object header</source>
        <translation>%1: %2 bytes sobrantes, demasiado pocos para una cabecera de objeto</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="40"/>
        <source>%1: child object %2 has size %3, smaller than its 24-byte header</source>
        <translation>%1: el objeto hijo %2 tiene tamaño %3, menor que su cabecera de 24 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="45"/>
        <source>%1: child object %2 claims %3 bytes, only %4 remain</source>
        <translation>%1: el objeto hijo %2 declara %3 bytes, solo quedan %4</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="58"/>
        <source>File Properties: a second File Properties Object</source>
        <translation>File Properties: un segundo File Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="61"/>
        <source>File Properties: object size %1, must be 104</source>
        <translation>File Properties: tamaño de objeto %1, debe ser 104</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="82"/>
        <source>File Properties: packet size 0 (min %1, max %2)</source>
        <translation>File Properties: tamaño de paquete 0 (mín. %1, máx. %2)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="87"/>
        <source>File Properties: minimum packet size %1 differs from maximum %2</source>
        <translation>File Properties: el tamaño de paquete mínimo %1 difiere del máximo %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="92"/>
        <source>File Properties: packet size %1 over our limit of %2</source>
        <translation>File Properties: tamaño de paquete %1 por encima de nuestro límite de %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="97"/>
        <source>File Properties: preroll %1 ms over our limit of %2 ms</source>
        <translation>File Properties: precarga de %1 ms por encima de nuestro límite de %2 ms</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="105"/>
        <source>File Properties: play duration %1 / send duration %2 (100 ns) over our limit of %3</source>
        <translation>File Properties: duración de reproducción %1 / duración de envío %2 (100 ns) por encima de nuestro límite de %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="122"/>
        <source>Content Description: object size %1, minimum 34</source>
        <translation>Content Description: tamaño de objeto %1, mínimo 34</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="129"/>
        <source>Content Description: string lengths total %1, only %2 bytes present</source>
        <translation>Content Description: las longitudes de cadena suman %1, solo hay %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="147"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="202"/>
        <source>Header Extension: object size %1, minimum 46</source>
        <translation>Header Extension: tamaño de objeto %1, mínimo 46</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="150"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="205"/>
        <source>Header Extension: data size %1, only %2 bytes in the object</source>
        <translation>Header Extension: tamaño de datos %1, solo %2 bytes en el objeto</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="179"/>
        <source>Header Object: no File Properties Object</source>
        <translation>Header Object: no hay File Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="182"/>
        <source>Header Object: no Stream Properties Object</source>
        <translation>Header Object: no hay Stream Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="254"/>
        <source>Header Object: wrong GUID</source>
        <translation>Header Object: GUID incorrecto</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="259"/>
        <source>Header Object: %1 of 30 preamble bytes</source>
        <translation>Header Object: %1 de 30 bytes de preámbulo</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="266"/>
        <source>Header Object: size %1, minimum 30</source>
        <translation>Header Object: tamaño %1, mínimo 30</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="271"/>
        <source>Header Object: size %1 over our limit of %2</source>
        <translation>Header Object: tamaño %1 por encima de nuestro límite de %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="291"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="293"/>
        <source>Header Object: %1 of %2 bytes</source>
        <translation>Header Object: %1 de %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="299"/>
        <source>Header Object: %1 header objects cannot fit in %2 bytes</source>
        <translation>Header Object: %1 objetos de cabecera no caben en %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="316"/>
        <source>Data Object: %1 of 50 preamble bytes</source>
        <translation>Data Object: %1 de 50 bytes de preámbulo</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="329"/>
        <source>Data Object: not found after the Header Object</source>
        <translation>Data Object: no se encuentra después del Header Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="335"/>
        <source>Data Object: size %1, minimum 50</source>
        <translation>Data Object: tamaño %1, mínimo 50</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="21"/>
        <source>Data packet: %1</source>
        <translation>Paquete de datos: %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="37"/>
        <source>payload %1 header runs past the packet</source>
        <translation>la cabecera de la carga útil %1 sobrepasa el paquete</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="43"/>
        <source>payload %1 has stream number 0</source>
        <translation>la carga útil %1 tiene el número de flujo 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="53"/>
        <source>payload %1 replicated data runs past the packet</source>
        <translation>los datos replicados de la carga útil %1 sobrepasan el paquete</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="61"/>
        <source>payload %1 replicated data length %2, %3 bytes left</source>
        <translation>carga útil %1: longitud de datos replicados %2, quedan %3 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="72"/>
        <source>payload %1 replicated data length %2 (must be 0, 1 or &gt;= 8)</source>
        <translation>carga útil %1: longitud de datos replicados %2 (debe ser 0, 1 o &gt;= 8)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="82"/>
        <source>payload %1 length %2, %3 bytes left</source>
        <translation>carga útil %1: longitud %2, quedan %3 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="97"/>
        <source>payload %1 compressed sub-payload of %2 bytes runs past the payload</source>
        <translation>carga útil %1: la subcarga comprimida de %2 bytes sobrepasa la carga útil</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="117"/>
        <source>Data packet: packet size %1 (1..%2)</source>
        <translation>Paquete de datos: tamaño de paquete %1 (1..%2)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="123"/>
        <source>%1 bytes, longer than the packet size %2</source>
        <translation>%1 bytes, más largo que el tamaño de paquete %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="130"/>
        <source>empty packet</source>
        <translation>paquete vacío</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="137"/>
        <source>error correction length type %1 (must be 0)</source>
        <translation>tipo de longitud de corrección de errores %1 (debe ser 0)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="139"/>
        <source>error correction data runs past the packet</source>
        <translation>los datos de corrección de errores sobrepasan el paquete</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="155"/>
        <source>payload parsing information runs past the %1 bytes</source>
        <translation>la información de análisis de la carga útil sobrepasa los %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="162"/>
        <source>Packet Length %1 over the packet size %2</source>
        <translation>Packet Length %1 por encima del tamaño de paquete %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="167"/>
        <source>Packet Length %1 shorter than its %2-byte header</source>
        <translation>Packet Length %1 más corto que su cabecera de %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="172"/>
        <source>Padding Length %1 over the %2 bytes after the header</source>
        <translation>Padding Length %1 por encima de los %2 bytes tras la cabecera</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="185"/>
        <source>no Payload Flags byte</source>
        <translation>no hay byte Payload Flags</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="191"/>
        <source>multiple-payload packet with 0 payloads</source>
        <translation>paquete de varias cargas útiles con 0 cargas útiles</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="194"/>
        <source>multiple-payload packet without payload lengths</source>
        <translation>paquete de varias cargas útiles sin longitudes de carga útil</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacketbuild.cpp" line="64"/>
        <source>Data packet: %1 bytes after adding a Padding Length field, over the packet size %2</source>
        <translation>Paquete de datos: %1 bytes tras añadir un campo Padding Length, por encima del tamaño de paquete %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="66"/>
        <source>Stream Properties: audio format data of %1 bytes, WAVEFORMATEX needs 16</source>
        <translation>Stream Properties: datos de formato de audio de %1 bytes, WAVEFORMATEX necesita 16</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="80"/>
        <source>Stream Properties: stream %1 has 0 audio channels</source>
        <translation>Stream Properties: el flujo %1 tiene 0 canales de audio</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="83"/>
        <source>Stream Properties: stream %1 sample rate %2 Hz</source>
        <translation>Stream Properties: flujo %1, frecuencia de muestreo %2 Hz</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="99"/>
        <source>Stream Properties: video format data of %1 bytes, needs 11</source>
        <translation>Stream Properties: datos de formato de vídeo de %1 bytes, necesita 11</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="109"/>
        <source>Stream Properties: video format data size %1 exceeds the %2 bytes present</source>
        <translation>Stream Properties: el tamaño de datos de formato de vídeo %1 supera los %2 bytes presentes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="115"/>
        <source>Stream Properties: video size %1x%2 over our limit of %3</source>
        <translation>Stream Properties: tamaño de vídeo %1x%2 por encima de nuestro límite de %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="142"/>
        <source>Stream Properties: object size %1, minimum 78</source>
        <translation>Stream Properties: tamaño de objeto %1, mínimo 78</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="158"/>
        <source>Stream Properties: type-specific data (%1) + error correction data (%2) exceed the %3 bytes left in the object</source>
        <translation>Stream Properties: los datos específicos del tipo (%1) + los datos de corrección de errores (%2) superan los %3 bytes que quedan en el objeto</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="168"/>
        <source>Stream Properties: stream number 0</source>
        <translation>Stream Properties: número de flujo 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="171"/>
        <source>Stream Properties: more than %1 streams</source>
        <translation>Stream Properties: más de %1 flujos</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="174"/>
        <source>Stream Properties: stream number %1 declared twice</source>
        <translation>Stream Properties: número de flujo %1 declarado dos veces</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="201"/>
        <source>Extended Stream Properties: object size %1, minimum 88</source>
        <translation>Extended Stream Properties: tamaño de objeto %1, mínimo 88</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="215"/>
        <source>Extended Stream Properties: stream number %1</source>
        <translation>Extended Stream Properties: número de flujo %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="219"/>
        <source>Extended Stream Properties: stream %1 described twice</source>
        <translation>Extended Stream Properties: flujo %1 descrito dos veces</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="227"/>
        <source>Extended Stream Properties: %1 stream names cannot fit in %2 bytes</source>
        <translation>Extended Stream Properties: %1 nombres de flujo no caben en %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="235"/>
        <source>Extended Stream Properties: stream name %1 runs past the object</source>
        <translation>Extended Stream Properties: el nombre de flujo %1 sobrepasa el objeto</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="243"/>
        <source>Extended Stream Properties: %1 payload extension systems cannot fit in %2 bytes</source>
        <translation>Extended Stream Properties: %1 sistemas de extensión de carga útil no caben en %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="253"/>
        <source>Extended Stream Properties: payload extension system %1 runs past the object</source>
        <translation>Extended Stream Properties: el sistema de extensión de carga útil %1 sobrepasa el objeto</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="268"/>
        <source>Extended Stream Properties: embedded Stream Properties size %1, %2 bytes left</source>
        <translation>Extended Stream Properties: Stream Properties incrustado de tamaño %1, quedan %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="278"/>
        <source>Extended Stream Properties: embedded Stream Properties declares stream %1 inside the description of stream %2</source>
        <translation>Extended Stream Properties: el Stream Properties incrustado declara el flujo %1 dentro de la descripción del flujo %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="295"/>
        <source>Stream Bitrate Properties: object size %1, minimum 26</source>
        <translation>Stream Bitrate Properties: tamaño de objeto %1, mínimo 26</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="299"/>
        <source>Stream Bitrate Properties: %1 records cannot fit in %2 bytes</source>
        <translation>Stream Bitrate Properties: %1 registros no caben en %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="310"/>
        <source>Stream Bitrate Properties: record %1 has stream number 0</source>
        <translation>Stream Bitrate Properties: el registro %1 tiene el número de flujo 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="323"/>
        <source>Language List: object size %1, minimum 26</source>
        <translation>Language List: tamaño de objeto %1, mínimo 26</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="326"/>
        <source>Language List: %1 records cannot fit in %2 bytes</source>
        <translation>Language List: %1 registros no caben en %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="334"/>
        <source>Language List: record %1 runs past the object</source>
        <translation>Language List: el registro %1 sobrepasa el objeto</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="69"/>
        <source>%1: child object %2 has size %3, %4 bytes remain</source>
        <translation>%1: el objeto hijo %2 tiene tamaño %3, quedan %4 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="83"/>
        <source>%1: object size %2, minimum %3</source>
        <translation>%1: tamaño de objeto %2, mínimo %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="111"/>
        <source>%1: %2 records cannot fit in %3 bytes</source>
        <translation>%1: %2 registros no caben en %3 bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="158"/>
        <source>Group Mutual Exclusion: record %1 runs past the object</source>
        <translation>Group Mutual Exclusion: el registro %1 sobrepasa el final del objeto</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="324"/>
        <source>Header Object: no Stream Properties Object of the streams kept</source>
        <translation>Header Object: ningún Stream Properties Object de los flujos conservados</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Try &apos;mmsplayer --help&apos;.</source>
        <translation>Pruebe «mmsplayer --help».</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="39"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="46"/>
        <source>--password-file: the first line of %1 is too long</source>
        <translation>--password-file: la primera línea de %1 es demasiado larga</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="106"/>
        <source>--record needs an output file</source>
        <translation>--record necesita un archivo de salida</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="113"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration necesita un número de segundos mayor que 0</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="116"/>
        <source>--start needs a number of seconds</source>
        <translation>--start necesita un número de segundos</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="119"/>
        <location filename="../app/clioptions.cpp" line="128"/>
        <source>--streams needs a list like 1,3</source>
        <translation>--streams necesita una lista como 1,3</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="124"/>
        <source>--streams: &quot;%1&quot; is not a stream number (1..127)</source>
        <translation>--streams: «%1» no es un número de flujo (1..127)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="133"/>
        <source>--max-bitrate needs bits per second, e.g. 200000</source>
        <translation>--max-bitrate necesita bits por segundo, p. ej. 200000</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="138"/>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout necesita segundos entre 0.1 y 3600</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="144"/>
        <source>--user needs a user name (DOMAIN\name for NTLM)</source>
        <translation>--user necesita un nombre de usuario (DOMINIO\nombre para NTLM)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="148"/>
        <source>--password-file needs a file</source>
        <translation>--password-file necesita un archivo</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="151"/>
        <source>a password is not taken on the command line (others could read it): use --password-file FILE or the environment variable MMSPLAYER_PASSWORD</source>
        <translation>no se acepta una contraseña en la línea de comandos (otros podrían leerla): use --password-file ARCHIVO o la variable de entorno MMSPLAYER_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="155"/>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="161"/>
        <source>--password-file needs --user</source>
        <translation>--password-file necesita --user</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="170"/>
        <source>--user needs a password: --password-file FILE or the environment variable MMSPLAYER_PASSWORD</source>
        <translation>--user necesita una contraseña: --password-file ARCHIVO o la variable de entorno MMSPLAYER_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="175"/>
        <source>--record and --list-streams cannot be combined</source>
        <translation>--record y --list-streams no se pueden combinar</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="178"/>
        <source>--duration, --start, --streams, --max-bitrate, --timeout, --user and --password-file need --record or --list-streams</source>
        <translation>--duration, --start, --streams, --max-bitrate, --timeout, --user y --password-file necesitan --record o --list-streams</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="196"/>
        <source>Usage: mmsplayer [URL]                      play in the window
       mmsplayer --record OUT.asf [options] URL
       mmsplayer --list-streams [options] URL

Plays and records Microsoft Media Server streams: mmst:// (MMS over TCP), mmsh://
and http:// (MMS over HTTP), mms:// (TCP first, then HTTP on port 80).

Options:
  --record FILE        write the stream to FILE as a complete ASF file
  --list-streams       print the streams, title, author and duration, then quit
  --duration SECONDS   record only this much content, then stop politely
  --start SECONDS      start at this position
  --streams N,M        record these ASF stream numbers (see --list-streams)
  --max-bitrate BPS    choose the best audio and video that fit this bit rate
  --timeout SECONDS    give up when the server is silent this long (default 10)
  --quiet              no progress line
  --user NAME          log in as NAME (DOMAIN\NAME for NTLM) if the server asks
  --password-file FILE the password is the first line of FILE; without it, the
                       environment variable MMSPLAYER_PASSWORD
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

Reproduce y graba flujos de Microsoft Media Server: mmst:// (MMS sobre TCP), mmsh://
y http:// (MMS sobre HTTP), mms:// (primero TCP, luego HTTP en el puerto 80).

Opciones:
  --record ARCHIVO        escribir el flujo en ARCHIVO como un archivo ASF completo
  --list-streams          mostrar los flujos, el título, el autor y la duración, y salir
  --duration SEGUNDOS     grabar solo esta cantidad de contenido y detenerse correctamente
  --start SEGUNDOS        empezar en esta posición
  --streams N,M           grabar estos números de flujo ASF (véase --list-streams)
  --max-bitrate BPS       elegir el mejor audio y vídeo que quepan en esta tasa de bits
  --timeout SEGUNDOS      abandonar si el servidor calla durante este tiempo (10 por defecto)
  --quiet                 sin línea de progreso
  --user NOMBRE           iniciar sesión como NOMBRE (DOMINIO\NOMBRE para NTLM) si el servidor lo pide
  --password-file ARCHIVO la contraseña es la primera línea de ARCHIVO; sin esta opción,
                          la variable de entorno MMSPLAYER_PASSWORD
  -h, --help              este texto
  -v, --version           la versión

Códigos de salida:
  0  terminado (fin del flujo, --duration alcanzada o flujos listados)
  1  error de uso
  2  error de red: servidor no encontrado, conexión rechazada o perdida, tiempo agotado
  3  el servidor se negó: archivo no encontrado, acceso denegado, autenticación, ...
  4  error de protocolo: el servidor envió algo no válido
  5  no se pudo escribir el archivo de salida
</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="181"/>
        <source>no URL given</source>
        <translation>no se indicó ninguna URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="182"/>
        <source>only one URL, please</source>
        <translation>solo una URL, por favor</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="187"/>
        <source>&quot;%1&quot; is not an mms://, mmst://, mmsh:// or http:// URL</source>
        <translation>«%1» no es una URL mms://, mmst://, mmsh:// o http://</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../app/clirunner.cpp" line="24"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="24"/>
        <source>? kbit/s</source>
        <translation>? kbit/s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="86"/>
        <source>connection lost; reconnecting (%1 of %2)</source>
        <translation>conexión perdida; reconectando (%1 de %2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="103"/>
        <location filename="../app/clirunner.cpp" line="237"/>
        <source>cannot write %1</source>
        <extracomment>%1 is the file&apos;s name and the reason, e.g. &quot;out.asf: Permission denied&quot;.</extracomment>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="163"/>
        <source>Title:</source>
        <extracomment>--list-streams output; the labels are padded to one width so the values line up.</extracomment>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="164"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="165"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="166"/>
        <source>Transport:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="172"/>
        <source>live</source>
        <extracomment>The duration of a live broadcast, which has none.</extracomment>
        <translation>en directo</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="172"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="176"/>
        <source>Streams (* = played by default):</source>
        <translation>Flujos (* = reproducidos por defecto):</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="182"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="184"/>
        <source>%1 Hz, %2 ch</source>
        <extracomment>Sample rate and number of channels of an audio stream.</extracomment>
        <translation>%1 Hz, %2 can.</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="187"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="191"/>
        <source>command</source>
        <translation>comandos</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="195"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="202"/>
        <source>~%1 kbit/s (measured)</source>
        <extracomment>A bit rate the header does not state, measured from a few seconds of the data.</extracomment>
        <translation>~%1 kbit/s (medido)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="205"/>
        <source>language: %1</source>
        <translation>idioma: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="206"/>
        <source>name: %1</source>
        <translation>nombre: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="218"/>
        <source>server says: %1 (0x%2)</source>
        <extracomment>%1 is the server&apos;s error in words, %2 its hexadecimal HRESULT code.</extracomment>
        <translation>el servidor dice: %1 (0x%2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="220"/>
        <source>the server asks for a user name and password (--user)</source>
        <translation>el servidor pide un nombre de usuario y una contraseña (--user)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="223"/>
        <source>authentication failed: %1</source>
        <extracomment>%1 says why, e.g. the server refused the credentials of user &quot;alice&quot;.</extracomment>
        <translation>falló la autenticación: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="29"/>
        <source>&amp;Remember this password</source>
        <translation>&amp;Recordar esta contraseña</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="33"/>
        <location filename="../ui/credentialsdialog.cpp" line="93"/>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="61"/>
        <source>user or DOMAIN\user</source>
        <translation>usuario o DOMINIO\usuario</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="72"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="73"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="103"/>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="105"/>
        <source>The server asks for a user name and password (%1).</source>
        <translation>El servidor pide un nombre de usuario y una contraseña (%1).</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="107"/>
        <source>Realm: %1</source>
        <translation>Ámbito: %1</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="113"/>
        <source>The password will be sent without encryption.</source>
        <translation>La contraseña se enviará sin cifrar.</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="118"/>
        <source>The user name or password was not accepted. Try again (attempt %1 of %2).</source>
        <translation>No se aceptó el nombre de usuario o la contraseña. Inténtelo de nuevo (intento %1 de %2).</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="12"/>
        <source>This is not a valid MMS address. Use mms://, mmst://, mmsh:// or http://host/path.</source>
        <translation>No es una dirección MMS válida. Use mms://, mmst://, mmsh:// o http://host/ruta.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>No se encontró el nombre del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17"/>
        <source>The server refused the connection. Is an MMS server running on that port?</source>
        <translation>El servidor rechazó la conexión. ¿Hay un servidor MMS funcionando en ese puerto?</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19"/>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="21"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>The server sent something this player does not understand (%1).</source>
        <translation>El servidor envió algo que este reproductor no entiende (%1).</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>The stream&apos;s ASF header is damaged or not supported.</source>
        <translation>La cabecera ASF del flujo está dañada o no es compatible.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>The server sent a media packet larger than the stream allows.</source>
        <translation>El servidor envió un paquete multimedia más grande de lo que permite el flujo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="32"/>
        <source>The server asks for a user name and password; signing in was cancelled.</source>
        <translation>El servidor pide un nombre de usuario y una contraseña; se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="34"/>
        <source>The server did not accept the user name and password.</source>
        <translation>El servidor no aceptó el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36"/>
        <source>The server redirected the player too many times.</source>
        <translation>El servidor redirigió al reproductor demasiadas veces.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="38"/>
        <source>The stream has no audio or video that this player can play.</source>
        <translation>El flujo no tiene audio ni vídeo que este reproductor pueda reproducir.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="40"/>
        <source>Unknown error.</source>
        <translation>Error desconocido.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="50"/>
        <source>The server could not find this file.</source>
        <translation>El servidor no encontró este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="52"/>
        <source>The server denied access to this file.</source>
        <translation>El servidor denegó el acceso a este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="54"/>
        <source>The server has too many viewers right now. Try again later.</source>
        <translation>El servidor tiene demasiados espectadores en este momento. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="56"/>
        <source>The server timed out.</source>
        <translation>Se agotó el tiempo de espera del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>The network is busy. Try again later.</source>
        <translation>La red está ocupada. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="61"/>
        <source>The server could not open this file.</source>
        <translation>El servidor no pudo abrir este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="63"/>
        <source>The file on the server is not a valid ASF file.</source>
        <translation>El archivo del servidor no es un archivo ASF válido.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="66"/>
        <source>The server rejected the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="68"/>
        <source>There is not enough bandwidth for this stream.</source>
        <translation>No hay suficiente ancho de banda para este flujo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="70"/>
        <source>The server has no stream to send.</source>
        <translation>El servidor no tiene ningún flujo que enviar.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="72"/>
        <source>The stream has ended.</source>
        <translation>El flujo ha terminado.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="75"/>
        <source>The server lost its connection.</source>
        <translation>El servidor perdió su conexión.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="77"/>
        <source>The server could not be found.</source>
        <translation>No se encontró el servidor.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="79"/>
        <source>The server cannot fast forward or rewind this stream.</source>
        <translation>El servidor no puede avanzar ni retroceder rápidamente en este flujo.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="83"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="84"/>
        <source>The server reported error 0x%1.</source>
        <translation>El servidor informó del error 0x%1.</translation>
    </message>
</context>
<context>
    <name>HresultText</name>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="22"/>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="24"/>
        <source>end of playlist entry</source>
        <translation>fin de la entrada de la lista de reproducción</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="27"/>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="29"/>
        <source>path not found</source>
        <translation>ruta no encontrada</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="31"/>
        <source>access denied</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="33"/>
        <source>invalid parameter in the request</source>
        <translation>parámetro no válido en la solicitud</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="36"/>
        <source>the file could not be opened</source>
        <translation>no se pudo abrir el archivo</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="38"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="40"/>
        <source>network busy</source>
        <translation>red ocupada</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="42"/>
        <source>too many sessions on the server</source>
        <translation>demasiadas sesiones en el servidor</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="44"/>
        <source>the server timed out</source>
        <translation>se agotó el tiempo de espera del servidor</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="46"/>
        <source>connection failure</source>
        <translation>fallo de conexión</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="48"/>
        <source>request invalid in the current state</source>
        <translation>solicitud no válida en el estado actual</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="50"/>
        <source>insufficient bandwidth</source>
        <translation>ancho de banda insuficiente</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="52"/>
        <source>no stream available</source>
        <translation>ningún flujo disponible</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="54"/>
        <source>no more data in the stream</source>
        <translation>no hay más datos en el flujo</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="56"/>
        <source>server not found</source>
        <translation>servidor no encontrado</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="58"/>
        <source>fast forward or rewind refused</source>
        <translation>avance o retroceso rápido rechazado</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="60"/>
        <source>the file is not valid ASF</source>
        <translation>el archivo no es un ASF válido</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="64"/>
        <source>unknown server error</source>
        <translation>error de servidor desconocido</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="65"/>
        <source>unknown status</source>
        <translation>estado desconocido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Reading header</source>
        <translation>Leyendo la cabecera</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Streaming</source>
        <translation>Transmitiendo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Closing</source>
        <translation>Cerrando</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Streams</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Playlist</source>
        <translation>Lista de reproducción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>The playlist could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de reproducción: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Save Stream</source>
        <translation>Guardar flujo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Open URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>Open &amp;File…</source>
        <translation>Abrir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Recent URLs</source>
        <translation>URL &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Save Stream As…</source>
        <translation>&amp;Guardar flujo como…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>S&amp;top Saving</source>
        <translation>&amp;Detener el guardado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>P&amp;revious Entry</source>
        <translation>Entrada &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Next Entry</source>
        <translation>Entrada &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Rewind</source>
        <translation>Re&amp;troceso rápido</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Fast &amp;Forward</source>
        <translation>A&amp;vance rápido</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>S&amp;tatistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;About MMS Player</source>
        <translation>&amp;Acerca de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>%1 — MMS Player</source>
        <translation>%1 — MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Open Playlist</source>
        <translation>Abrir lista de reproducción</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Windows Media playlists (*.asx *.wax *.wvx);;All files (*)</source>
        <translation>Listas de reproducción de Windows Media (*.asx *.wax *.wvx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>stream.asf</source>
        <translation>flujo.asf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Save Stream As</source>
        <translation>Guardar flujo como</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Windows Media files (*.asf *.wmv *.wma);;All files (*)</source>
        <translation>Archivos de Windows Media (*.asf *.wmv *.wma);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Saving to %1</source>
        <translation>Guardando en %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>About MMS Player</source>
        <translation>Acerca de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Plays Microsoft Media Server streams (mms:// and mmst://) of ASF content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Reproduce flujos de Microsoft Media Server (mms:// y mmst://) con contenido ASF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>&lt;p&gt;Copyright © The MMS Player developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © Los desarrolladores de MMS Player.&lt;/p&gt;&lt;p&gt;Este programa es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU (GNU General Public License) publicada por la Free Software Foundation, ya sea la versión 3 de la licencia o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye SIN NINGUNA GARANTÍA. Consulte &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Reconnecting (%1/%2)…</source>
        <translation>Reconectando (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>End of stream</source>
        <translation>Fin del flujo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>%1 (MMS over HTTP)</source>
        <extracomment>The session&apos;s state (&quot;Streaming&quot;) when it goes over HTTP (mmsh://, or after rollover).</extracomment>
        <translation>%1 (MMS sobre HTTP)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Buffer %1 KiB (%2 s)</source>
        <translation>Búfer %1 KiB (%2 s)</translation>
    </message>
</context>
<context>
    <name>MmsSession</name>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="28"/>
        <source>malformed %1: %2 at byte %3 (%4)</source>
        <translation>mensaje %1 mal formado: %2 en el byte %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="188"/>
        <source>%1 (tried MMS over TCP, then MMS over HTTP)</source>
        <translation>%1 (se probó MMS sobre TCP y luego MMS sobre HTTP)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="189"/>
        <source>%1 (MMS over HTTP, after MMS over TCP failed: %2)</source>
        <translation>%1 (MMS sobre HTTP, tras fallar MMS sobre TCP: %2)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="255"/>
        <source>the server closed the connection while %1</source>
        <translation>el servidor cerró la conexión en el estado %1</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="258"/>
        <source>, in the middle of a message (%1 bytes of it received)</source>
        <translation>, en mitad de un mensaje (se recibieron %1 bytes)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="272"/>
        <source>host %1 not found</source>
        <translation>no se encontró el host %1</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="276"/>
        <source>%1 port %2 refused the connection</source>
        <translation>%1 puerto %2 rechazó la conexión</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="304"/>
        <source>no complete message from the server for %1 ms while %2</source>
        <translation>ningún mensaje completo del servidor durante %1 ms en el estado %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="53"/>
        <source>bad bytes from the server: %1 at byte %2 (%3)</source>
        <translation>bytes incorrectos del servidor: %1 en el byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="228"/>
        <source>a media Data packet arrived before ReportStartedPlaying</source>
        <translation>llegó un paquete de datos multimedia antes de ReportStartedPlaying</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="234"/>
        <source>a Data packet with incarnation %1 arrived while %2; none was requested</source>
        <translation>llegó un paquete de datos con encarnación %1 en el estado %2; no se había pedido ninguno</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="15"/>
        <source>the ASF header does not parse: %1 at byte %2 (%3)</source>
        <translation>la cabecera ASF no se puede analizar: %1 en el byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="24"/>
        <source>the ASF header&apos;s packet size %1 is unusable</source>
        <translation>el tamaño de paquete %1 de la cabecera ASF es inutilizable</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="38"/>
        <location filename="../core/session/mmssessionrequests.cpp" line="112"/>
        <source>the file has no audio or video stream</source>
        <translation>el archivo no tiene ningún flujo de audio o vídeo</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="61"/>
        <source>Data packet %1 carries %2 bytes, more than the header&apos;s packet size %3</source>
        <translation>el paquete de datos %1 lleva %2 bytes, más que el tamaño de paquete %3 de la cabecera</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="71"/>
        <source>ASF data packet %1 is malformed: %2 at byte %3 (%4)</source>
        <translation>el paquete de datos ASF %1 está mal formado: %2 en el byte %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="88"/>
        <location filename="../core/transport/mmsttransportplay.cpp" line="176"/>
        <source>%1 arrived while %2, out of order</source>
        <translation>%1 llegó en el estado %2, fuera de orden</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="209"/>
        <source>the server refused the TCP data transport: %1 (%2)</source>
        <translation>el servidor rechazó el transporte de datos por TCP: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="226"/>
        <source>ReportOpenFile: packet size %1 is outside 1..%2</source>
        <translation>ReportOpenFile: el tamaño de paquete %1 está fuera de 1..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="233"/>
        <source>ReportOpenFile announces a %1-byte header, over the limit of %2 bytes</source>
        <translation>ReportOpenFile anuncia una cabecera de %1 bytes, por encima del límite de %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="271"/>
        <source>the server redirects to a proxy (&quot;%1&quot;), which is not supported</source>
        <translation>el servidor redirige a un proxy («%1»), lo que no es compatible</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="86"/>
        <source>bad bytes from the HTTP server: %1 at byte %2 (%3)</source>
        <translation>bytes incorrectos del servidor HTTP: %1 en el byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="76"/>
        <source>the server sent bytes nobody asked for</source>
        <translation>el servidor envió bytes que nadie había pedido</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="231"/>
        <source>the server redirects a Play request</source>
        <translation>el servidor redirige una solicitud Play</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreports.cpp" line="36"/>
        <source>more than %1 redirects; the last one pointed to %2</source>
        <translation>más de %1 redirecciones; la última apuntaba a %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreports.cpp" line="45"/>
        <source>redirect to an unusable location &quot;%1&quot;: %2</source>
        <translation>redirección a una ubicación inutilizable «%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="242"/>
        <source>the server sent a plain ASF file over HTTP, not an MMS stream</source>
        <translation>el servidor envió un archivo ASF simple por HTTP, no un flujo MMS</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="248"/>
        <source>the server answered with a playlist that does not parse: %1</source>
        <translation>el servidor respondió con una lista de reproducción ilegible: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="264"/>
        <source>the server answered with a playlist that names no MMS stream</source>
        <translation>el servidor respondió con una lista de reproducción sin ningún flujo MMS</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="311"/>
        <source>the ASF Header Object claims %1 bytes, outside 30..%2</source>
        <translation>el ASF Header Object declara %1 bytes, fuera de 30..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="135"/>
        <source>ReportStartedPlaying carries incarnation %1, StartPlaying sent %2</source>
        <translation>ReportStartedPlaying lleva la encarnación %1, StartPlaying envió %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="183"/>
        <source>ReportEndOfStream: %1 (%2)</source>
        <translation>ReportEndOfStream: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="213"/>
        <source>ReportStreamChange: packet size %1 is outside 1..%2</source>
        <translation>ReportStreamChange: el tamaño de paquete %1 está fuera de 1..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="220"/>
        <source>ReportStreamChange announces a %1-byte header, over the limit of %2 bytes</source>
        <translation>ReportStreamChange anuncia una cabecera de %1 bytes, por encima del límite de %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreconnect.cpp" line="49"/>
        <source>the connection was lost and %1 reconnect attempts failed; the last one: %2</source>
        <translation>se perdió la conexión y fallaron %1 intentos de reconexión; el último: %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrequests.cpp" line="111"/>
        <source>none of the requested streams is in the file</source>
        <translation>ninguno de los flujos solicitados está en el archivo</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="10"/>
        <source>not a valid URL: %1</source>
        <translation>no es una URL válida: %1</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="18"/>
        <source>the URL scheme must be mms://, mmst://, mmsh:// or http://, not &quot;%1&quot;</source>
        <translation>el esquema de la URL debe ser mms://, mmst://, mmsh:// o http://, no «%1»</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="28"/>
        <source>the URL has no host</source>
        <translation>la URL no tiene host</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="34"/>
        <source>invalid port %1</source>
        <translation>puerto %1 no válido</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="30"/>
        <source>header fragment while no header transfer is running</source>
        <translation>fragmento de cabecera sin que haya una transferencia de cabecera en curso</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="34"/>
        <source>header fragment with LocationId %1, expected %2</source>
        <translation>fragmento de cabecera con LocationId %1, se esperaba %2</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="39"/>
        <source>header fragment of %1 bytes, more than the packet size %2</source>
        <translation>fragmento de cabecera de %1 bytes, más que el tamaño de paquete %2</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="45"/>
        <source>the header grows past the %1 bytes that ReportOpenFile announced</source>
        <translation>la cabecera supera los %1 bytes que anunció ReportOpenFile</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="48"/>
        <source>the header grows past the limit of %1 bytes</source>
        <translation>la cabecera supera el límite de %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="58"/>
        <source>the header has %1 bytes, ReportOpenFile announced %2</source>
        <translation>la cabecera tiene %1 bytes, ReportOpenFile anunció %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession.cpp" line="83"/>
        <source>MMS over TCP</source>
        <translation>MMS sobre TCP</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession.cpp" line="85"/>
        <source>MMS over HTTP</source>
        <translation>MMS sobre HTTP</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="24"/>
        <source>mms:// URL: TCP first, HTTP on port %1 if TCP fails</source>
        <translation>URL mms://: primero TCP, HTTP en el puerto %1 si TCP falla</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="52"/>
        <source>no answer on TCP port %1 within %2 ms</source>
        <translation>sin respuesta en el puerto TCP %1 en %2 ms</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="64"/>
        <source>MMS over TCP failed (%1); trying HTTP on port %2</source>
        <translation>MMS sobre TCP falló (%1); probando HTTP en el puerto %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportpipeline.cpp" line="61"/>
        <source>the server answers none of %1 pipelined requests</source>
        <translation>el servidor no responde a ninguna de las %1 solicitudes canalizadas (pipelining)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportpipeline.cpp" line="94"/>
        <source>the Play response ended without $E</source>
        <translation>la respuesta a Play terminó sin $E</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/mmssessionauth.cpp" line="139"/>
        <source>the server refused the credentials of user &quot;%1&quot; (%2 scheme, %n refusal(s))</source>
        <translation>
            <numerusform>el servidor rechazó las credenciales del usuario «%1» (esquema %2, %n rechazo)</numerusform>
            <numerusform>el servidor rechazó las credenciales del usuario «%1» (esquema %2, %n rechazos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionauth.cpp" line="145"/>
        <source>the server asks for a user name and password (%1 scheme%2) and none were given</source>
        <translation>el servidor pide un nombre de usuario y una contraseña (esquema %1%2) y no se indicó ninguno</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionauth.cpp" line="149"/>
        <source>, realm &quot;%1&quot;</source>
        <translation>, ámbito «%1»</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="29"/>
        <source>malformed NTLM token in SecurityChallenge: %1</source>
        <translation>token NTLM mal formado en SecurityChallenge: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="37"/>
        <source>the server sent an NTLM CHALLENGE before our NEGOTIATE</source>
        <translation>el servidor envió un CHALLENGE de NTLM antes de nuestro NEGOTIATE</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="103"/>
        <location filename="../core/transport/mmsttransportauth.cpp" line="45"/>
        <source>the server&apos;s NTLM CHALLENGE cannot be answered: %1</source>
        <translation>no se puede responder al CHALLENGE de NTLM del servidor: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="82"/>
        <source>the user name &quot;%1&quot; cannot be sent with Basic authentication (it is empty or holds a colon)</source>
        <translation>el nombre de usuario «%1» no se puede enviar con la autenticación Basic (está vacío o contiene dos puntos)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="94"/>
        <source>the server&apos;s NTLM challenge is not base64 (or over 16 KiB)</source>
        <translation>el desafío NTLM del servidor no está en base64 (o supera 16 KiB)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="115"/>
        <source>the server asks for credentials in a way not supported (HTTP 401, %1)</source>
        <translation>el servidor pide credenciales de una forma no compatible (HTTP 401, %1)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="116"/>
        <source>no scheme announced</source>
        <translation>ningún esquema anunciado</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="160"/>
        <source>ReportStartStriding carries incarnation %1, StartStriding sent %2</source>
        <translation>ReportStartStriding lleva la encarnación %1, StartStriding envió %2</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <location filename="../ui/openurldialog.cpp" line="17"/>
        <source>Open URL</source>
        <translation>Abrir URL</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="23"/>
        <source>mms://server/path/file.wmv</source>
        <translation>mms://servidor/ruta/archivo.wmv</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="27"/>
        <source>&amp;Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):</source>
        <translation>&amp;Dirección de un flujo MMS (mms:// o mmst://) o de una lista de reproducción (http://):</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="65"/>
        <source>Enter the address of a stream or a playlist.</source>
        <translation>Introduzca la dirección de un flujo o de una lista de reproducción.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="68"/>
        <source>This address is not a valid URL.</source>
        <translation>Esta dirección no es una URL válida.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="71"/>
        <source>The address must start with mms://, mmst:// or http://.</source>
        <translation>La dirección debe empezar por mms://, mmst:// o http://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="73"/>
        <source>The address names no file.</source>
        <translation>La dirección no indica ningún archivo.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="78"/>
        <source>Only mms://, mmst:// and http:// addresses are supported, not %1://.</source>
        <translation>Solo se admiten direcciones mms://, mmst:// y http://, no %1://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="81"/>
        <source>The address has no server name.</source>
        <translation>La dirección no tiene nombre de servidor.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="83"/>
        <source>The address names no file or stream on the server.</source>
        <translation>La dirección no indica ningún archivo ni flujo en el servidor.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../ui/passwordstore.cpp" line="63"/>
        <source>Passwords cannot be remembered: this system has no keychain (such as GNOME Keyring or KWallet) running.</source>
        <translation>No se pueden recordar las contraseñas: este sistema no tiene ningún llavero (como GNOME Keyring o KWallet) en ejecución.</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <location filename="../ui/playbackcontroller.cpp" line="432"/>
        <source>The player cannot decode this stream.</source>
        <translation>El reproductor no puede decodificar este flujo.</translation>
    </message>
</context>
<context>
    <name>PlaybackStatistics</name>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="160"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="163"/>
        <source>striding at %1×</source>
        <extracomment>Fast-forward; %1 is the speed, e.g. &quot;striding at 5×&quot;.</extracomment>
        <translation>avance rápido a %1×</translation>
    </message>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="165"/>
        <source>striding backwards at %1×</source>
        <extracomment>Rewind; %1 is the speed, e.g. &quot;striding backwards at 5×&quot;.</extracomment>
        <translation>retroceso rápido a %1×</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/playercontrols.cpp" line="22"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="36"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="45"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="78"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="78"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="132"/>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="132"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="162"/>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="170"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="193"/>
        <source>Rewind (now %1×; press for faster)</source>
        <translation>Retroceso rápido (ahora %1×; pulse para ir más rápido)</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="193"/>
        <source>Rewind</source>
        <translation>Retroceso rápido</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="195"/>
        <source>Fast forward (now %1×; press for faster)</source>
        <translation>Avance rápido (ahora %1×; pulse para ir más rápido)</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="195"/>
        <source>Fast forward</source>
        <translation>Avance rápido</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../ui/playerwidget.cpp" line="97"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/playerwidget.cpp" line="130"/>
        <source>Buffering %1%</source>
        <translation>Almacenando en búfer %1 %</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="20"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="20"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="25"/>
        <source>Previous entry</source>
        <translation>Entrada anterior</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="28"/>
        <source>Next entry</source>
        <translation>Entrada siguiente</translation>
    </message>
</context>
<context>
    <name>PlaylistText</name>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="64"/>
        <source>no &lt;ASX&gt; element</source>
        <translation>no hay ningún elemento &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="67"/>
        <source>input ends inside &lt;%1&gt; opened at %2</source>
        <translation>la entrada termina dentro de &lt;%1&gt;, abierto en %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="80"/>
        <source>text before &lt;ASX&gt;</source>
        <translation>texto antes de &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="100"/>
        <source>the root element is &lt;%1&gt;, not &lt;ASX&gt;</source>
        <translation>el elemento raíz es &lt;%1&gt;, no &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="102"/>
        <source>&lt;ASX&gt; inside &lt;%1&gt;</source>
        <translation>&lt;ASX&gt; dentro de &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="105"/>
        <source>elements nested more than %1 deep</source>
        <translation>elementos anidados a más de %1 niveles</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="112"/>
        <source>&lt;REF&gt; outside &lt;ENTRY&gt; ignored</source>
        <translation>&lt;REF&gt; fuera de &lt;ENTRY&gt; ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="114"/>
        <source>&lt;REF&gt; without HREF ignored</source>
        <translation>&lt;REF&gt; sin HREF ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="117"/>
        <source>more than %1 REFs in one ENTRY</source>
        <translation>más de %1 REF en una ENTRY</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="125"/>
        <source>&lt;BASE&gt; without HREF ignored</source>
        <translation>&lt;BASE&gt; sin HREF ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="131"/>
        <source>&lt;BASE&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;BASE&gt; dentro de &lt;%1&gt; ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="134"/>
        <source>&lt;REPEAT&gt; inside &lt;%1&gt;</source>
        <translation>&lt;REPEAT&gt; dentro de &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="151"/>
        <source>&lt;ENTRY&gt; inside &lt;%1&gt;</source>
        <translation>&lt;ENTRY&gt; dentro de &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="152"/>
        <source>&lt;ENTRYREF&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;ENTRYREF&gt; dentro de &lt;%1&gt; ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="156"/>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="129"/>
        <source>more than %1 entries</source>
        <translation>más de %1 entradas</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="167"/>
        <source>&lt;ENTRYREF&gt; without HREF ignored</source>
        <translation>&lt;ENTRYREF&gt; sin HREF ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="177"/>
        <source>&lt;PARAM&gt; without NAME ignored</source>
        <translation>&lt;PARAM&gt; sin NAME ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="185"/>
        <source>&lt;PARAM&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;PARAM&gt; dentro de &lt;%1&gt; ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="191"/>
        <source>only the first &lt;REPEAT&gt; counts; this one plays once</source>
        <translation>solo cuenta el primer &lt;REPEAT&gt;; este se reproduce una vez</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="198"/>
        <source>&lt;REPEAT&gt; without COUNT (forever) plays once</source>
        <translation>&lt;REPEAT&gt; sin COUNT (infinito) se reproduce una vez</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="203"/>
        <source>&lt;REPEAT&gt; COUNT &quot;%1&quot; is not a number; plays once</source>
        <translation>&lt;REPEAT&gt; COUNT «%1» no es un número; se reproduce una vez</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="217"/>
        <source>&lt;/%1&gt; without a start tag</source>
        <translation>&lt;/%1&gt; sin etiqueta de apertura</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="219"/>
        <source>&lt;/%1&gt; does not close &lt;%2&gt; opened at %3</source>
        <translation>&lt;/%1&gt; no cierra &lt;%2&gt;, abierto en %3</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="267"/>
        <source>content after &lt;/ASX&gt; ignored</source>
        <translation>contenido después de &lt;/ASX&gt; ignorado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="279"/>
        <source>&lt;BASE&gt; ignored: %1</source>
        <translation>&lt;BASE&gt; ignorado: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="289"/>
        <source>&lt;BASE&gt; of this ENTRY ignored: %1</source>
        <translation>&lt;BASE&gt; de esta ENTRY ignorado: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="296"/>
        <source>&lt;ENTRYREF&gt; ignored: %1</source>
        <translation>&lt;ENTRYREF&gt; ignorado: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="304"/>
        <source>&lt;REF&gt; ignored: %1</source>
        <translation>&lt;REF&gt; ignorado: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="309"/>
        <source>&lt;ENTRY&gt; without a usable REF skipped</source>
        <translation>&lt;ENTRY&gt; sin REF utilizable omitida</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="325"/>
        <source>&lt;REPEAT&gt; COUNT cut to %1: a playlist holds at most %2 entries</source>
        <translation>&lt;REPEAT&gt; COUNT reducido a %1: una lista de reproducción admite como máximo %2 entradas</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="364"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="372"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="62"/>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="79"/>
        <source>empty URL</source>
        <translation>URL vacía</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="87"/>
        <source>relative URL &quot;%1&quot; and no base URL</source>
        <translation>URL relativa «%1» y ninguna URL base</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="93"/>
        <source>&quot;%1&quot; is not a valid URL (%2)</source>
        <translation>«%1» no es una URL válida (%2)</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="105"/>
        <source>playlist is larger than %1 bytes</source>
        <translation>la lista de reproducción ocupa más de %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="107"/>
        <source>this is ASF media, not a playlist</source>
        <translation>esto es contenido ASF, no una lista de reproducción</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="115"/>
        <source>playlist is empty</source>
        <translation>la lista de reproducción está vacía</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="138"/>
        <source>not an ASX playlist, [Reference] list or URL</source>
        <translation>no es una lista de reproducción ASX, una lista [Reference] ni una URL</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="142"/>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>UTF-8 no válido; leído como Latin-1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="96"/>
        <source>invalid character reference &amp;%1;</source>
        <translation>referencia de carácter no válida &amp;%1;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="159"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="163"/>
        <source>CDATA section is not closed</source>
        <translation>la sección CDATA no está cerrada</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="172"/>
        <source>&lt;! declaration</source>
        <translation>declaración &lt;!</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="175"/>
        <source>&lt;? processing instruction</source>
        <translation>instrucción de procesamiento &lt;?</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="185"/>
        <source>%1 is not closed</source>
        <translation>%1 no está cerrado</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="215"/>
        <source>&apos;&lt;/&apos; is not followed by an element name</source>
        <translation>«&lt;/» no va seguido de un nombre de elemento</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="219"/>
        <source>end tag &lt;/%1&gt; is not closed with &apos;&gt;&apos;</source>
        <translation>la etiqueta de cierre &lt;/%1&gt; no se cierra con «&gt;»</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="232"/>
        <source>&apos;&lt;&apos; is not followed by an element name</source>
        <translation>«&lt;» no va seguido de un nombre de elemento</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="237"/>
        <location filename="../core/playlist/asxtokenizer.cpp" line="282"/>
        <source>tag &lt;%1&gt; is not closed with &apos;&gt;&apos;</source>
        <translation>la etiqueta &lt;%1&gt; no se cierra con «&gt;»</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="249"/>
        <source>more than %1 attributes in &lt;%2&gt;</source>
        <translation>más de %1 atributos en &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="264"/>
        <source>unexpected &apos;%1&apos; in tag &lt;%2&gt;</source>
        <translation>«%1» inesperado en la etiqueta &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="269"/>
        <source>attribute %1 appears twice in &lt;%2&gt;</source>
        <translation>el atributo %1 aparece dos veces en &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="275"/>
        <location filename="../core/playlist/asxtokenizer.cpp" line="305"/>
        <source>attribute %1 in &lt;%2&gt; has no value</source>
        <translation>el atributo %1 en &lt;%2&gt; no tiene valor</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="292"/>
        <source>value of attribute %1 in &lt;%2&gt; is not closed</source>
        <translation>el valor del atributo %1 en &lt;%2&gt; no está cerrado</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="72"/>
        <source>line %1: not a Key=Value line; ignored</source>
        <translation>línea %1: no es una línea Clave=Valor; ignorada</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="81"/>
        <source>line %1: %2 ignored: %3</source>
        <translation>línea %1: %2 ignorado: %3</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="88"/>
        <source>more than %1 Ref lines</source>
        <translation>más de %1 líneas Ref</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="92"/>
        <source>[Reference] list has no usable RefN= line</source>
        <translation>la lista [Reference] no tiene ninguna línea RefN= utilizable</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="126"/>
        <source>line is not a URL: &quot;%1&quot;</source>
        <translation>la línea no es una URL: «%1»</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="41"/>
        <source>cannot fetch a playlist over %1://</source>
        <translation>no se puede obtener una lista de reproducción por %1://</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="83"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="84"/>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="88"/>
        <location filename="../core/playlist/playlistfetcher.cpp" line="99"/>
        <source>file is larger than %1 bytes</source>
        <translation>el archivo ocupa más de %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="128"/>
        <source>response of %1 bytes is larger than the %2-byte limit</source>
        <translation>la respuesta de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="154"/>
        <source>response is larger than the %1-byte limit</source>
        <translation>la respuesta supera el límite de %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="188"/>
        <location filename="../core/playlist/playlistfetcher.cpp" line="194"/>
        <source>more than %1 redirects</source>
        <translation>más de %1 redirecciones</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="192"/>
        <source>timed out after %1 ms without data</source>
        <translation>tiempo agotado tras %1 ms sin datos</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="113"/>
        <location filename="../core/playlist/playlistloader.cpp" line="186"/>
        <source>playlist loop: %1</source>
        <translation>bucle de listas de reproducción: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="169"/>
        <source>ENTRYREF skipped: %1</source>
        <translation>ENTRYREF omitido: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="190"/>
        <source>playlists nested more than %1 deep at %2</source>
        <translation>listas de reproducción anidadas a más de %1 niveles en %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="196"/>
        <source>ENTRYREF skipped: %1 names a local file but %2 is not one</source>
        <translation>ENTRYREF omitido: %1 indica un archivo local, pero %2 no lo es</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="213"/>
        <source>%1: no playable entries</source>
        <translation>%1: no hay entradas reproducibles</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="229"/>
        <source>more than %1 entries in all playlists</source>
        <translation>más de %1 entradas en todas las listas de reproducción</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxwarnings.h" line="32"/>
        <source>... and %1 more warnings</source>
        <translation>... y %1 advertencias más</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="22"/>
        <source>%1: needs %2 bytes, %3 left in the message</source>
        <translation>%1: necesita %2 bytes, quedan %3 en el mensaje</translation>
    </message>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="86"/>
        <source>%1 %2 exceeds the %3 bytes left for %4</source>
        <translation>%1 %2 supera los %3 bytes que quedan para %4</translation>
    </message>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="108"/>
        <source>%1: %2 characters claimed, %3 bytes left in the message</source>
        <translation>%1: se declaran %2 caracteres, quedan %3 bytes en el mensaje</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="39"/>
        <source>Data packet header needs 8 bytes</source>
        <translation>la cabecera del paquete de datos necesita 8 bytes</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="51"/>
        <location filename="../core/protocol/streamsplitter.cpp" line="45"/>
        <source>Data packet PacketSize %1 leaves no payload</source>
        <translation>paquete de datos: PacketSize %1 no deja carga útil</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="56"/>
        <source>Data packet needs %1 bytes</source>
        <translation>el paquete de datos necesita %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="37"/>
        <source>message of %1 bytes has no chunkLen and MID</source>
        <translation>el mensaje de %1 bytes no tiene chunkLen ni MID</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="44"/>
        <source>chunkLen %1 (%2 bytes) does not fit the %3 bytes of the message</source>
        <translation>chunkLen %1 (%2 bytes) no encaja con los %3 bytes del mensaje</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="52"/>
        <source>MID 0x%1 (%2) where %3 was expected</source>
        <translation>MID 0x%1 (%2) cuando se esperaba %3</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="48"/>
        <source>Data packet PacketSize %1 is over the limit of %2</source>
        <translation>paquete de datos: PacketSize %1 por encima del límite de %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="56"/>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="80"/>
        <source>rep %1 is not 1</source>
        <translation>rep %1 no es 1</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="59"/>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="83"/>
        <source>version %1.%2 is not 0.0</source>
        <translation>la versión %1.%2 no es 0.0</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="67"/>
        <source>messageLength %1 is not 16 + a non-empty multiple of 8</source>
        <translation>messageLength %1 no es 16 + un múltiplo no nulo de 8</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="72"/>
        <source>command packet of %1 bytes is over the limit of %2</source>
        <translation>paquete de comando de %1 bytes por encima del límite de %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="79"/>
        <source>seal 0x%1 is not &quot;MMS &quot;</source>
        <translation>seal 0x%1 no es «MMS »</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="92"/>
        <source>chunkLen %1 does not fit messageLength %2</source>
        <translation>chunkLen %1 no encaja con messageLength %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="58"/>
        <source>TcpMessageHeader needs 32 bytes</source>
        <translation>TcpMessageHeader necesita 32 bytes</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="87"/>
        <source>sessionId %1 is not 0xb00bface</source>
        <translation>sessionId %1 no es 0xb00bface</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="91"/>
        <source>messageLength %1 is not 16 + a multiple of 8</source>
        <translation>messageLength %1 no es 16 + un múltiplo de 8</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="95"/>
        <source>seal %1 is not &quot;MMS &quot;</source>
        <translation>seal %1 no es «MMS »</translation>
    </message>
    <message>
        <location filename="../core/protocol/viewertomac.cpp" line="120"/>
        <source>OpenFile token at %1 + cbtoken %2 exceeds the %3 bytes after fileName</source>
        <translation>OpenFile: token en %1 + cbtoken %2 supera los %3 bytes tras fileName</translation>
    </message>
    <message>
        <location filename="../core/protocol/viewertomac.cpp" line="191"/>
        <source>cStreamEntries %1: more than %2 or more than the %3 bytes left hold</source>
        <translation>cStreamEntries %1: más de %2 o más de los que caben en los %3 bytes restantes</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <location filename="../app/recorder.cpp" line="111"/>
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
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>&amp;Remember the volume when MMS Player closes</source>
        <translation>&amp;Recordar el volumen al cerrar MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="25"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="32"/>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>For streams with several bit rates, the best streams that fit within this limit are chosen.</source>
        <translation>En los flujos con varias tasas de bits, se eligen los mejores flujos que caben en este límite.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="41"/>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <location filename="../ui/settingsdialog.cpp" line="55"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>How much of the stream is received before playback starts.</source>
        <translation>Cuánto del flujo se recibe antes de que empiece la reproducción.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>How long to wait for a silent server before giving up.</source>
        <translation>Cuánto esperar a un servidor que no responde antes de rendirse.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>How long an mms:// link waits for an answer over TCP (port 1755) before it tries MMS over HTTP, as Windows Media Player does.</source>
        <translation>Cuánto espera un enlace mms:// una respuesta por TCP (puerto 1755) antes de probar MMS sobre HTTP, como hace Windows Media Player.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="77"/>
        <source>A new language is used the next time MMS Player starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie MMS Player.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>&amp;Maximum bit rate:</source>
        <translation>Tasa de &amp;bits máxima:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>&amp;Buffering time:</source>
        <translation>Tiempo de bú&amp;fer:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84"/>
        <source>Network &amp;timeout:</source>
        <translation>&amp;Tiempo de espera de red:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="85"/>
        <source>Try &amp;HTTP after:</source>
        <translation>Probar &amp;HTTP tras:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="95"/>
        <source>Changes apply to the next stream you open.</source>
        <translation>Los cambios se aplican al siguiente flujo que abra.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="20"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="31"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="44"/>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="45"/>
        <source>Server version:</source>
        <translation>Versión del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="46"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="47"/>
        <source>Bit rate of the selected streams:</source>
        <translation>Tasa de bits de los flujos seleccionados:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="48"/>
        <source>Received bit rate:</source>
        <translation>Tasa de bits recibida:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="49"/>
        <source>Packets received:</source>
        <translation>Paquetes recibidos:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="50"/>
        <source>Packets late:</source>
        <translation>Paquetes retrasados:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="51"/>
        <source>Packets lost:</source>
        <translation>Paquetes perdidos:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="52"/>
        <source>Packets skipped by stream selection:</source>
        <translation>Paquetes omitidos por la selección de flujos:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="53"/>
        <source>Buffer:</source>
        <translation>Búfer:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="54"/>
        <source>Frames rendered:</source>
        <translation>Fotogramas mostrados:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="55"/>
        <source>Frames dropped (estimated):</source>
        <translation>Fotogramas descartados (estimación):</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="56"/>
        <source>Playback:</source>
        <translation>Reproducción:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="59"/>
        <source>A packet is late when it arrives after the buffering time could cover it. Lost packets are gaps in the packet numbers while every stream is selected. Dropped frames are gaps in the presentation times of the frames shown.</source>
        <translation>Un paquete llega con retraso cuando llega después de lo que el tiempo de búfer podía cubrir. Los paquetes perdidos son huecos en los números de paquete mientras todos los flujos están seleccionados. Los fotogramas descartados son huecos en los tiempos de presentación de los fotogramas mostrados.</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="92"/>
        <source>MMS over HTTP</source>
        <translation>MMS sobre HTTP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="93"/>
        <source>MMS over TCP</source>
        <translation>MMS sobre TCP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="105"/>
        <source>%1 KiB (%2 s)</source>
        <translation>%1 KiB (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="108"/>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
</context>
<context>
    <name>StreamRecorder</name>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="37"/>
        <source>The file %1 could not be created: %2</source>
        <translation>No se pudo crear el archivo %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="54"/>
        <source>The recording %1 could not be completed: %2</source>
        <translation>No se pudo completar la grabación %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="96"/>
        <source>Recording to %1 failed: %2</source>
        <translation>Falló la grabación en %1: %2</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Bit rate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="33"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="35"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="37"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="41"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="94"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="98"/>
        <source>≈ %1 kbit/s</source>
        <extracomment>A bit rate measured from the data received, not stated by the stream&apos;s header.</extracomment>
        <translation>≈ %1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="100"/>
        <source>Measured from the data received so far: the stream&apos;s header does not state its bit rate.</source>
        <translation>Medido a partir de los datos recibidos hasta ahora: la cabecera del flujo no indica su tasa de bits.</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="103"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="105"/>
        <source>The stream&apos;s header does not state its bit rate; it is measured while the stream plays.</source>
        <translation>La cabecera del flujo no indica su tasa de bits; se mide mientras se reproduce.</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="60"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/streamspanel.cpp" line="63"/>
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
        <location filename="../app/guimain.cpp" line="96"/>
        <source>Plays mms:// and mmst:// streams.</source>
        <translation>Reproduce flujos mms:// y mmst://.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="101"/>
        <source>Stream or playlist (.asx, .wax, .wvx file or http:// URL) to play; without one, the built-in demo.</source>
        <translation>Flujo o lista de reproducción que reproducir (archivo .asx, .wax, .wvx o URL http://); si no se indica, la demostración integrada.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="133"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="134"/>
        <source>The built-in demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración integrado: %1</translation>
    </message>
</context>
</TS>
