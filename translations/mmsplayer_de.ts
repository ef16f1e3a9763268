<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AsfRecordWriter</name>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="44"/>
        <source>not open, failed, or the header is written already</source>
        <translation>nicht geöffnet, fehlgeschlagen oder der Header ist bereits geschrieben</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="46"/>
        <source>unusable packet size %1</source>
        <translation>unbrauchbare Paketgröße %1</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="48"/>
        <source>the header is not a Header Object plus a Data Object preamble</source>
        <translation>der Header ist kein Header Object mit anschließendem Data-Object-Vorspann</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="66"/>
        <source>the header has no File Properties object</source>
        <translation>der Header hat kein File-Properties-Objekt</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="76"/>
        <source>a packet before the header, after finish() or after an error</source>
        <translation>ein Paket vor dem Header, nach finish() oder nach einem Fehler</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="80"/>
        <source>a packet of %1 bytes, the header&apos;s packet size is %2</source>
        <translation>ein Paket mit %1 Bytes, die Paketgröße des Headers ist %2</translation>
    </message>
</context>
<context>
    <name>AsfText</name>
    <message>
        <location filename="../core/asf/asffile.cpp" line="40"/>
        <source>%1: %2 bytes, too short for an ASF Header Object</source>
        <translation>%1: %2 Bytes, zu kurz für ein ASF Header Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="51"/>
        <source>Data Object: file ends after the Header Object</source>
        <translation>Data Object: die Datei endet nach dem Header Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="52"/>
        <source>Header Object: size %1 runs past the end of the file (%2 bytes)</source>
        <translation>Header Object: Größe %1 reicht über das Dateiende hinaus (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="63"/>
        <source>%1: short read of the header: %2</source>
        <translation>%1: Header unvollständig gelesen: %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="107"/>
        <source>Data Object: packet %1 requested, the file has %2</source>
        <translation>Data Object: Paket %1 angefordert, die Datei hat %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="129"/>
        <source>the file ends before byte %1</source>
        <translation>die Datei endet vor Byte %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="132"/>
        <source>Data Object: reading packet %1: %2</source>
        <translation>Data Object: beim Lesen von Paket %1: %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="33"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="64"/>
        <source>%1: %2 trailing bytes, too few for an object header</source>
        <translation>%1: %2 restliche Bytes, zu wenige für einen Objekt-Header</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="40"/>
        <source>%1: child object %2 has size %3, smaller than its 24-byte header</source>
        <translation>%1: Unterobjekt %2 hat die Größe %3, kleiner als sein 24-Byte-Header</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="45"/>
        <source>%1: child object %2 claims %3 bytes, only %4 remain</source>
        <translation>%1: Unterobjekt %2 beansprucht %3 Bytes, nur %4 sind übrig</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="58"/>
        <source>File Properties: a second File Properties Object</source>
        <translation>File Properties: ein zweites File Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="61"/>
        <source>File Properties: object size %1, must be 104</source>
        <translation>File Properties: Objektgröße %1, muss 104 sein</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="82"/>
        <source>File Properties: packet size 0 (min %1, max %2)</source>
        <translation>File Properties: Paketgröße 0 (min. %1, max. %2)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="87"/>
        <source>File Properties: minimum packet size %1 differs from maximum %2</source>
        <translation>File Properties: minimale Paketgröße %1 weicht von der maximalen %2 ab</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="92"/>
        <source>File Properties: packet size %1 over our limit of %2</source>
        <translation>File Properties: Paketgröße %1 über unserer Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="97"/>
        <source>File Properties: preroll %1 ms over our limit of %2 ms</source>
        <translation>File Properties: Vorlauf %1 ms über unserer Grenze von %2 ms</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="105"/>
        <source>File Properties: play duration %1 / send duration %2 (100 ns) over our limit of %3</source>
        <translation>File Properties: Spieldauer %1 / Sendedauer %2 (100 ns) über unserer Grenze von %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="122"/>
        <source>Content Description: object size %1, minimum 34</source>
        <translation>Content Description: Objektgröße %1, mindestens 34</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="129"/>
        <source>Content Description: string lengths total %1, only %2 bytes present</source>
        <translation>Content Description: Zeichenkettenlängen ergeben %1, nur %2 Bytes vorhanden</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="147"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="202"/>
        <source>Header Extension: object size %1, minimum 46</source>
        <translation>Header Extension: Objektgröße %1, mindestens 46</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="150"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="205"/>
        <source>Header Extension: data size %1, only %2 bytes in the object</source>
        <translation>Header Extension: Datengröße %1, nur %2 Bytes im Objekt</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="179"/>
        <source>Header Object: no File Properties Object</source>
        <translation>Header Object: kein File Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="182"/>
        <source>Header Object: no Stream Properties Object</source>
        <translation>Header Object: kein Stream Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="254"/>
        <source>Header Object: wrong GUID</source>
        <translation>Header Object: falsche GUID</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="259"/>
        <source>Header Object: %1 of 30 preamble bytes</source>
        <translation>Header Object: %1 von 30 Vorspann-Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="266"/>
        <source>Header Object: size %1, minimum 30</source>
        <translation>Header Object: Größe %1, mindestens 30</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="271"/>
        <source>Header Object: size %1 over our limit of %2</source>
        <translation>Header Object: Größe %1 über unserer Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="291"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="293"/>
        <source>Header Object: %1 of %2 bytes</source>
        <translation>Header Object: %1 von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="299"/>
        <source>Header Object: %1 header objects cannot fit in %2 bytes</source>
        <translation>Header Object: %1 Header-Objekte passen nicht in %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="316"/>
        <source>Data Object: %1 of 50 preamble bytes</source>
        <translation>Data Object: %1 von 50 Vorspann-Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="329"/>
        <source>Data Object: not found after the Header Object</source>
        <translation>Data Object: nicht nach dem Header Object gefunden</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="335"/>
        <source>Data Object: size %1, minimum 50</source>
        <translation>Data Object: Größe %1, mindestens 50</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="21"/>
        <source>Data packet: %1</source>
        <translation>Datenpaket: %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="37"/>
        <source>payload %1 header runs past the packet</source>
        <translation>Header von Nutzlast %1 reicht über das Paket hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="43"/>
        <source>payload %1 has stream number 0</source>
        <translation>Nutzlast %1 hat die Stream-Nummer 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="53"/>
        <source>payload %1 replicated data runs past the packet</source>
        <translation>replizierte Daten von Nutzlast %1 reichen über das Paket hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="61"/>
        <source>payload %1 replicated data length %2, %3 bytes left</source>
        <translation>Nutzlast %1: Länge der replizierten Daten %2, %3 Bytes übrig</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="72"/>
        <source>payload %1 replicated data length %2 (must be 0, 1 or &gt;= 8)</source>
        <translation>Nutzlast %1: Länge der replizierten Daten %2 (muss 0, 1 oder &gt;= 8 sein)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="82"/>
        <source>payload %1 length %2, %3 bytes left</source>
        <translation>Nutzlast %1: Länge %2, %3 Bytes übrig</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="97"/>
        <source>payload %1 compressed sub-payload of %2 bytes runs past the payload</source>
        <translation>Nutzlast %1: komprimierte Teilnutzlast mit %2 Bytes reicht über die Nutzlast hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="117"/>
        <source>Data packet: packet size %1 (1..%2)</source>
        <translation>Datenpaket: Paketgröße %1 (1..%2)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="123"/>
        <source>%1 bytes, longer than the packet size %2</source>
        <translation>%1 Bytes, länger als die Paketgröße %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="130"/>
        <source>empty packet</source>
        <translation>leeres Paket</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="137"/>
        <source>error correction length type %1 (must be 0)</source>
        <translation>Längentyp der Fehlerkorrektur %1 (muss 0 sein)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="139"/>
        <source>error correction data runs past the packet</source>
        <translation>Fehlerkorrekturdaten reichen über das Paket hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="155"/>
        <source>payload parsing information runs past the %1 bytes</source>
        <translation>Payload-Parsing-Informationen reichen über die %1 Bytes hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="162"/>
        <source>Packet Length %1 over the packet size %2</source>
        <translation>Packet Length %1 über der Paketgröße %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="167"/>
        <source>Packet Length %1 shorter than its %2-byte header</source>
        <translation>Packet Length %1 kürzer als sein %2-Byte-Header</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="172"/>
        <source>Padding Length %1 over the %2 bytes after the header</source>
        <translation>Padding Length %1 über den %2 Bytes nach dem Header</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="185"/>
        <source>no Payload Flags byte</source>
        <translation>kein Payload-Flags-Byte</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="191"/>
        <source>multiple-payload packet with 0 payloads</source>
        <translation>Paket mit mehreren Nutzlasten, aber 0 Nutzlasten</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="194"/>
        <source>multiple-payload packet without payload lengths</source>
        <translation>Paket mit mehreren Nutzlasten ohne Nutzlastlängen</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacketbuild.cpp" line="64"/>
        <source>Data packet: %1 bytes after adding a Padding Length field, over the packet size %2</source>
        <translation>Datenpaket: %1 Bytes nach Hinzufügen eines Padding-Length-Felds, über der Paketgröße %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="66"/>
        <source>Stream Properties: audio format data of %1 bytes, WAVEFORMATEX needs 16</source>
        <translation>Stream Properties: Audioformatdaten mit %1 Bytes, WAVEFORMATEX braucht 16</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="80"/>
        <source>Stream Properties: stream %1 has 0 audio channels</source>
        <translation>Stream Properties: Stream %1 hat 0 Audiokanäle</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="83"/>
        <source>Stream Properties: stream %1 sample rate %2 Hz</source>
        <translation>Stream Properties: Stream %1 Abtastrate %2 Hz</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="99"/>
        <source>Stream Properties: video format data of %1 bytes, needs 11</source>
        <translation>Stream Properties: Videoformatdaten mit %1 Bytes, braucht 11</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="109"/>
        <source>Stream Properties: video format data size %1 exceeds the %2 bytes present</source>
        <translation>Stream Properties: Videoformatdatengröße %1 übersteigt die vorhandenen %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="115"/>
        <source>Stream Properties: video size %1x%2 over our limit of %3</source>
        <translation>Stream Properties: Videogröße %1x%2 über unserer Grenze von %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="142"/>
        <source>Stream Properties: object size %1, minimum 78</source>
        <translation>Stream Properties: Objektgröße %1, mindestens 78</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="158"/>
        <source>Stream Properties: type-specific data (%1) + error correction data (%2) exceed the %3 bytes left in the object</source>
        <translation>Stream Properties: typspezifische Daten (%1) + Fehlerkorrekturdaten (%2) übersteigen die %3 im Objekt verbliebenen Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="168"/>
        <source>Stream Properties: stream number 0</source>
        <translation>Stream Properties: Stream-Nummer 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="171"/>
        <source>Stream Properties: more than %1 streams</source>
        <translation>Stream Properties: mehr als %1 Streams</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="174"/>
        <source>Stream Properties: stream number %1 declared twice</source>
        <translation>Stream Properties: Stream-Nummer %1 doppelt deklariert</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="201"/>
        <source>Extended Stream Properties: object size %1, minimum 88</source>
        <translation>Extended Stream Properties: Objektgröße %1, mindestens 88</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="215"/>
        <source>Extended Stream Properties: stream number %1</source>
        <translation>Extended Stream Properties: Stream-Nummer %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="219"/>
        <source>Extended Stream Properties: stream %1 described twice</source>
        <translation>Extended Stream Properties: Stream %1 doppelt beschrieben</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="227"/>
        <source>Extended Stream Properties: %1 stream names cannot fit in %2 bytes</source>
        <translation>Extended Stream Properties: %1 Stream-Namen passen nicht in %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="235"/>
        <source>Extended Stream Properties: stream name %1 runs past the object</source>
        <translation>Extended Stream Properties: Stream-Name %1 reicht über das Objekt hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="243"/>
        <source>Extended Stream Properties: %1 payload extension systems cannot fit in %2 bytes</source>
        <translation>Extended Stream Properties: %1 Payload-Extension-Systeme passen nicht in %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="253"/>
        <source>Extended Stream Properties: payload extension system %1 runs past the object</source>
        <translation>Extended Stream Properties: Payload-Extension-System %1 reicht über das Objekt hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="268"/>
        <source>Extended Stream Properties: embedded Stream Properties size %1, %2 bytes left</source>
        <translation>Extended Stream Properties: eingebettete Stream Properties der Größe %1, %2 Bytes übrig</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="278"/>
        <source>Extended Stream Properties: embedded Stream Properties declares stream %1 inside the description of stream %2</source>
        <translation>Extended Stream Properties: eingebettete Stream Properties deklarieren Stream %1 in der Beschreibung von Stream %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="295"/>
        <source>Stream Bitrate Properties: object size %1, minimum 26</source>
        <translation>Stream Bitrate Properties: Objektgröße %1, mindestens 26</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="299"/>
        <source>Stream Bitrate Properties: %1 records cannot fit in %2 bytes</source>
        <translation>Stream Bitrate Properties: %1 Einträge passen nicht in %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="310"/>
        <source>Stream Bitrate Properties: record %1 has stream number 0</source>
        <translation>Stream Bitrate Properties: Eintrag %1 hat die Stream-Nummer 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="323"/>
        <source>Language List: object size %1, minimum 26</source>
        <translation>Language List: Objektgröße %1, mindestens 26</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="326"/>
        <source>Language List: %1 records cannot fit in %2 bytes</source>
        <translation>Language List: %1 Einträge passen nicht in %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="334"/>
        <source>Language List: record %1 runs past the object</source>
        <translation>Language List: Eintrag %1 reicht über das Objekt hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="69"/>
        <source>%1: child object %2 has size %3, %4 bytes remain</source>
        <translation>%1: Unterobjekt %2 hat die Größe %3, es bleiben %4 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="83"/>
        <source>%1: object size %2, minimum %3</source>
        <translation>%1: Objektgröße %2, Minimum %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="111"/>
        <source>%1: %2 records cannot fit in %3 bytes</source>
        <translation>%1: %2 Einträge passen nicht in %3 Bytes</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="158"/>
        <source>Group Mutual Exclusion: record %1 runs past the object</source>
        <translation>Group Mutual Exclusion: Eintrag %1 reicht über das Objekt hinaus</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="324"/>
        <source>Header Object: no Stream Properties Object of the streams kept</source>
        <translation>Header Object: kein Stream Properties Object der beibehaltenen Streams</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Try &apos;mmsplayer --help&apos;.</source>
        <translation>Weitere Informationen mit „mmsplayer --help“.</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="39"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="46"/>
        <source>--password-file: the first line of %1 is too long</source>
        <translation>--password-file: die erste Zeile von %1 ist zu lang</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="106"/>
        <source>--record needs an output file</source>
        <translation>--record braucht eine Ausgabedatei</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="113"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration braucht eine Sekundenzahl über 0</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="116"/>
        <source>--start needs a number of seconds</source>
        <translation>--start braucht eine Sekundenzahl</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="119"/>
        <location filename="../app/clioptions.cpp" line="128"/>
        <source>--streams needs a list like 1,3</source>
        <translation>--streams braucht eine Liste wie 1,3</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="124"/>
        <source>--streams: &quot;%1&quot; is not a stream number (1..127)</source>
        <translation>--streams: „%1“ ist keine Streamnummer (1..127)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="133"/>
        <source>--max-bitrate needs bits per second, e.g. 200000</source>
        <translation>--max-bitrate braucht Bit pro Sekunde, z. B. 200000</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="138"/>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout braucht Sekunden zwischen 0.1 und 3600</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="144"/>
        <source>--user needs a user name (DOMAIN\name for NTLM)</source>
        <translation>--user braucht einen Benutzernamen (DOMÄNE\Name für NTLM)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="148"/>
        <source>--password-file needs a file</source>
        <translation>--password-file braucht eine Datei</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="151"/>
        <source>a password is not taken on the command line (others could read it): use --password-file FILE or the environment variable MMSPLAYER_PASSWORD</source>
        <translation>ein Passwort wird nicht auf der Befehlszeile angenommen (andere könnten es lesen): verwenden Sie --password-file DATEI oder die Umgebungsvariable MMSPLAYER_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="155"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="161"/>
        <source>--password-file needs --user</source>
        <translation>--password-file braucht --user</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="170"/>
        <source>--user needs a password: --password-file FILE or the environment variable MMSPLAYER_PASSWORD</source>
        <translation>--user braucht ein Passwort: --password-file DATEI oder die Umgebungsvariable MMSPLAYER_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="175"/>
        <source>--record and --list-streams cannot be combined</source>
        <translation>--record und --list-streams lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="178"/>
        <source>--duration, --start, --streams, --max-bitrate, --timeout, --user and --password-file need --record or --list-streams</source>
        <translation>--duration, --start, --streams, --max-bitrate, --timeout, --user und --password-file brauchen --record oder --list-streams</translation>
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
        <translation>Aufruf: mmsplayer [URL]                     im Fenster abspielen
        mmsplayer --record AUSGABE.asf [Optionen] URL
        mmsplayer --list-streams [Optionen] URL

Spielt Streams von Microsoft Media Server ab und nimmt sie auf: mmst:// (MMS über TCP),
mmsh:// und http:// (MMS über HTTP), mms:// (erst TCP, dann HTTP auf Port 80).

Optionen:
  --record DATEI        den Stream als vollständige ASF-Datei in DATEI schreiben
  --list-streams        Streams, Titel, Autor und Dauer ausgeben, dann beenden
  --duration SEKUNDEN   nur so viel Inhalt aufnehmen, dann ordnungsgemäß anhalten
  --start SEKUNDEN      an dieser Position beginnen
  --streams N,M         diese ASF-Streamnummern aufnehmen (siehe --list-streams)
  --max-bitrate BPS     das beste Audio und Video wählen, das in diese Bitrate passt
  --timeout SEKUNDEN    aufgeben, wenn der Server so lange schweigt (Standard: 10)
  --quiet               keine Fortschrittszeile
  --user NAME           als NAME anmelden (DOMÄNE\NAME für NTLM), wenn der Server fragt
  --password-file DATEI das Passwort ist die erste Zeile von DATEI; ohne diese Option
                        die Umgebungsvariable MMSPLAYER_PASSWORD
  -h, --help            dieser Text
  -v, --version         die Version

Exit-Codes:
  0  fertig (Ende des Streams, --duration erreicht oder Streams aufgelistet)
  1  Aufruffehler
  2  Netzwerkfehler: Host nicht gefunden, Verbindung abgelehnt oder verloren, Zeitüberschreitung
  3  der Server lehnte ab: Datei nicht gefunden, Zugriff verweigert, Authentifizierung, ...
  4  Protokollfehler: der Server schickte etwas Ungültiges
  5  die Ausgabedatei konnte nicht geschrieben werden
</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="181"/>
        <source>no URL given</source>
        <translation>keine URL angegeben</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="182"/>
        <source>only one URL, please</source>
        <translation>bitte nur eine URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="187"/>
        <source>&quot;%1&quot; is not an mms://, mmst://, mmsh:// or http:// URL</source>
        <translation>„%1“ ist keine mms://-, mmst://-, mmsh://- oder http://-URL</translation>
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
        <translation>Verbindung verloren; neuer Verbindungsversuch (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="103"/>
        <location filename="../app/clirunner.cpp" line="237"/>
        <source>cannot write %1</source>
        <extracomment>%1 is the file&apos;s name and the reason, e.g. &quot;out.asf: Permission denied&quot;.</extracomment>
        <translation>Fehler beim Schreiben von %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="163"/>
        <source>Title:</source>
        <extracomment>--list-streams output; the labels are padded to one width so the values line up.</extracomment>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="164"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="165"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="166"/>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="172"/>
        <source>live</source>
        <extracomment>The duration of a live broadcast, which has none.</extracomment>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="172"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="176"/>
        <source>Streams (* = played by default):</source>
        <translation>Streams (* = standardmäßig abgespielt):</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="182"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="184"/>
        <source>%1 Hz, %2 ch</source>
        <extracomment>Sample rate and number of channels of an audio stream.</extracomment>
        <translation>%1 Hz, %2 Kan.</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="187"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="191"/>
        <source>command</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="195"/>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="202"/>
        <source>~%1 kbit/s (measured)</source>
        <extracomment>A bit rate the header does not state, measured from a few seconds of the data.</extracomment>
        <translation>~%1 kbit/s (gemessen)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="205"/>
        <source>language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="206"/>
        <source>name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="218"/>
        <source>server says: %1 (0x%2)</source>
        <extracomment>%1 is the server&apos;s error in words, %2 its hexadecimal HRESULT code.</extracomment>
        <translation>Server meldet: %1 (0x%2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="220"/>
        <source>the server asks for a user name and password (--user)</source>
        <translation>der Server verlangt einen Benutzernamen und ein Passwort (--user)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="223"/>
        <source>authentication failed: %1</source>
        <extracomment>%1 says why, e.g. the server refused the credentials of user &quot;alice&quot;.</extracomment>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="29"/>
        <source>&amp;Remember this password</source>
        <translation>Dieses Passwort &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="33"/>
        <location filename="../ui/credentialsdialog.cpp" line="93"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="61"/>
        <source>user or DOMAIN\user</source>
        <translation>Benutzer oder DOMÄNE\Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="72"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="73"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="103"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="105"/>
        <source>The server asks for a user name and password (%1).</source>
        <translation>Der Server verlangt einen Benutzernamen und ein Passwort (%1).</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="107"/>
        <source>Realm: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="113"/>
        <source>The password will be sent without encryption.</source>
        <translation>Das Passwort wird unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="118"/>
        <source>The user name or password was not accepted. Try again (attempt %1 of %2).</source>
        <translation>Benutzername oder Passwort wurde nicht akzeptiert. Versuchen Sie es erneut (Versuch %1 von %2).</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="12"/>
        <source>This is not a valid MMS address. Use mms://, mmst://, mmsh:// or http://host/path.</source>
        <translation>Dies ist keine gültige MMS-Adresse. Verwenden Sie mms://, mmst://, mmsh:// oder http://host/pfad.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>Der Name des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17"/>
        <source>The server refused the connection. Is an MMS server running on that port?</source>
        <translation>Der Server hat die Verbindung abgelehnt. Läuft auf diesem Port ein MMS-Server?</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="21"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>The server sent something this player does not understand (%1).</source>
        <translation>Der Server hat etwas gesendet, das dieser Player nicht versteht (%1).</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>The stream&apos;s ASF header is damaged or not supported.</source>
        <translation>Der ASF-Header des Streams ist beschädigt oder wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>The server sent a media packet larger than the stream allows.</source>
        <translation>Der Server hat ein Medienpaket gesendet, das größer ist, als der Stream erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="32"/>
        <source>The server asks for a user name and password; signing in was cancelled.</source>
        <translation>Der Server verlangt einen Benutzernamen und ein Passwort; die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="34"/>
        <source>The server did not accept the user name and password.</source>
        <translation>Der Server hat den Benutzernamen und das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36"/>
        <source>The server redirected the player too many times.</source>
        <translation>Der Server hat den Player zu oft umgeleitet.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="38"/>
        <source>The stream has no audio or video that this player can play.</source>
        <translation>Der Stream enthält kein Audio oder Video, das dieser Player abspielen kann.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="40"/>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="50"/>
        <source>The server could not find this file.</source>
        <translation>Der Server konnte diese Datei nicht finden.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="52"/>
        <source>The server denied access to this file.</source>
        <translation>Der Server hat den Zugriff auf diese Datei verweigert.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="54"/>
        <source>The server has too many viewers right now. Try again later.</source>
        <translation>Der Server hat gerade zu viele Zuschauer. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="56"/>
        <source>The server timed out.</source>
        <translation>Zeitüberschreitung beim Server.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>The network is busy. Try again later.</source>
        <translation>Das Netzwerk ist ausgelastet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="61"/>
        <source>The server could not open this file.</source>
        <translation>Der Server konnte diese Datei nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="63"/>
        <source>The file on the server is not a valid ASF file.</source>
        <translation>Die Datei auf dem Server ist keine gültige ASF-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="66"/>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="68"/>
        <source>There is not enough bandwidth for this stream.</source>
        <translation>Die Bandbreite reicht für diesen Stream nicht aus.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="70"/>
        <source>The server has no stream to send.</source>
        <translation>Der Server hat keinen Stream zum Senden.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="72"/>
        <source>The stream has ended.</source>
        <translation>Der Stream ist zu Ende.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="75"/>
        <source>The server lost its connection.</source>
        <translation>Der Server hat seine Verbindung verloren.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="77"/>
        <source>The server could not be found.</source>
        <translation>Der Server wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="79"/>
        <source>The server cannot fast forward or rewind this stream.</source>
        <translation>Der Server kann diesen Stream nicht vor- oder zurückspulen.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="83"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server antwortete mit dem HTTP-Status %1.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="84"/>
        <source>The server reported error 0x%1.</source>
        <translation>Der Server meldete den Fehler 0x%1.</translation>
    </message>
</context>
<context>
    <name>HresultText</name>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="22"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="24"/>
        <source>end of playlist entry</source>
        <translation>Ende des Wiedergabelisteneintrags</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="27"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="29"/>
        <source>path not found</source>
        <translation>Pfad nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="31"/>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="33"/>
        <source>invalid parameter in the request</source>
        <translation>ungültiger Parameter in der Anfrage</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="36"/>
        <source>the file could not be opened</source>
        <translation>die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="38"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="40"/>
        <source>network busy</source>
        <translation>Netzwerk ausgelastet</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="42"/>
        <source>too many sessions on the server</source>
        <translation>zu viele Sitzungen auf dem Server</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="44"/>
        <source>the server timed out</source>
        <translation>Zeitüberschreitung beim Server</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="46"/>
        <source>connection failure</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="48"/>
        <source>request invalid in the current state</source>
        <translation>Anfrage im aktuellen Zustand ungültig</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="50"/>
        <source>insufficient bandwidth</source>
        <translation>unzureichende Bandbreite</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="52"/>
        <source>no stream available</source>
        <translation>kein Stream verfügbar</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="54"/>
        <source>no more data in the stream</source>
        <translation>keine weiteren Daten im Stream</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="56"/>
        <source>server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="58"/>
        <source>fast forward or rewind refused</source>
        <translation>Vor- oder Zurückspulen abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="60"/>
        <source>the file is not valid ASF</source>
        <translation>die Datei ist kein gültiges ASF</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="64"/>
        <source>unknown server error</source>
        <translation>unbekannter Serverfehler</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="65"/>
        <source>unknown status</source>
        <translation>unbekannter Status</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Opening</source>
        <translation>Wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Reading header</source>
        <translation>Header wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Streaming</source>
        <translation>Stream läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Closing</source>
        <translation>Wird geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Playlist</source>
        <translation>Wiedergabeliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>The playlist could not be loaded: %1</source>
        <translation>Die Wiedergabeliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Save Stream</source>
        <translation>Stream speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Open URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Recent URLs</source>
        <translation>&amp;Zuletzt geöffnete URLs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Save Stream As…</source>
        <translation>Stream &amp;speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>S&amp;top Saving</source>
        <translation>Speichern b&amp;eenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>P&amp;revious Entry</source>
        <translation>&amp;Vorheriger Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Next Entry</source>
        <translation>&amp;Nächster Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Rewind</source>
        <translation>&amp;Zurückspulen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Fast &amp;Forward</source>
        <translation>V&amp;orspulen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;About MMS Player</source>
        <translation>Ü&amp;ber MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
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
        <translation>Wiedergabeliste öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Windows Media playlists (*.asx *.wax *.wvx);;All files (*)</source>
        <translation>Windows-Media-Wiedergabelisten (*.asx *.wax *.wvx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>stream.asf</source>
        <translation>stream.asf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Save Stream As</source>
        <translation>Stream speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Windows Media files (*.asf *.wmv *.wma);;All files (*)</source>
        <translation>Windows-Media-Dateien (*.asf *.wmv *.wma);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Saving to %1</source>
        <translation>Speichern in %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>About MMS Player</source>
        <translation>Über MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Plays Microsoft Media Server streams (mms:// and mmst://) of ASF content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Spielt Streams von Microsoft Media Server (mms:// und mmst://) mit ASF-Inhalten ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>&lt;p&gt;Copyright © The MMS Player developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © Die Entwickler von MMS Player.&lt;/p&gt;&lt;p&gt;Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Siehe &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Reconnecting (%1/%2)…</source>
        <translation>Verbindet erneut (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>End of stream</source>
        <translation>Ende des Streams</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>%1 (MMS over HTTP)</source>
        <extracomment>The session&apos;s state (&quot;Streaming&quot;) when it goes over HTTP (mmsh://, or after rollover).</extracomment>
        <translation>%1 (MMS über HTTP)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Buffer %1 KiB (%2 s)</source>
        <translation>Puffer %1 KiB (%2 s)</translation>
    </message>
</context>
<context>
    <name>MmsSession</name>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="28"/>
        <source>malformed %1: %2 at byte %3 (%4)</source>
        <translation>fehlerhafte Nachricht %1: %2 bei Byte %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="188"/>
        <source>%1 (tried MMS over TCP, then MMS over HTTP)</source>
        <translation>%1 (MMS über TCP, dann MMS über HTTP versucht)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="189"/>
        <source>%1 (MMS over HTTP, after MMS over TCP failed: %2)</source>
        <translation>%1 (MMS über HTTP, nachdem MMS über TCP scheiterte: %2)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="255"/>
        <source>the server closed the connection while %1</source>
        <translation>der Server hat die Verbindung im Zustand %1 geschlossen</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="258"/>
        <source>, in the middle of a message (%1 bytes of it received)</source>
        <translation>, mitten in einer Nachricht (%1 Bytes davon empfangen)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="272"/>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="276"/>
        <source>%1 port %2 refused the connection</source>
        <translation>%1 Port %2 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="304"/>
        <source>no complete message from the server for %1 ms while %2</source>
        <translation>seit %1 ms keine vollständige Nachricht vom Server im Zustand %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="53"/>
        <source>bad bytes from the server: %1 at byte %2 (%3)</source>
        <translation>fehlerhafte Bytes vom Server: %1 bei Byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="228"/>
        <source>a media Data packet arrived before ReportStartedPlaying</source>
        <translation>ein Medien-Datenpaket kam vor ReportStartedPlaying an</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="234"/>
        <source>a Data packet with incarnation %1 arrived while %2; none was requested</source>
        <translation>ein Datenpaket mit Inkarnation %1 kam im Zustand %2 an; es war keines angefordert</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="15"/>
        <source>the ASF header does not parse: %1 at byte %2 (%3)</source>
        <translation>der ASF-Header ist nicht lesbar: %1 bei Byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="24"/>
        <source>the ASF header&apos;s packet size %1 is unusable</source>
        <translation>die Paketgröße %1 des ASF-Headers ist unbrauchbar</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="38"/>
        <location filename="../core/session/mmssessionrequests.cpp" line="112"/>
        <source>the file has no audio or video stream</source>
        <translation>die Datei hat keinen Audio- oder Video-Stream</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="61"/>
        <source>Data packet %1 carries %2 bytes, more than the header&apos;s packet size %3</source>
        <translation>Datenpaket %1 enthält %2 Bytes, mehr als die Paketgröße %3 des Headers</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="71"/>
        <source>ASF data packet %1 is malformed: %2 at byte %3 (%4)</source>
        <translation>ASF-Datenpaket %1 ist fehlerhaft: %2 bei Byte %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="88"/>
        <location filename="../core/transport/mmsttransportplay.cpp" line="176"/>
        <source>%1 arrived while %2, out of order</source>
        <translation>%1 kam im Zustand %2 an, außerhalb der Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="209"/>
        <source>the server refused the TCP data transport: %1 (%2)</source>
        <translation>der Server hat die TCP-Datenübertragung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="226"/>
        <source>ReportOpenFile: packet size %1 is outside 1..%2</source>
        <translation>ReportOpenFile: Paketgröße %1 liegt außerhalb von 1..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="233"/>
        <source>ReportOpenFile announces a %1-byte header, over the limit of %2 bytes</source>
        <translation>ReportOpenFile kündigt einen Header mit %1 Bytes an, über der Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="271"/>
        <source>the server redirects to a proxy (&quot;%1&quot;), which is not supported</source>
        <translation>der Server leitet auf einen Proxy um („%1“), was nicht unterstützt wird</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="86"/>
        <source>bad bytes from the HTTP server: %1 at byte %2 (%3)</source>
        <translation>fehlerhafte Bytes vom HTTP-Server: %1 bei Byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="76"/>
        <source>the server sent bytes nobody asked for</source>
        <translation>der Server sandte Bytes, die niemand angefordert hat</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="231"/>
        <source>the server redirects a Play request</source>
        <translation>der Server leitet eine Play-Anfrage um</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreports.cpp" line="36"/>
        <source>more than %1 redirects; the last one pointed to %2</source>
        <translation>mehr als %1 Umleitungen; die letzte zeigte auf %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreports.cpp" line="45"/>
        <source>redirect to an unusable location &quot;%1&quot;: %2</source>
        <translation>Umleitung auf eine unbrauchbare Adresse „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="242"/>
        <source>the server sent a plain ASF file over HTTP, not an MMS stream</source>
        <translation>der Server sandte eine einfache ASF-Datei über HTTP, keinen MMS-Stream</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="248"/>
        <source>the server answered with a playlist that does not parse: %1</source>
        <translation>der Server antwortete mit einer Wiedergabeliste, die sich nicht lesen lässt: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="264"/>
        <source>the server answered with a playlist that names no MMS stream</source>
        <translation>der Server antwortete mit einer Wiedergabeliste ohne MMS-Stream</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="311"/>
        <source>the ASF Header Object claims %1 bytes, outside 30..%2</source>
        <translation>das ASF Header Object gibt %1 Bytes an, außerhalb von 30..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="135"/>
        <source>ReportStartedPlaying carries incarnation %1, StartPlaying sent %2</source>
        <translation>ReportStartedPlaying trägt Inkarnation %1, StartPlaying sandte %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="183"/>
        <source>ReportEndOfStream: %1 (%2)</source>
        <translation>ReportEndOfStream: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="213"/>
        <source>ReportStreamChange: packet size %1 is outside 1..%2</source>
        <translation>ReportStreamChange: Paketgröße %1 liegt außerhalb von 1..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="220"/>
        <source>ReportStreamChange announces a %1-byte header, over the limit of %2 bytes</source>
        <translation>ReportStreamChange kündigt einen Header mit %1 Bytes an, über der Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreconnect.cpp" line="49"/>
        <source>the connection was lost and %1 reconnect attempts failed; the last one: %2</source>
        <translation>die Verbindung ging verloren und %1 Wiederverbindungsversuche schlugen fehl; der letzte: %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrequests.cpp" line="111"/>
        <source>none of the requested streams is in the file</source>
        <translation>keiner der angeforderten Streams ist in der Datei</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="10"/>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="18"/>
        <source>the URL scheme must be mms://, mmst://, mmsh:// or http://, not &quot;%1&quot;</source>
        <translation>das URL-Schema muss mms://, mmst://, mmsh:// oder http:// sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="28"/>
        <source>the URL has no host</source>
        <translation>die URL hat keinen Host</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="34"/>
        <source>invalid port %1</source>
        <translation>ungültiger Port %1</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="30"/>
        <source>header fragment while no header transfer is running</source>
        <translation>Header-Fragment, obwohl keine Header-Übertragung läuft</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="34"/>
        <source>header fragment with LocationId %1, expected %2</source>
        <translation>Header-Fragment mit LocationId %1, erwartet war %2</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="39"/>
        <source>header fragment of %1 bytes, more than the packet size %2</source>
        <translation>Header-Fragment mit %1 Bytes, mehr als die Paketgröße %2</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="45"/>
        <source>the header grows past the %1 bytes that ReportOpenFile announced</source>
        <translation>der Header wächst über die %1 Bytes hinaus, die ReportOpenFile angekündigt hat</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="48"/>
        <source>the header grows past the limit of %1 bytes</source>
        <translation>der Header wächst über die Grenze von %1 Bytes hinaus</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="58"/>
        <source>the header has %1 bytes, ReportOpenFile announced %2</source>
        <translation>der Header hat %1 Bytes, ReportOpenFile hat %2 angekündigt</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession.cpp" line="83"/>
        <source>MMS over TCP</source>
        <translation>MMS über TCP</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession.cpp" line="85"/>
        <source>MMS over HTTP</source>
        <translation>MMS über HTTP</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="24"/>
        <source>mms:// URL: TCP first, HTTP on port %1 if TCP fails</source>
        <translation>mms://-URL: erst TCP, HTTP auf Port %1, falls TCP scheitert</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="52"/>
        <source>no answer on TCP port %1 within %2 ms</source>
        <translation>keine Antwort auf TCP-Port %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="64"/>
        <source>MMS over TCP failed (%1); trying HTTP on port %2</source>
        <translation>MMS über TCP scheiterte (%1); versuche HTTP auf Port %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportpipeline.cpp" line="61"/>
        <source>the server answers none of %1 pipelined requests</source>
        <translation>der Server beantwortet keine der %1 per Pipelining gesendeten Anfragen</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportpipeline.cpp" line="94"/>
        <source>the Play response ended without $E</source>
        <translation>die Antwort auf Play endete ohne $E</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/mmssessionauth.cpp" line="139"/>
        <source>the server refused the credentials of user &quot;%1&quot; (%2 scheme, %n refusal(s))</source>
        <translation>
            <numerusform>der Server hat die Anmeldedaten von Benutzer „%1“ abgelehnt (Verfahren %2, %n Ablehnung)</numerusform>
            <numerusform>der Server hat die Anmeldedaten von Benutzer „%1“ abgelehnt (Verfahren %2, %n Ablehnungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionauth.cpp" line="145"/>
        <source>the server asks for a user name and password (%1 scheme%2) and none were given</source>
        <translation>der Server verlangt einen Benutzernamen und ein Passwort (Verfahren %1%2), es wurden aber keine angegeben</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionauth.cpp" line="149"/>
        <source>, realm &quot;%1&quot;</source>
        <translation>, Bereich „%1“</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="29"/>
        <source>malformed NTLM token in SecurityChallenge: %1</source>
        <translation>fehlerhaftes NTLM-Token in SecurityChallenge: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="37"/>
        <source>the server sent an NTLM CHALLENGE before our NEGOTIATE</source>
        <translation>der Server sandte ein NTLM-CHALLENGE vor unserem NEGOTIATE</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="103"/>
        <location filename="../core/transport/mmsttransportauth.cpp" line="45"/>
        <source>the server&apos;s NTLM CHALLENGE cannot be answered: %1</source>
        <translation>auf das NTLM-CHALLENGE des Servers kann nicht geantwortet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="82"/>
        <source>the user name &quot;%1&quot; cannot be sent with Basic authentication (it is empty or holds a colon)</source>
        <translation>der Benutzername „%1“ kann nicht mit Basic-Authentifizierung gesendet werden (er ist leer oder enthält einen Doppelpunkt)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="94"/>
        <source>the server&apos;s NTLM challenge is not base64 (or over 16 KiB)</source>
        <translation>die NTLM-Challenge des Servers ist kein Base64 (oder größer als 16 KiB)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="115"/>
        <source>the server asks for credentials in a way not supported (HTTP 401, %1)</source>
        <translation>der Server verlangt Anmeldedaten auf eine nicht unterstützte Weise (HTTP 401, %1)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="116"/>
        <source>no scheme announced</source>
        <translation>kein Verfahren angegeben</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="160"/>
        <source>ReportStartStriding carries incarnation %1, StartStriding sent %2</source>
        <translation>ReportStartStriding trägt Inkarnation %1, StartStriding sandte %2</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <location filename="../ui/openurldialog.cpp" line="17"/>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="23"/>
        <source>mms://server/path/file.wmv</source>
        <translation>mms://server/pfad/datei.wmv</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="27"/>
        <source>&amp;Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):</source>
        <translation>&amp;Adresse eines MMS-Streams (mms:// oder mmst://) oder einer Wiedergabeliste (http://):</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="65"/>
        <source>Enter the address of a stream or a playlist.</source>
        <translation>Geben Sie die Adresse eines Streams oder einer Wiedergabeliste ein.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="68"/>
        <source>This address is not a valid URL.</source>
        <translation>Diese Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="71"/>
        <source>The address must start with mms://, mmst:// or http://.</source>
        <translation>Die Adresse muss mit mms://, mmst:// oder http:// beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="73"/>
        <source>The address names no file.</source>
        <translation>Die Adresse nennt keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="78"/>
        <source>Only mms://, mmst:// and http:// addresses are supported, not %1://.</source>
        <translation>Nur mms://-, mmst://- und http://-Adressen werden unterstützt, nicht %1://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="81"/>
        <source>The address has no server name.</source>
        <translation>Die Adresse enthält keinen Servernamen.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="83"/>
        <source>The address names no file or stream on the server.</source>
        <translation>Die Adresse nennt keine Datei und keinen Stream auf dem Server.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../ui/passwordstore.cpp" line="63"/>
        <source>Passwords cannot be remembered: this system has no keychain (such as GNOME Keyring or KWallet) running.</source>
        <translation>Passwörter können nicht gespeichert werden: Auf diesem System läuft kein Schlüsselbund (etwa GNOME Keyring oder KWallet).</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <location filename="../ui/playbackcontroller.cpp" line="432"/>
        <source>The player cannot decode this stream.</source>
        <translation>Der Player kann diesen Stream nicht dekodieren.</translation>
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
        <translation>Vorspulen mit %1×</translation>
    </message>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="165"/>
        <source>striding backwards at %1×</source>
        <extracomment>Rewind; %1 is the speed, e.g. &quot;striding backwards at 5×&quot;.</extracomment>
        <translation>Zurückspulen mit %1×</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/playercontrols.cpp" line="22"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="36"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="45"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="78"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="78"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="132"/>
        <source>Unmute</source>
        <translation>Ton einschalten</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="132"/>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="162"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="170"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="193"/>
        <source>Rewind (now %1×; press for faster)</source>
        <translation>Zurückspulen (jetzt %1×; erneut drücken für schneller)</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="193"/>
        <source>Rewind</source>
        <translation>Zurückspulen</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="195"/>
        <source>Fast forward (now %1×; press for faster)</source>
        <translation>Vorspulen (jetzt %1×; erneut drücken für schneller)</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="195"/>
        <source>Fast forward</source>
        <translation>Vorspulen</translation>
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
        <translation>Puffern %1 %</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="20"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="20"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="25"/>
        <source>Previous entry</source>
        <translation>Vorheriger Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="28"/>
        <source>Next entry</source>
        <translation>Nächster Eintrag</translation>
    </message>
</context>
<context>
    <name>PlaylistText</name>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="64"/>
        <source>no &lt;ASX&gt; element</source>
        <translation>kein &lt;ASX&gt;-Element</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="67"/>
        <source>input ends inside &lt;%1&gt; opened at %2</source>
        <translation>die Eingabe endet innerhalb von &lt;%1&gt;, geöffnet bei %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="80"/>
        <source>text before &lt;ASX&gt;</source>
        <translation>Text vor &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="100"/>
        <source>the root element is &lt;%1&gt;, not &lt;ASX&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="102"/>
        <source>&lt;ASX&gt; inside &lt;%1&gt;</source>
        <translation>&lt;ASX&gt; innerhalb von &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="105"/>
        <source>elements nested more than %1 deep</source>
        <translation>Elemente mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="112"/>
        <source>&lt;REF&gt; outside &lt;ENTRY&gt; ignored</source>
        <translation>&lt;REF&gt; außerhalb von &lt;ENTRY&gt; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="114"/>
        <source>&lt;REF&gt; without HREF ignored</source>
        <translation>&lt;REF&gt; ohne HREF ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="117"/>
        <source>more than %1 REFs in one ENTRY</source>
        <translation>mehr als %1 REFs in einem ENTRY</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="125"/>
        <source>&lt;BASE&gt; without HREF ignored</source>
        <translation>&lt;BASE&gt; ohne HREF ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="131"/>
        <source>&lt;BASE&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;BASE&gt; innerhalb von &lt;%1&gt; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="134"/>
        <source>&lt;REPEAT&gt; inside &lt;%1&gt;</source>
        <translation>&lt;REPEAT&gt; innerhalb von &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="151"/>
        <source>&lt;ENTRY&gt; inside &lt;%1&gt;</source>
        <translation>&lt;ENTRY&gt; innerhalb von &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="152"/>
        <source>&lt;ENTRYREF&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;ENTRYREF&gt; innerhalb von &lt;%1&gt; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="156"/>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="129"/>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="167"/>
        <source>&lt;ENTRYREF&gt; without HREF ignored</source>
        <translation>&lt;ENTRYREF&gt; ohne HREF ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="177"/>
        <source>&lt;PARAM&gt; without NAME ignored</source>
        <translation>&lt;PARAM&gt; ohne NAME ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="185"/>
        <source>&lt;PARAM&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;PARAM&gt; innerhalb von &lt;%1&gt; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="191"/>
        <source>only the first &lt;REPEAT&gt; counts; this one plays once</source>
        <translation>nur das erste &lt;REPEAT&gt; zählt; dieses wird einmal abgespielt</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="198"/>
        <source>&lt;REPEAT&gt; without COUNT (forever) plays once</source>
        <translation>&lt;REPEAT&gt; ohne COUNT (endlos) wird einmal abgespielt</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="203"/>
        <source>&lt;REPEAT&gt; COUNT &quot;%1&quot; is not a number; plays once</source>
        <translation>&lt;REPEAT&gt; COUNT „%1“ ist keine Zahl; wird einmal abgespielt</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="217"/>
        <source>&lt;/%1&gt; without a start tag</source>
        <translation>&lt;/%1&gt; ohne Start-Tag</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="219"/>
        <source>&lt;/%1&gt; does not close &lt;%2&gt; opened at %3</source>
        <translation>&lt;/%1&gt; schließt nicht das bei %3 geöffnete &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="267"/>
        <source>content after &lt;/ASX&gt; ignored</source>
        <translation>Inhalt nach &lt;/ASX&gt; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="279"/>
        <source>&lt;BASE&gt; ignored: %1</source>
        <translation>&lt;BASE&gt; ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="289"/>
        <source>&lt;BASE&gt; of this ENTRY ignored: %1</source>
        <translation>&lt;BASE&gt; dieses ENTRY ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="296"/>
        <source>&lt;ENTRYREF&gt; ignored: %1</source>
        <translation>&lt;ENTRYREF&gt; ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="304"/>
        <source>&lt;REF&gt; ignored: %1</source>
        <translation>&lt;REF&gt; ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="309"/>
        <source>&lt;ENTRY&gt; without a usable REF skipped</source>
        <translation>&lt;ENTRY&gt; ohne brauchbares REF übersprungen</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="325"/>
        <source>&lt;REPEAT&gt; COUNT cut to %1: a playlist holds at most %2 entries</source>
        <translation>&lt;REPEAT&gt; COUNT auf %1 gekürzt: eine Wiedergabeliste fasst höchstens %2 Einträge</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="364"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="372"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="62"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="79"/>
        <source>empty URL</source>
        <translation>leere URL</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="87"/>
        <source>relative URL &quot;%1&quot; and no base URL</source>
        <translation>relative URL „%1“ und keine Basis-URL</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="93"/>
        <source>&quot;%1&quot; is not a valid URL (%2)</source>
        <translation>„%1“ ist keine gültige URL (%2)</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="105"/>
        <source>playlist is larger than %1 bytes</source>
        <translation>die Wiedergabeliste ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="107"/>
        <source>this is ASF media, not a playlist</source>
        <translation>dies ist ASF-Medium, keine Wiedergabeliste</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="115"/>
        <source>playlist is empty</source>
        <translation>die Wiedergabeliste ist leer</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="138"/>
        <source>not an ASX playlist, [Reference] list or URL</source>
        <translation>weder ASX-Wiedergabeliste noch [Reference]-Liste noch URL</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="142"/>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>kein gültiges UTF-8; als Latin-1 gelesen</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="96"/>
        <source>invalid character reference &amp;%1;</source>
        <translation>ungültige Zeichenreferenz &amp;%1;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="159"/>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="163"/>
        <source>CDATA section is not closed</source>
        <translation>CDATA-Abschnitt ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="172"/>
        <source>&lt;! declaration</source>
        <translation>&lt;!-Deklaration</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="175"/>
        <source>&lt;? processing instruction</source>
        <translation>&lt;?-Verarbeitungsanweisung</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="185"/>
        <source>%1 is not closed</source>
        <translation>%1 ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="215"/>
        <source>&apos;&lt;/&apos; is not followed by an element name</source>
        <translation>auf „&lt;/“ folgt kein Elementname</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="219"/>
        <source>end tag &lt;/%1&gt; is not closed with &apos;&gt;&apos;</source>
        <translation>End-Tag &lt;/%1&gt; ist nicht mit „&gt;“ abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="232"/>
        <source>&apos;&lt;&apos; is not followed by an element name</source>
        <translation>auf „&lt;“ folgt kein Elementname</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="237"/>
        <location filename="../core/playlist/asxtokenizer.cpp" line="282"/>
        <source>tag &lt;%1&gt; is not closed with &apos;&gt;&apos;</source>
        <translation>Tag &lt;%1&gt; ist nicht mit „&gt;“ abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="249"/>
        <source>more than %1 attributes in &lt;%2&gt;</source>
        <translation>mehr als %1 Attribute in &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="264"/>
        <source>unexpected &apos;%1&apos; in tag &lt;%2&gt;</source>
        <translation>unerwartetes „%1“ im Tag &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="269"/>
        <source>attribute %1 appears twice in &lt;%2&gt;</source>
        <translation>Attribut %1 kommt in &lt;%2&gt; doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="275"/>
        <location filename="../core/playlist/asxtokenizer.cpp" line="305"/>
        <source>attribute %1 in &lt;%2&gt; has no value</source>
        <translation>Attribut %1 in &lt;%2&gt; hat keinen Wert</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="292"/>
        <source>value of attribute %1 in &lt;%2&gt; is not closed</source>
        <translation>Wert des Attributs %1 in &lt;%2&gt; ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="72"/>
        <source>line %1: not a Key=Value line; ignored</source>
        <translation>Zeile %1: keine Schlüssel=Wert-Zeile; ignoriert</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="81"/>
        <source>line %1: %2 ignored: %3</source>
        <translation>Zeile %1: %2 ignoriert: %3</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="88"/>
        <source>more than %1 Ref lines</source>
        <translation>mehr als %1 Ref-Zeilen</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="92"/>
        <source>[Reference] list has no usable RefN= line</source>
        <translation>die [Reference]-Liste hat keine brauchbare RefN=-Zeile</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="126"/>
        <source>line is not a URL: &quot;%1&quot;</source>
        <translation>die Zeile ist keine URL: „%1“</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="41"/>
        <source>cannot fetch a playlist over %1://</source>
        <translation>eine Wiedergabeliste kann nicht über %1:// abgerufen werden</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="83"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="84"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="88"/>
        <location filename="../core/playlist/playlistfetcher.cpp" line="99"/>
        <source>file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="128"/>
        <source>response of %1 bytes is larger than the %2-byte limit</source>
        <translation>die Antwort mit %1 Bytes ist größer als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="154"/>
        <source>response is larger than the %1-byte limit</source>
        <translation>die Antwort ist größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="188"/>
        <location filename="../core/playlist/playlistfetcher.cpp" line="194"/>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Umleitungen</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="192"/>
        <source>timed out after %1 ms without data</source>
        <translation>Zeitüberschreitung nach %1 ms ohne Daten</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="113"/>
        <location filename="../core/playlist/playlistloader.cpp" line="186"/>
        <source>playlist loop: %1</source>
        <translation>Schleife in Wiedergabelisten: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="169"/>
        <source>ENTRYREF skipped: %1</source>
        <translation>ENTRYREF übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="190"/>
        <source>playlists nested more than %1 deep at %2</source>
        <translation>Wiedergabelisten mehr als %1 Ebenen tief verschachtelt bei %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="196"/>
        <source>ENTRYREF skipped: %1 names a local file but %2 is not one</source>
        <translation>ENTRYREF übersprungen: %1 nennt eine lokale Datei, %2 ist aber keine</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="213"/>
        <source>%1: no playable entries</source>
        <translation>%1: keine abspielbaren Einträge</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="229"/>
        <source>more than %1 entries in all playlists</source>
        <translation>mehr als %1 Einträge in allen Wiedergabelisten</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxwarnings.h" line="32"/>
        <source>... and %1 more warnings</source>
        <translation>... und %1 weitere Warnungen</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="22"/>
        <source>%1: needs %2 bytes, %3 left in the message</source>
        <translation>%1: braucht %2 Bytes, %3 übrig in der Nachricht</translation>
    </message>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="86"/>
        <source>%1 %2 exceeds the %3 bytes left for %4</source>
        <translation>%1 %2 übersteigt die %3 Bytes, die für %4 übrig sind</translation>
    </message>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="108"/>
        <source>%1: %2 characters claimed, %3 bytes left in the message</source>
        <translation>%1: %2 Zeichen angegeben, %3 Bytes übrig in der Nachricht</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="39"/>
        <source>Data packet header needs 8 bytes</source>
        <translation>Datenpaket-Header braucht 8 Bytes</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="51"/>
        <location filename="../core/protocol/streamsplitter.cpp" line="45"/>
        <source>Data packet PacketSize %1 leaves no payload</source>
        <translation>Datenpaket: PacketSize %1 lässt keine Nutzlast übrig</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="56"/>
        <source>Data packet needs %1 bytes</source>
        <translation>Datenpaket braucht %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="37"/>
        <source>message of %1 bytes has no chunkLen and MID</source>
        <translation>Nachricht mit %1 Bytes hat kein chunkLen und keine MID</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="44"/>
        <source>chunkLen %1 (%2 bytes) does not fit the %3 bytes of the message</source>
        <translation>chunkLen %1 (%2 Bytes) passt nicht zu den %3 Bytes der Nachricht</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="52"/>
        <source>MID 0x%1 (%2) where %3 was expected</source>
        <translation>MID 0x%1 (%2), wo %3 erwartet wurde</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="48"/>
        <source>Data packet PacketSize %1 is over the limit of %2</source>
        <translation>Datenpaket: PacketSize %1 über der Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="56"/>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="80"/>
        <source>rep %1 is not 1</source>
        <translation>rep %1 ist nicht 1</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="59"/>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="83"/>
        <source>version %1.%2 is not 0.0</source>
        <translation>Version %1.%2 ist nicht 0.0</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="67"/>
        <source>messageLength %1 is not 16 + a non-empty multiple of 8</source>
        <translation>messageLength %1 ist nicht 16 + ein nicht leeres Vielfaches von 8</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="72"/>
        <source>command packet of %1 bytes is over the limit of %2</source>
        <translation>Befehlspaket mit %1 Bytes über der Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="79"/>
        <source>seal 0x%1 is not &quot;MMS &quot;</source>
        <translation>seal 0x%1 ist nicht „MMS “</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="92"/>
        <source>chunkLen %1 does not fit messageLength %2</source>
        <translation>chunkLen %1 passt nicht zu messageLength %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="58"/>
        <source>TcpMessageHeader needs 32 bytes</source>
        <translation>TcpMessageHeader braucht 32 Bytes</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="87"/>
        <source>sessionId %1 is not 0xb00bface</source>
        <translation>sessionId %1 ist nicht 0xb00bface</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="91"/>
        <source>messageLength %1 is not 16 + a multiple of 8</source>
        <translation>messageLength %1 ist nicht 16 + ein Vielfaches von 8</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="95"/>
        <source>seal %1 is not &quot;MMS &quot;</source>
        <translation>seal %1 ist nicht „MMS “</translation>
    </message>
    <message>
        <location filename="../core/protocol/viewertomac.cpp" line="120"/>
        <source>OpenFile token at %1 + cbtoken %2 exceeds the %3 bytes after fileName</source>
        <translation>OpenFile: token bei %1 + cbtoken %2 übersteigt die %3 Bytes nach fileName</translation>
    </message>
    <message>
        <location filename="../core/protocol/viewertomac.cpp" line="191"/>
        <source>cStreamEntries %1: more than %2 or more than the %3 bytes left hold</source>
        <translation>cStreamEntries %1: mehr als %2 oder mehr, als die %3 übrigen Bytes fassen</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <location filename="../app/recorder.cpp" line="111"/>
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
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>&amp;Remember the volume when MMS Player closes</source>
        <translation>&amp;Lautstärke beim Beenden von MMS Player merken</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="25"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="32"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>For streams with several bit rates, the best streams that fit within this limit are chosen.</source>
        <translation>Bei Streams mit mehreren Bitraten werden die besten Streams gewählt, die in dieses Limit passen.</translation>
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
        <translation>Wie viel vom Stream empfangen wird, bevor die Wiedergabe beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>How long to wait for a silent server before giving up.</source>
        <translation>Wie lange auf einen schweigenden Server gewartet wird, bevor aufgegeben wird.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>How long an mms:// link waits for an answer over TCP (port 1755) before it tries MMS over HTTP, as Windows Media Player does.</source>
        <translation>Wie lange ein mms://-Link auf eine Antwort über TCP (Port 1755) wartet, bevor er MMS über HTTP versucht, wie es Windows Media Player tut.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="77"/>
        <source>A new language is used the next time MMS Player starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MMS Player.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>&amp;Maximum bit rate:</source>
        <translation>Maximale &amp;Bitrate:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>&amp;Buffering time:</source>
        <translation>&amp;Pufferzeit:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84"/>
        <source>Network &amp;timeout:</source>
        <translation>Netzwerk-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="85"/>
        <source>Try &amp;HTTP after:</source>
        <translation>&amp;HTTP versuchen nach:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="95"/>
        <source>Changes apply to the next stream you open.</source>
        <translation>Änderungen gelten ab dem nächsten geöffneten Stream.</translation>
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
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="44"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="45"/>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="46"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="47"/>
        <source>Bit rate of the selected streams:</source>
        <translation>Bitrate der gewählten Streams:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="48"/>
        <source>Received bit rate:</source>
        <translation>Empfangene Bitrate:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="49"/>
        <source>Packets received:</source>
        <translation>Empfangene Pakete:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="50"/>
        <source>Packets late:</source>
        <translation>Verspätete Pakete:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="51"/>
        <source>Packets lost:</source>
        <translation>Verlorene Pakete:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="52"/>
        <source>Packets skipped by stream selection:</source>
        <translation>Durch Streamauswahl übersprungene Pakete:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="53"/>
        <source>Buffer:</source>
        <translation>Puffer:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="54"/>
        <source>Frames rendered:</source>
        <translation>Dargestellte Frames:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="55"/>
        <source>Frames dropped (estimated):</source>
        <translation>Verworfene Frames (geschätzt):</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="56"/>
        <source>Playback:</source>
        <translation>Wiedergabe:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="59"/>
        <source>A packet is late when it arrives after the buffering time could cover it. Lost packets are gaps in the packet numbers while every stream is selected. Dropped frames are gaps in the presentation times of the frames shown.</source>
        <translation>Ein Paket ist verspätet, wenn es ankommt, nachdem die Pufferzeit es hätte abdecken können. Verlorene Pakete sind Lücken in den Paketnummern, während alle Streams gewählt sind. Verworfene Frames sind Lücken in den Darstellungszeiten der angezeigten Frames.</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="92"/>
        <source>MMS over HTTP</source>
        <translation>MMS über HTTP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="93"/>
        <source>MMS over TCP</source>
        <translation>MMS über TCP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="105"/>
        <source>%1 KiB (%2 s)</source>
        <translation>%1 KiB (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="108"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
</context>
<context>
    <name>StreamRecorder</name>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="37"/>
        <source>The file %1 could not be created: %2</source>
        <translation>Die Datei %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="54"/>
        <source>The recording %1 could not be completed: %2</source>
        <translation>Die Aufnahme %1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="96"/>
        <source>Recording to %1 failed: %2</source>
        <translation>Die Aufnahme in %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Bit rate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="33"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="35"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="37"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="41"/>
        <source>Other</source>
        <translation>Sonstige</translation>
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
        <translation>Aus den bisher empfangenen Daten gemessen: der Header des Streams nennt keine Bitrate.</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="103"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="105"/>
        <source>The stream&apos;s header does not state its bit rate; it is measured while the stream plays.</source>
        <translation>Der Header des Streams nennt keine Bitrate; sie wird während der Wiedergabe gemessen.</translation>
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
            <numerusform>%1 Hz, %n Kanal</numerusform>
            <numerusform>%1 Hz, %n Kanäle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="96"/>
        <source>Plays mms:// and mmst:// streams.</source>
        <translation>Spielt mms://- und mmst://-Streams ab.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="101"/>
        <source>Stream or playlist (.asx, .wax, .wvx file or http:// URL) to play; without one, the built-in demo.</source>
        <translation>Abzuspielender Stream oder abzuspielende Wiedergabeliste (.asx-, .wax-, .wvx-Datei oder http://-URL); ohne Angabe die eingebaute Demo.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="133"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="134"/>
        <source>The built-in demo server could not start: %1</source>
        <translation>Der eingebaute Demo-Server konnte nicht starten: %1</translation>
    </message>
</context>
</TS>
