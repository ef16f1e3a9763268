<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AsfRecordWriter</name>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="44"/>
        <source>not open, failed, or the header is written already</source>
        <translation>non ouvert, en échec, ou l&apos;en-tête est déjà écrit</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="46"/>
        <source>unusable packet size %1</source>
        <translation>taille de paquet %1 inutilisable</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="48"/>
        <source>the header is not a Header Object plus a Data Object preamble</source>
        <translation>l&apos;en-tête n&apos;est pas un Header Object suivi du préambule d&apos;un Data Object</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="66"/>
        <source>the header has no File Properties object</source>
        <translation>l&apos;en-tête n&apos;a pas d&apos;objet File Properties</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="76"/>
        <source>a packet before the header, after finish() or after an error</source>
        <translation>un paquet avant l&apos;en-tête, après finish() ou après une erreur</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="80"/>
        <source>a packet of %1 bytes, the header&apos;s packet size is %2</source>
        <translation>un paquet de %1 octets, la taille de paquet de l&apos;en-tête est %2</translation>
    </message>
</context>
<context>
    <name>AsfText</name>
    <message>
        <location filename="../core/asf/asffile.cpp" line="40"/>
        <source>%1: %2 bytes, too short for an ASF Header Object</source>
        <translation>%1&#xa0;: %2 octets, trop court pour un Header Object ASF</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="51"/>
        <source>Data Object: file ends after the Header Object</source>
        <translation>Data Object&#xa0;: le fichier se termine après le Header Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="52"/>
        <source>Header Object: size %1 runs past the end of the file (%2 bytes)</source>
        <translation>Header Object&#xa0;: la taille %1 dépasse la fin du fichier (%2 octets)</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="63"/>
        <source>%1: short read of the header: %2</source>
        <translation>%1&#xa0;: lecture incomplète de l&apos;en-tête&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="107"/>
        <source>Data Object: packet %1 requested, the file has %2</source>
        <translation>Data Object&#xa0;: paquet %1 demandé, le fichier en a %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="129"/>
        <source>the file ends before byte %1</source>
        <translation>le fichier se termine avant l&apos;octet %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="132"/>
        <source>Data Object: reading packet %1: %2</source>
        <translation>Data Object&#xa0;: lecture du paquet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="33"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="64"/>
        <source>%1: %2 trailing bytes, too few for an object header</source>
        <translation>%1&#xa0;: %2 octets restants, trop peu pour un en-tête d&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="40"/>
        <source>%1: child object %2 has size %3, smaller than its 24-byte header</source>
        <translation>%1&#xa0;: l&apos;objet enfant %2 a une taille de %3, inférieure à son en-tête de 24 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="45"/>
        <source>%1: child object %2 claims %3 bytes, only %4 remain</source>
        <translation>%1&#xa0;: l&apos;objet enfant %2 annonce %3 octets, il n&apos;en reste que %4</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="58"/>
        <source>File Properties: a second File Properties Object</source>
        <translation>File Properties&#xa0;: un second File Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="61"/>
        <source>File Properties: object size %1, must be 104</source>
        <translation>File Properties&#xa0;: taille d&apos;objet %1, doit être 104</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="82"/>
        <source>File Properties: packet size 0 (min %1, max %2)</source>
        <translation>File Properties&#xa0;: taille de paquet 0 (min. %1, max. %2)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="87"/>
        <source>File Properties: minimum packet size %1 differs from maximum %2</source>
        <translation>File Properties&#xa0;: la taille de paquet minimale %1 diffère de la maximale %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="92"/>
        <source>File Properties: packet size %1 over our limit of %2</source>
        <translation>File Properties&#xa0;: taille de paquet %1 au-delà de notre limite de %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="97"/>
        <source>File Properties: preroll %1 ms over our limit of %2 ms</source>
        <translation>File Properties&#xa0;: préchargement de %1 ms au-delà de notre limite de %2 ms</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="105"/>
        <source>File Properties: play duration %1 / send duration %2 (100 ns) over our limit of %3</source>
        <translation>File Properties&#xa0;: durée de lecture %1 / durée d&apos;envoi %2 (100 ns) au-delà de notre limite de %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="122"/>
        <source>Content Description: object size %1, minimum 34</source>
        <translation>Content Description&#xa0;: taille d&apos;objet %1, minimum 34</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="129"/>
        <source>Content Description: string lengths total %1, only %2 bytes present</source>
        <translation>Content Description&#xa0;: les longueurs de chaînes totalisent %1, seuls %2 octets sont présents</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="147"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="202"/>
        <source>Header Extension: object size %1, minimum 46</source>
        <translation>Header Extension&#xa0;: taille d&apos;objet %1, minimum 46</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="150"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="205"/>
        <source>Header Extension: data size %1, only %2 bytes in the object</source>
        <translation>Header Extension&#xa0;: taille des données %1, seulement %2 octets dans l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="179"/>
        <source>Header Object: no File Properties Object</source>
        <translation>Header Object&#xa0;: aucun File Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="182"/>
        <source>Header Object: no Stream Properties Object</source>
        <translation>Header Object&#xa0;: aucun Stream Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="254"/>
        <source>Header Object: wrong GUID</source>
        <translation>Header Object&#xa0;: GUID incorrect</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="259"/>
        <source>Header Object: %1 of 30 preamble bytes</source>
        <translation>Header Object&#xa0;: %1 des 30 octets du préambule</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="266"/>
        <source>Header Object: size %1, minimum 30</source>
        <translation>Header Object&#xa0;: taille %1, minimum 30</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="271"/>
        <source>Header Object: size %1 over our limit of %2</source>
        <translation>Header Object&#xa0;: taille %1 au-delà de notre limite de %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="291"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="293"/>
        <source>Header Object: %1 of %2 bytes</source>
        <translation>Header Object&#xa0;: %1 octets sur %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="299"/>
        <source>Header Object: %1 header objects cannot fit in %2 bytes</source>
        <translation>Header Object&#xa0;: %1 objets d&apos;en-tête ne tiennent pas dans %2 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="316"/>
        <source>Data Object: %1 of 50 preamble bytes</source>
        <translation>Data Object&#xa0;: %1 des 50 octets du préambule</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="329"/>
        <source>Data Object: not found after the Header Object</source>
        <translation>Data Object&#xa0;: introuvable après le Header Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="335"/>
        <source>Data Object: size %1, minimum 50</source>
        <translation>Data Object&#xa0;: taille %1, minimum 50</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="21"/>
        <source>Data packet: %1</source>
        <translation>Paquet de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="37"/>
        <source>payload %1 header runs past the packet</source>
        <translation>l&apos;en-tête de la charge utile %1 dépasse le paquet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="43"/>
        <source>payload %1 has stream number 0</source>
        <translation>la charge utile %1 a le numéro de flux 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="53"/>
        <source>payload %1 replicated data runs past the packet</source>
        <translation>les données répliquées de la charge utile %1 dépassent le paquet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="61"/>
        <source>payload %1 replicated data length %2, %3 bytes left</source>
        <translation>charge utile %1&#xa0;: longueur des données répliquées %2, %3 octets restants</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="72"/>
        <source>payload %1 replicated data length %2 (must be 0, 1 or &gt;= 8)</source>
        <translation>charge utile %1&#xa0;: longueur des données répliquées %2 (doit être 0, 1 ou &gt;= 8)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="82"/>
        <source>payload %1 length %2, %3 bytes left</source>
        <translation>charge utile %1&#xa0;: longueur %2, %3 octets restants</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="97"/>
        <source>payload %1 compressed sub-payload of %2 bytes runs past the payload</source>
        <translation>charge utile %1&#xa0;: la sous-charge compressée de %2 octets dépasse la charge utile</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="117"/>
        <source>Data packet: packet size %1 (1..%2)</source>
        <translation>Paquet de données&#xa0;: taille de paquet %1 (1..%2)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="123"/>
        <source>%1 bytes, longer than the packet size %2</source>
        <translation>%1 octets, plus long que la taille de paquet %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="130"/>
        <source>empty packet</source>
        <translation>paquet vide</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="137"/>
        <source>error correction length type %1 (must be 0)</source>
        <translation>type de longueur de correction d&apos;erreurs %1 (doit être 0)</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="139"/>
        <source>error correction data runs past the packet</source>
        <translation>les données de correction d&apos;erreurs dépassent le paquet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="155"/>
        <source>payload parsing information runs past the %1 bytes</source>
        <translation>les informations d&apos;analyse de charge utile dépassent les %1 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="162"/>
        <source>Packet Length %1 over the packet size %2</source>
        <translation>Packet Length %1 au-delà de la taille de paquet %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="167"/>
        <source>Packet Length %1 shorter than its %2-byte header</source>
        <translation>Packet Length %1 plus court que son en-tête de %2 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="172"/>
        <source>Padding Length %1 over the %2 bytes after the header</source>
        <translation>Padding Length %1 au-delà des %2 octets après l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="185"/>
        <source>no Payload Flags byte</source>
        <translation>pas d&apos;octet Payload Flags</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="191"/>
        <source>multiple-payload packet with 0 payloads</source>
        <translation>paquet à charges utiles multiples avec 0 charge utile</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="194"/>
        <source>multiple-payload packet without payload lengths</source>
        <translation>paquet à charges utiles multiples sans longueurs de charge utile</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacketbuild.cpp" line="64"/>
        <source>Data packet: %1 bytes after adding a Padding Length field, over the packet size %2</source>
        <translation>Paquet de données&#xa0;: %1 octets après ajout d&apos;un champ Padding Length, au-delà de la taille de paquet %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="66"/>
        <source>Stream Properties: audio format data of %1 bytes, WAVEFORMATEX needs 16</source>
        <translation>Stream Properties&#xa0;: données de format audio de %1 octets, WAVEFORMATEX en exige 16</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="80"/>
        <source>Stream Properties: stream %1 has 0 audio channels</source>
        <translation>Stream Properties&#xa0;: le flux %1 a 0 canal audio</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="83"/>
        <source>Stream Properties: stream %1 sample rate %2 Hz</source>
        <translation>Stream Properties&#xa0;: flux %1, fréquence d&apos;échantillonnage %2 Hz</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="99"/>
        <source>Stream Properties: video format data of %1 bytes, needs 11</source>
        <translation>Stream Properties&#xa0;: données de format vidéo de %1 octets, il en faut 11</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="109"/>
        <source>Stream Properties: video format data size %1 exceeds the %2 bytes present</source>
        <translation>Stream Properties&#xa0;: la taille des données de format vidéo %1 dépasse les %2 octets présents</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="115"/>
        <source>Stream Properties: video size %1x%2 over our limit of %3</source>
        <translation>Stream Properties&#xa0;: taille vidéo %1x%2 au-delà de notre limite de %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="142"/>
        <source>Stream Properties: object size %1, minimum 78</source>
        <translation>Stream Properties&#xa0;: taille d&apos;objet %1, minimum 78</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="158"/>
        <source>Stream Properties: type-specific data (%1) + error correction data (%2) exceed the %3 bytes left in the object</source>
        <translation>Stream Properties&#xa0;: données propres au type (%1) + données de correction d&apos;erreurs (%2) dépassent les %3 octets restant dans l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="168"/>
        <source>Stream Properties: stream number 0</source>
        <translation>Stream Properties&#xa0;: numéro de flux 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="171"/>
        <source>Stream Properties: more than %1 streams</source>
        <translation>Stream Properties&#xa0;: plus de %1 flux</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="174"/>
        <source>Stream Properties: stream number %1 declared twice</source>
        <translation>Stream Properties&#xa0;: numéro de flux %1 déclaré deux fois</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="201"/>
        <source>Extended Stream Properties: object size %1, minimum 88</source>
        <translation>Extended Stream Properties&#xa0;: taille d&apos;objet %1, minimum 88</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="215"/>
        <source>Extended Stream Properties: stream number %1</source>
        <translation>Extended Stream Properties&#xa0;: numéro de flux %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="219"/>
        <source>Extended Stream Properties: stream %1 described twice</source>
        <translation>Extended Stream Properties&#xa0;: flux %1 décrit deux fois</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="227"/>
        <source>Extended Stream Properties: %1 stream names cannot fit in %2 bytes</source>
        <translation>Extended Stream Properties&#xa0;: %1 noms de flux ne tiennent pas dans %2 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="235"/>
        <source>Extended Stream Properties: stream name %1 runs past the object</source>
        <translation>Extended Stream Properties&#xa0;: le nom de flux %1 dépasse l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="243"/>
        <source>Extended Stream Properties: %1 payload extension systems cannot fit in %2 bytes</source>
        <translation>Extended Stream Properties&#xa0;: %1 systèmes d&apos;extension de charge utile ne tiennent pas dans %2 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="253"/>
        <source>Extended Stream Properties: payload extension system %1 runs past the object</source>
        <translation>Extended Stream Properties&#xa0;: le système d&apos;extension de charge utile %1 dépasse l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="268"/>
        <source>Extended Stream Properties: embedded Stream Properties size %1, %2 bytes left</source>
        <translation>Extended Stream Properties&#xa0;: Stream Properties incorporé de taille %1, %2 octets restants</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="278"/>
        <source>Extended Stream Properties: embedded Stream Properties declares stream %1 inside the description of stream %2</source>
        <translation>Extended Stream Properties&#xa0;: le Stream Properties incorporé déclare le flux %1 dans la description du flux %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="295"/>
        <source>Stream Bitrate Properties: object size %1, minimum 26</source>
        <translation>Stream Bitrate Properties&#xa0;: taille d&apos;objet %1, minimum 26</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="299"/>
        <source>Stream Bitrate Properties: %1 records cannot fit in %2 bytes</source>
        <translation>Stream Bitrate Properties&#xa0;: %1 enregistrements ne tiennent pas dans %2 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="310"/>
        <source>Stream Bitrate Properties: record %1 has stream number 0</source>
        <translation>Stream Bitrate Properties&#xa0;: l&apos;enregistrement %1 a le numéro de flux 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="323"/>
        <source>Language List: object size %1, minimum 26</source>
        <translation>Language List&#xa0;: taille d&apos;objet %1, minimum 26</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="326"/>
        <source>Language List: %1 records cannot fit in %2 bytes</source>
        <translation>Language List&#xa0;: %1 enregistrements ne tiennent pas dans %2 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="334"/>
        <source>Language List: record %1 runs past the object</source>
        <translation>Language List&#xa0;: l&apos;enregistrement %1 dépasse l&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="69"/>
        <source>%1: child object %2 has size %3, %4 bytes remain</source>
        <translation>%1&#xa0;: l’objet enfant %2 a la taille %3, il reste %4 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="83"/>
        <source>%1: object size %2, minimum %3</source>
        <translation>%1&#xa0;: taille d’objet %2, minimum %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="111"/>
        <source>%1: %2 records cannot fit in %3 bytes</source>
        <translation>%1&#xa0;: %2 enregistrements ne tiennent pas dans %3 octets</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="158"/>
        <source>Group Mutual Exclusion: record %1 runs past the object</source>
        <translation>Group Mutual Exclusion&#xa0;: l’enregistrement %1 dépasse la fin de l’objet</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="324"/>
        <source>Header Object: no Stream Properties Object of the streams kept</source>
        <translation>Header Object&#xa0;: aucun Stream Properties Object des flux conservés</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Try &apos;mmsplayer --help&apos;.</source>
        <translation>Essayez «&#xa0;mmsplayer --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="39"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="46"/>
        <source>--password-file: the first line of %1 is too long</source>
        <translation>--password-file&#xa0;: la première ligne de %1 est trop longue</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="106"/>
        <source>--record needs an output file</source>
        <translation>--record nécessite un fichier de sortie</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="113"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration nécessite un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="116"/>
        <source>--start needs a number of seconds</source>
        <translation>--start nécessite un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="119"/>
        <location filename="../app/clioptions.cpp" line="128"/>
        <source>--streams needs a list like 1,3</source>
        <translation>--streams nécessite une liste comme 1,3</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="124"/>
        <source>--streams: &quot;%1&quot; is not a stream number (1..127)</source>
        <translation>--streams&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de flux (1..127)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="133"/>
        <source>--max-bitrate needs bits per second, e.g. 200000</source>
        <translation>--max-bitrate nécessite un nombre de bits par seconde, par ex. 200000</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="138"/>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout nécessite un nombre de secondes entre 0.1 et 3600</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="144"/>
        <source>--user needs a user name (DOMAIN\name for NTLM)</source>
        <translation>--user nécessite un nom d&apos;utilisateur (DOMAINE\nom pour NTLM)</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="148"/>
        <source>--password-file needs a file</source>
        <translation>--password-file nécessite un fichier</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="151"/>
        <source>a password is not taken on the command line (others could read it): use --password-file FILE or the environment variable MMSPLAYER_PASSWORD</source>
        <translation>un mot de passe n&apos;est pas accepté sur la ligne de commande (d&apos;autres pourraient le lire)&#xa0;: utilisez --password-file FICHIER ou la variable d&apos;environnement MMSPLAYER_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="155"/>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="161"/>
        <source>--password-file needs --user</source>
        <translation>--password-file nécessite --user</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="170"/>
        <source>--user needs a password: --password-file FILE or the environment variable MMSPLAYER_PASSWORD</source>
        <translation>--user nécessite un mot de passe&#xa0;: --password-file FICHIER ou la variable d&apos;environnement MMSPLAYER_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="175"/>
        <source>--record and --list-streams cannot be combined</source>
        <translation>--record et --list-streams ne peuvent pas être combinés</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="178"/>
        <source>--duration, --start, --streams, --max-bitrate, --timeout, --user and --password-file need --record or --list-streams</source>
        <translation>--duration, --start, --streams, --max-bitrate, --timeout, --user et --password-file nécessitent --record ou --list-streams</translation>
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
        <translation>Usage&#xa0;: mmsplayer [URL]                     lire dans la fenêtre
        mmsplayer --record SORTIE.asf [options] URL
        mmsplayer --list-streams [options] URL

Lit et enregistre les flux de Microsoft Media Server&#xa0;: mmst:// (MMS sur TCP), mmsh://
et http:// (MMS sur HTTP), mms:// (TCP d’abord, puis HTTP sur le port 80).

Options&#xa0;:
  --record FICHIER        écrire le flux dans FICHIER sous forme de fichier ASF complet
  --list-streams          afficher les flux, le titre, l&apos;auteur et la durée, puis quitter
  --duration SECONDES     n&apos;enregistrer que cette durée de contenu, puis s&apos;arrêter proprement
  --start SECONDES        commencer à cette position
  --streams N,M           enregistrer ces numéros de flux ASF (voir --list-streams)
  --max-bitrate BPS       choisir le meilleur audio et la meilleure vidéo tenant dans ce débit
  --timeout SECONDES      abandonner si le serveur reste muet aussi longtemps (10 par défaut)
  --quiet                 pas de ligne de progression
  --user NOM              se connecter comme NOM (DOMAINE\NOM pour NTLM) si le serveur le demande
  --password-file FICHIER le mot de passe est la première ligne de FICHIER&#xa0;; sans cette option,
                          la variable d&apos;environnement MMSPLAYER_PASSWORD
  -h, --help              ce texte
  -v, --version           la version

Codes de sortie&#xa0;:
  0  terminé (fin du flux, --duration atteinte ou flux listés)
  1  erreur d&apos;utilisation
  2  erreur réseau&#xa0;: hôte introuvable, connexion refusée ou perdue, délai dépassé
  3  le serveur a refusé&#xa0;: fichier introuvable, accès refusé, authentification, ...
  4  erreur de protocole&#xa0;: le serveur a envoyé quelque chose d&apos;invalide
  5  le fichier de sortie n&apos;a pas pu être écrit
</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="181"/>
        <source>no URL given</source>
        <translation>aucune URL indiquée</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="182"/>
        <source>only one URL, please</source>
        <translation>une seule URL, s&apos;il vous plaît</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="187"/>
        <source>&quot;%1&quot; is not an mms://, mmst://, mmsh:// or http:// URL</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL mms://, mmst://, mmsh:// ou http://</translation>
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
        <translation>connexion perdue&#xa0;; reconnexion (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="103"/>
        <location filename="../app/clirunner.cpp" line="237"/>
        <source>cannot write %1</source>
        <extracomment>%1 is the file&apos;s name and the reason, e.g. &quot;out.asf: Permission denied&quot;.</extracomment>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="163"/>
        <source>Title:</source>
        <extracomment>--list-streams output; the labels are padded to one width so the values line up.</extracomment>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="164"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="165"/>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="166"/>
        <source>Transport:</source>
        <translation>Transport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="172"/>
        <source>live</source>
        <extracomment>The duration of a live broadcast, which has none.</extracomment>
        <translation>en direct</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="172"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="176"/>
        <source>Streams (* = played by default):</source>
        <translation>Flux (* = lus par défaut)&#xa0;:</translation>
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
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="191"/>
        <source>command</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="195"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="202"/>
        <source>~%1 kbit/s (measured)</source>
        <extracomment>A bit rate the header does not state, measured from a few seconds of the data.</extracomment>
        <translation>~%1 kbit/s (mesuré)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="205"/>
        <source>language: %1</source>
        <translation>langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="206"/>
        <source>name: %1</source>
        <translation>nom&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="218"/>
        <source>server says: %1 (0x%2)</source>
        <extracomment>%1 is the server&apos;s error in words, %2 its hexadecimal HRESULT code.</extracomment>
        <translation>le serveur indique&#xa0;: %1 (0x%2)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="220"/>
        <source>the server asks for a user name and password (--user)</source>
        <translation>le serveur demande un nom d&apos;utilisateur et un mot de passe (--user)</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="223"/>
        <source>authentication failed: %1</source>
        <extracomment>%1 says why, e.g. the server refused the credentials of user &quot;alice&quot;.</extracomment>
        <translation>échec de l&apos;authentification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="29"/>
        <source>&amp;Remember this password</source>
        <translation>&amp;Mémoriser ce mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="33"/>
        <location filename="../ui/credentialsdialog.cpp" line="93"/>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="61"/>
        <source>user or DOMAIN\user</source>
        <translation>utilisateur ou DOMAINE\utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="72"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="73"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="103"/>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="105"/>
        <source>The server asks for a user name and password (%1).</source>
        <translation>Le serveur demande un nom d&apos;utilisateur et un mot de passe (%1).</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="107"/>
        <source>Realm: %1</source>
        <translation>Domaine de protection&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="113"/>
        <source>The password will be sent without encryption.</source>
        <translation>Le mot de passe sera envoyé sans chiffrement.</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="118"/>
        <source>The user name or password was not accepted. Try again (attempt %1 of %2).</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;a pas été accepté. Réessayez (tentative %1 sur %2).</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="12"/>
        <source>This is not a valid MMS address. Use mms://, mmst://, mmsh:// or http://host/path.</source>
        <translation>Ce n’est pas une adresse MMS valide. Utilisez mms://, mmst://, mmsh:// ou http://hôte/chemin.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>Le nom du serveur est introuvable.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17"/>
        <source>The server refused the connection. Is an MMS server running on that port?</source>
        <translation>Le serveur a refusé la connexion. Un serveur MMS fonctionne-t-il sur ce port&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="21"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>The server sent something this player does not understand (%1).</source>
        <translation>Le serveur a envoyé des données que ce lecteur ne comprend pas (%1).</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>The stream&apos;s ASF header is damaged or not supported.</source>
        <translation>L&apos;en-tête ASF du flux est endommagé ou n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>The server sent a media packet larger than the stream allows.</source>
        <translation>Le serveur a envoyé un paquet multimédia plus grand que ce que le flux autorise.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="32"/>
        <source>The server asks for a user name and password; signing in was cancelled.</source>
        <translation>Le serveur demande un nom d&apos;utilisateur et un mot de passe&#xa0;; la connexion a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="34"/>
        <source>The server did not accept the user name and password.</source>
        <translation>Le serveur n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36"/>
        <source>The server redirected the player too many times.</source>
        <translation>Le serveur a redirigé le lecteur trop de fois.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="38"/>
        <source>The stream has no audio or video that this player can play.</source>
        <translation>Le flux ne contient ni audio ni vidéo que ce lecteur sait lire.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="40"/>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="50"/>
        <source>The server could not find this file.</source>
        <translation>Le serveur n&apos;a pas trouvé ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="52"/>
        <source>The server denied access to this file.</source>
        <translation>Le serveur a refusé l&apos;accès à ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="54"/>
        <source>The server has too many viewers right now. Try again later.</source>
        <translation>Le serveur a trop de spectateurs en ce moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="56"/>
        <source>The server timed out.</source>
        <translation>Le délai d&apos;attente du serveur a expiré.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>The network is busy. Try again later.</source>
        <translation>Le réseau est occupé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="61"/>
        <source>The server could not open this file.</source>
        <translation>Le serveur n&apos;a pas pu ouvrir ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="63"/>
        <source>The file on the server is not a valid ASF file.</source>
        <translation>Le fichier sur le serveur n&apos;est pas un fichier ASF valide.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="66"/>
        <source>The server rejected the request.</source>
        <translation>Le serveur a rejeté la requête.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="68"/>
        <source>There is not enough bandwidth for this stream.</source>
        <translation>La bande passante est insuffisante pour ce flux.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="70"/>
        <source>The server has no stream to send.</source>
        <translation>Le serveur n&apos;a aucun flux à envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="72"/>
        <source>The stream has ended.</source>
        <translation>Le flux est terminé.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="75"/>
        <source>The server lost its connection.</source>
        <translation>Le serveur a perdu sa connexion.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="77"/>
        <source>The server could not be found.</source>
        <translation>Le serveur est introuvable.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="79"/>
        <source>The server cannot fast forward or rewind this stream.</source>
        <translation>Le serveur ne peut pas avancer ou reculer rapidement dans ce flux.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="83"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="84"/>
        <source>The server reported error 0x%1.</source>
        <translation>Le serveur a signalé l&apos;erreur 0x%1.</translation>
    </message>
</context>
<context>
    <name>HresultText</name>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="22"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="24"/>
        <source>end of playlist entry</source>
        <translation>fin de l&apos;entrée de la liste de lecture</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="27"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="29"/>
        <source>path not found</source>
        <translation>chemin introuvable</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="31"/>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="33"/>
        <source>invalid parameter in the request</source>
        <translation>paramètre non valide dans la requête</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="36"/>
        <source>the file could not be opened</source>
        <translation>le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="38"/>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="40"/>
        <source>network busy</source>
        <translation>réseau occupé</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="42"/>
        <source>too many sessions on the server</source>
        <translation>trop de sessions sur le serveur</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="44"/>
        <source>the server timed out</source>
        <translation>délai d&apos;attente du serveur dépassé</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="46"/>
        <source>connection failure</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="48"/>
        <source>request invalid in the current state</source>
        <translation>requête non valide dans l&apos;état actuel</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="50"/>
        <source>insufficient bandwidth</source>
        <translation>bande passante insuffisante</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="52"/>
        <source>no stream available</source>
        <translation>aucun flux disponible</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="54"/>
        <source>no more data in the stream</source>
        <translation>plus de données dans le flux</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="56"/>
        <source>server not found</source>
        <translation>serveur introuvable</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="58"/>
        <source>fast forward or rewind refused</source>
        <translation>avance ou retour rapide refusé</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="60"/>
        <source>the file is not valid ASF</source>
        <translation>le fichier n&apos;est pas un ASF valide</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="64"/>
        <source>unknown server error</source>
        <translation>erreur de serveur inconnue</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="65"/>
        <source>unknown status</source>
        <translation>état inconnu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Reading header</source>
        <translation>Lecture de l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Streaming</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Stopping</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Playlist</source>
        <translation>Liste de lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>The playlist could not be loaded: %1</source>
        <translation>La liste de lecture n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Save Stream</source>
        <translation>Enregistrer le flux</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Open URL…</source>
        <translation>Ouvrir une &amp;URL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>Open &amp;File…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Recent URLs</source>
        <translation>URL &amp;récentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Save Stream As…</source>
        <translation>&amp;Enregistrer le flux sous…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>S&amp;top Saving</source>
        <translation>Arrê&amp;ter l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Lecture/Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>P&amp;revious Entry</source>
        <translation>Entrée pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Next Entry</source>
        <translation>Entrée &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Rewind</source>
        <translation>Retour &amp;rapide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Fast &amp;Forward</source>
        <translation>A&amp;vance rapide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;About MMS Player</source>
        <translation>À &amp;propos de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>Ouvrir une liste de lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Windows Media playlists (*.asx *.wax *.wvx);;All files (*)</source>
        <translation>Listes de lecture Windows Media (*.asx *.wax *.wvx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>stream.asf</source>
        <translation>flux.asf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Save Stream As</source>
        <translation>Enregistrer le flux sous</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Windows Media files (*.asf *.wmv *.wma);;All files (*)</source>
        <translation>Fichiers Windows Media (*.asf *.wmv *.wma);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Saving to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>About MMS Player</source>
        <translation>À propos de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Plays Microsoft Media Server streams (mms:// and mmst://) of ASF content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Lit les flux Microsoft Media Server (mms:// et mmst://) au format ASF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>&lt;p&gt;Copyright © The MMS Player developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © Les développeurs de MMS Player.&lt;/p&gt;&lt;p&gt;Ce programme est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU (GNU General Public License) telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni SANS AUCUNE GARANTIE. Voir &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Reconnecting (%1/%2)…</source>
        <translation>Reconnexion (%1/%2)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>End of stream</source>
        <translation>Fin du flux</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>%1 (MMS over HTTP)</source>
        <extracomment>The session&apos;s state (&quot;Streaming&quot;) when it goes over HTTP (mmsh://, or after rollover).</extracomment>
        <translation>%1 (MMS sur HTTP)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Buffer %1 KiB (%2 s)</source>
        <translation>Tampon %1 Kio (%2 s)</translation>
    </message>
</context>
<context>
    <name>MmsSession</name>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="28"/>
        <source>malformed %1: %2 at byte %3 (%4)</source>
        <translation>message %1 mal formé&#xa0;: %2 à l&apos;octet %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="188"/>
        <source>%1 (tried MMS over TCP, then MMS over HTTP)</source>
        <translation>%1 (MMS sur TCP, puis MMS sur HTTP essayés)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="189"/>
        <source>%1 (MMS over HTTP, after MMS over TCP failed: %2)</source>
        <translation>%1 (MMS sur HTTP, après l’échec de MMS sur TCP&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="255"/>
        <source>the server closed the connection while %1</source>
        <translation>le serveur a fermé la connexion pendant l&apos;état %1</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="258"/>
        <source>, in the middle of a message (%1 bytes of it received)</source>
        <translation>, au milieu d&apos;un message (%1 octets reçus)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="272"/>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="276"/>
        <source>%1 port %2 refused the connection</source>
        <translation>%1 port %2 a refusé la connexion</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="304"/>
        <source>no complete message from the server for %1 ms while %2</source>
        <translation>aucun message complet du serveur depuis %1 ms pendant l&apos;état %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="53"/>
        <source>bad bytes from the server: %1 at byte %2 (%3)</source>
        <translation>octets incorrects venant du serveur&#xa0;: %1 à l&apos;octet %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="228"/>
        <source>a media Data packet arrived before ReportStartedPlaying</source>
        <translation>un paquet de données multimédia est arrivé avant ReportStartedPlaying</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="234"/>
        <source>a Data packet with incarnation %1 arrived while %2; none was requested</source>
        <translation>un paquet de données d&apos;incarnation %1 est arrivé pendant l&apos;état %2&#xa0;; aucun n&apos;avait été demandé</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="15"/>
        <source>the ASF header does not parse: %1 at byte %2 (%3)</source>
        <translation>l&apos;en-tête ASF est illisible&#xa0;: %1 à l&apos;octet %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="24"/>
        <source>the ASF header&apos;s packet size %1 is unusable</source>
        <translation>la taille de paquet %1 de l&apos;en-tête ASF est inutilisable</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="38"/>
        <location filename="../core/session/mmssessionrequests.cpp" line="112"/>
        <source>the file has no audio or video stream</source>
        <translation>le fichier n&apos;a aucun flux audio ou vidéo</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="61"/>
        <source>Data packet %1 carries %2 bytes, more than the header&apos;s packet size %3</source>
        <translation>le paquet de données %1 contient %2 octets, plus que la taille de paquet %3 de l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="71"/>
        <source>ASF data packet %1 is malformed: %2 at byte %3 (%4)</source>
        <translation>le paquet de données ASF %1 est mal formé&#xa0;: %2 à l&apos;octet %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="88"/>
        <location filename="../core/transport/mmsttransportplay.cpp" line="176"/>
        <source>%1 arrived while %2, out of order</source>
        <translation>%1 est arrivé pendant l&apos;état %2, hors séquence</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="209"/>
        <source>the server refused the TCP data transport: %1 (%2)</source>
        <translation>le serveur a refusé le transport des données par TCP&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="226"/>
        <source>ReportOpenFile: packet size %1 is outside 1..%2</source>
        <translation>ReportOpenFile&#xa0;: la taille de paquet %1 est hors de 1..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="233"/>
        <source>ReportOpenFile announces a %1-byte header, over the limit of %2 bytes</source>
        <translation>ReportOpenFile annonce un en-tête de %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="271"/>
        <source>the server redirects to a proxy (&quot;%1&quot;), which is not supported</source>
        <translation>le serveur redirige vers un proxy («&#xa0;%1&#xa0;»), ce qui n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="86"/>
        <source>bad bytes from the HTTP server: %1 at byte %2 (%3)</source>
        <translation>octets invalides du serveur HTTP&#xa0;: %1 à l’octet %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="76"/>
        <source>the server sent bytes nobody asked for</source>
        <translation>le serveur a envoyé des octets que personne n&apos;a demandés</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="231"/>
        <source>the server redirects a Play request</source>
        <translation>le serveur redirige une requête Play</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreports.cpp" line="36"/>
        <source>more than %1 redirects; the last one pointed to %2</source>
        <translation>plus de %1 redirections&#xa0;; la dernière pointait vers %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreports.cpp" line="45"/>
        <source>redirect to an unusable location &quot;%1&quot;: %2</source>
        <translation>redirection vers un emplacement inutilisable «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="242"/>
        <source>the server sent a plain ASF file over HTTP, not an MMS stream</source>
        <translation>le serveur a envoyé un simple fichier ASF par HTTP, pas un flux MMS</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="248"/>
        <source>the server answered with a playlist that does not parse: %1</source>
        <translation>le serveur a répondu par une liste de lecture illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="264"/>
        <source>the server answered with a playlist that names no MMS stream</source>
        <translation>le serveur a répondu par une liste de lecture sans flux MMS</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="311"/>
        <source>the ASF Header Object claims %1 bytes, outside 30..%2</source>
        <translation>l’ASF Header Object annonce %1 octets, hors de 30..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="135"/>
        <source>ReportStartedPlaying carries incarnation %1, StartPlaying sent %2</source>
        <translation>ReportStartedPlaying porte l&apos;incarnation %1, StartPlaying a envoyé %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="183"/>
        <source>ReportEndOfStream: %1 (%2)</source>
        <translation>ReportEndOfStream&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="213"/>
        <source>ReportStreamChange: packet size %1 is outside 1..%2</source>
        <translation>ReportStreamChange&#xa0;: la taille de paquet %1 est hors de 1..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="220"/>
        <source>ReportStreamChange announces a %1-byte header, over the limit of %2 bytes</source>
        <translation>ReportStreamChange annonce un en-tête de %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreconnect.cpp" line="49"/>
        <source>the connection was lost and %1 reconnect attempts failed; the last one: %2</source>
        <translation>la connexion a été perdue et %1 tentatives de reconnexion ont échoué&#xa0;; la dernière&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrequests.cpp" line="111"/>
        <source>none of the requested streams is in the file</source>
        <translation>aucun des flux demandés ne se trouve dans le fichier</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="10"/>
        <source>not a valid URL: %1</source>
        <translation>URL non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="18"/>
        <source>the URL scheme must be mms://, mmst://, mmsh:// or http://, not &quot;%1&quot;</source>
        <translation>le schéma de l’URL doit être mms://, mmst://, mmsh:// ou http://, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="28"/>
        <source>the URL has no host</source>
        <translation>l&apos;URL n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="34"/>
        <source>invalid port %1</source>
        <translation>port %1 non valide</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="30"/>
        <source>header fragment while no header transfer is running</source>
        <translation>fragment d&apos;en-tête alors qu&apos;aucun transfert d&apos;en-tête n&apos;est en cours</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="34"/>
        <source>header fragment with LocationId %1, expected %2</source>
        <translation>fragment d&apos;en-tête avec LocationId %1, %2 attendu</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="39"/>
        <source>header fragment of %1 bytes, more than the packet size %2</source>
        <translation>fragment d&apos;en-tête de %1 octets, plus que la taille de paquet %2</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="45"/>
        <source>the header grows past the %1 bytes that ReportOpenFile announced</source>
        <translation>l&apos;en-tête dépasse les %1 octets annoncés par ReportOpenFile</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="48"/>
        <source>the header grows past the limit of %1 bytes</source>
        <translation>l&apos;en-tête dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="58"/>
        <source>the header has %1 bytes, ReportOpenFile announced %2</source>
        <translation>l&apos;en-tête fait %1 octets, ReportOpenFile en annonçait %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession.cpp" line="83"/>
        <source>MMS over TCP</source>
        <translation>MMS sur TCP</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession.cpp" line="85"/>
        <source>MMS over HTTP</source>
        <translation>MMS sur HTTP</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="24"/>
        <source>mms:// URL: TCP first, HTTP on port %1 if TCP fails</source>
        <translation>URL mms://&#xa0;: TCP d’abord, HTTP sur le port %1 si TCP échoue</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="52"/>
        <source>no answer on TCP port %1 within %2 ms</source>
        <translation>pas de réponse sur le port TCP %1 en %2 ms</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="64"/>
        <source>MMS over TCP failed (%1); trying HTTP on port %2</source>
        <translation>MMS sur TCP a échoué (%1)&#xa0;; essai de HTTP sur le port %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportpipeline.cpp" line="61"/>
        <source>the server answers none of %1 pipelined requests</source>
        <translation>le serveur ne répond à aucune des %1 requêtes envoyées en pipeline</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportpipeline.cpp" line="94"/>
        <source>the Play response ended without $E</source>
        <translation>la réponse à Play s&apos;est terminée sans $E</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/mmssessionauth.cpp" line="139"/>
        <source>the server refused the credentials of user &quot;%1&quot; (%2 scheme, %n refusal(s))</source>
        <translation>
            <numerusform>le serveur a refusé les identifiants de l&apos;utilisateur «&#xa0;%1&#xa0;» (schéma %2, %n refus)</numerusform>
            <numerusform>le serveur a refusé les identifiants de l&apos;utilisateur «&#xa0;%1&#xa0;» (schéma %2, %n refus)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionauth.cpp" line="145"/>
        <source>the server asks for a user name and password (%1 scheme%2) and none were given</source>
        <translation>le serveur demande un nom d&apos;utilisateur et un mot de passe (schéma %1%2) et aucun n&apos;a été fourni</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionauth.cpp" line="149"/>
        <source>, realm &quot;%1&quot;</source>
        <translation>, domaine de protection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="29"/>
        <source>malformed NTLM token in SecurityChallenge: %1</source>
        <translation>jeton NTLM mal formé dans SecurityChallenge&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="37"/>
        <source>the server sent an NTLM CHALLENGE before our NEGOTIATE</source>
        <translation>le serveur a envoyé un CHALLENGE NTLM avant notre NEGOTIATE</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="103"/>
        <location filename="../core/transport/mmsttransportauth.cpp" line="45"/>
        <source>the server&apos;s NTLM CHALLENGE cannot be answered: %1</source>
        <translation>impossible de répondre au CHALLENGE NTLM du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="82"/>
        <source>the user name &quot;%1&quot; cannot be sent with Basic authentication (it is empty or holds a colon)</source>
        <translation>le nom d&apos;utilisateur «&#xa0;%1&#xa0;» ne peut pas être envoyé avec l&apos;authentification Basic (il est vide ou contient un deux-points)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="94"/>
        <source>the server&apos;s NTLM challenge is not base64 (or over 16 KiB)</source>
        <translation>le challenge NTLM du serveur n&apos;est pas en base64 (ou dépasse 16 Kio)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="115"/>
        <source>the server asks for credentials in a way not supported (HTTP 401, %1)</source>
        <translation>le serveur demande des identifiants d&apos;une manière non prise en charge (HTTP 401, %1)</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="116"/>
        <source>no scheme announced</source>
        <translation>aucun schéma annoncé</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="160"/>
        <source>ReportStartStriding carries incarnation %1, StartStriding sent %2</source>
        <translation>ReportStartStriding porte l&apos;incarnation %1, StartStriding a envoyé %2</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <location filename="../ui/openurldialog.cpp" line="17"/>
        <source>Open URL</source>
        <translation>Ouvrir une URL</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="23"/>
        <source>mms://server/path/file.wmv</source>
        <translation>mms://serveur/chemin/fichier.wmv</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="27"/>
        <source>&amp;Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):</source>
        <translation>&amp;Adresse d&apos;un flux MMS (mms:// ou mmst://) ou d&apos;une liste de lecture (http://)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="65"/>
        <source>Enter the address of a stream or a playlist.</source>
        <translation>Saisissez l&apos;adresse d&apos;un flux ou d&apos;une liste de lecture.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="68"/>
        <source>This address is not a valid URL.</source>
        <translation>Cette adresse n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="71"/>
        <source>The address must start with mms://, mmst:// or http://.</source>
        <translation>L&apos;adresse doit commencer par mms://, mmst:// ou http://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="73"/>
        <source>The address names no file.</source>
        <translation>L&apos;adresse ne désigne aucun fichier.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="78"/>
        <source>Only mms://, mmst:// and http:// addresses are supported, not %1://.</source>
        <translation>Seules les adresses mms://, mmst:// et http:// sont prises en charge, pas %1://.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="81"/>
        <source>The address has no server name.</source>
        <translation>L&apos;adresse ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="83"/>
        <source>The address names no file or stream on the server.</source>
        <translation>L&apos;adresse ne désigne aucun fichier ni flux sur le serveur.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../ui/passwordstore.cpp" line="63"/>
        <source>Passwords cannot be remembered: this system has no keychain (such as GNOME Keyring or KWallet) running.</source>
        <translation>Les mots de passe ne peuvent pas être mémorisés&#xa0;: aucun trousseau de clés (comme GNOME Keyring ou KWallet) n&apos;est en cours d&apos;exécution sur ce système.</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <location filename="../ui/playbackcontroller.cpp" line="432"/>
        <source>The player cannot decode this stream.</source>
        <translation>Le lecteur ne peut pas décoder ce flux.</translation>
    </message>
</context>
<context>
    <name>PlaybackStatistics</name>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="160"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="163"/>
        <source>striding at %1×</source>
        <extracomment>Fast-forward; %1 is the speed, e.g. &quot;striding at 5×&quot;.</extracomment>
        <translation>avance rapide à %1×</translation>
    </message>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="165"/>
        <source>striding backwards at %1×</source>
        <extracomment>Rewind; %1 is the speed, e.g. &quot;striding backwards at 5×&quot;.</extracomment>
        <translation>retour rapide à %1×</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/playercontrols.cpp" line="22"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="36"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="45"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="78"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="78"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="132"/>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="132"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="162"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="170"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="193"/>
        <source>Rewind (now %1×; press for faster)</source>
        <translation>Retour rapide (actuellement %1×&#xa0;; appuyez pour accélérer)</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="193"/>
        <source>Rewind</source>
        <translation>Retour rapide</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="195"/>
        <source>Fast forward (now %1×; press for faster)</source>
        <translation>Avance rapide (actuellement %1×&#xa0;; appuyez pour accélérer)</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="195"/>
        <source>Fast forward</source>
        <translation>Avance rapide</translation>
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
        <translation>Mise en mémoire tampon %1 %</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="20"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="20"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="25"/>
        <source>Previous entry</source>
        <translation>Entrée précédente</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="28"/>
        <source>Next entry</source>
        <translation>Entrée suivante</translation>
    </message>
</context>
<context>
    <name>PlaylistText</name>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="64"/>
        <source>no &lt;ASX&gt; element</source>
        <translation>aucun élément &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="67"/>
        <source>input ends inside &lt;%1&gt; opened at %2</source>
        <translation>l&apos;entrée se termine dans &lt;%1&gt; ouvert à %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="80"/>
        <source>text before &lt;ASX&gt;</source>
        <translation>texte avant &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="100"/>
        <source>the root element is &lt;%1&gt;, not &lt;ASX&gt;</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, pas &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="102"/>
        <source>&lt;ASX&gt; inside &lt;%1&gt;</source>
        <translation>&lt;ASX&gt; dans &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="105"/>
        <source>elements nested more than %1 deep</source>
        <translation>éléments imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="112"/>
        <source>&lt;REF&gt; outside &lt;ENTRY&gt; ignored</source>
        <translation>&lt;REF&gt; hors de &lt;ENTRY&gt; ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="114"/>
        <source>&lt;REF&gt; without HREF ignored</source>
        <translation>&lt;REF&gt; sans HREF ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="117"/>
        <source>more than %1 REFs in one ENTRY</source>
        <translation>plus de %1 REF dans une ENTRY</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="125"/>
        <source>&lt;BASE&gt; without HREF ignored</source>
        <translation>&lt;BASE&gt; sans HREF ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="131"/>
        <source>&lt;BASE&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;BASE&gt; dans &lt;%1&gt; ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="134"/>
        <source>&lt;REPEAT&gt; inside &lt;%1&gt;</source>
        <translation>&lt;REPEAT&gt; dans &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="151"/>
        <source>&lt;ENTRY&gt; inside &lt;%1&gt;</source>
        <translation>&lt;ENTRY&gt; dans &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="152"/>
        <source>&lt;ENTRYREF&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;ENTRYREF&gt; dans &lt;%1&gt; ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="156"/>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="129"/>
        <source>more than %1 entries</source>
        <translation>plus de %1 entrées</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="167"/>
        <source>&lt;ENTRYREF&gt; without HREF ignored</source>
        <translation>&lt;ENTRYREF&gt; sans HREF ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="177"/>
        <source>&lt;PARAM&gt; without NAME ignored</source>
        <translation>&lt;PARAM&gt; sans NAME ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="185"/>
        <source>&lt;PARAM&gt; inside &lt;%1&gt; ignored</source>
        <translation>&lt;PARAM&gt; dans &lt;%1&gt; ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="191"/>
        <source>only the first &lt;REPEAT&gt; counts; this one plays once</source>
        <translation>seul le premier &lt;REPEAT&gt; compte&#xa0;; celui-ci est lu une fois</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="198"/>
        <source>&lt;REPEAT&gt; without COUNT (forever) plays once</source>
        <translation>&lt;REPEAT&gt; sans COUNT (à l&apos;infini) est lu une fois</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="203"/>
        <source>&lt;REPEAT&gt; COUNT &quot;%1&quot; is not a number; plays once</source>
        <translation>&lt;REPEAT&gt; COUNT «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;; lu une fois</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="217"/>
        <source>&lt;/%1&gt; without a start tag</source>
        <translation>&lt;/%1&gt; sans balise ouvrante</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="219"/>
        <source>&lt;/%1&gt; does not close &lt;%2&gt; opened at %3</source>
        <translation>&lt;/%1&gt; ne ferme pas &lt;%2&gt; ouvert à %3</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="267"/>
        <source>content after &lt;/ASX&gt; ignored</source>
        <translation>contenu après &lt;/ASX&gt; ignoré</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="279"/>
        <source>&lt;BASE&gt; ignored: %1</source>
        <translation>&lt;BASE&gt; ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="289"/>
        <source>&lt;BASE&gt; of this ENTRY ignored: %1</source>
        <translation>&lt;BASE&gt; de cette ENTRY ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="296"/>
        <source>&lt;ENTRYREF&gt; ignored: %1</source>
        <translation>&lt;ENTRYREF&gt; ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="304"/>
        <source>&lt;REF&gt; ignored: %1</source>
        <translation>&lt;REF&gt; ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="309"/>
        <source>&lt;ENTRY&gt; without a usable REF skipped</source>
        <translation>&lt;ENTRY&gt; sans REF utilisable ignorée</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="325"/>
        <source>&lt;REPEAT&gt; COUNT cut to %1: a playlist holds at most %2 entries</source>
        <translation>&lt;REPEAT&gt; COUNT réduit à %1&#xa0;: une liste de lecture contient au plus %2 entrées</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="364"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="372"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="62"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="79"/>
        <source>empty URL</source>
        <translation>URL vide</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="87"/>
        <source>relative URL &quot;%1&quot; and no base URL</source>
        <translation>URL relative «&#xa0;%1&#xa0;» et aucune URL de base</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="93"/>
        <source>&quot;%1&quot; is not a valid URL (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide (%2)</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="105"/>
        <source>playlist is larger than %1 bytes</source>
        <translation>la liste de lecture dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="107"/>
        <source>this is ASF media, not a playlist</source>
        <translation>ceci est un média ASF, pas une liste de lecture</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="115"/>
        <source>playlist is empty</source>
        <translation>la liste de lecture est vide</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="138"/>
        <source>not an ASX playlist, [Reference] list or URL</source>
        <translation>ni liste de lecture ASX, ni liste [Reference], ni URL</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="142"/>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>UTF-8 non valide&#xa0;; lu en Latin-1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="96"/>
        <source>invalid character reference &amp;%1;</source>
        <translation>référence de caractère non valide &amp;%1;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="159"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="163"/>
        <source>CDATA section is not closed</source>
        <translation>la section CDATA n&apos;est pas fermée</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="172"/>
        <source>&lt;! declaration</source>
        <translation>déclaration &lt;!</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="175"/>
        <source>&lt;? processing instruction</source>
        <translation>instruction de traitement &lt;?</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="185"/>
        <source>%1 is not closed</source>
        <translation>%1 n&apos;est pas fermé</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="215"/>
        <source>&apos;&lt;/&apos; is not followed by an element name</source>
        <translation>«&#xa0;&lt;/&#xa0;» n&apos;est pas suivi d&apos;un nom d&apos;élément</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="219"/>
        <source>end tag &lt;/%1&gt; is not closed with &apos;&gt;&apos;</source>
        <translation>la balise fermante &lt;/%1&gt; n&apos;est pas fermée par «&#xa0;&gt;&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="232"/>
        <source>&apos;&lt;&apos; is not followed by an element name</source>
        <translation>«&#xa0;&lt;&#xa0;» n&apos;est pas suivi d&apos;un nom d&apos;élément</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="237"/>
        <location filename="../core/playlist/asxtokenizer.cpp" line="282"/>
        <source>tag &lt;%1&gt; is not closed with &apos;&gt;&apos;</source>
        <translation>la balise &lt;%1&gt; n&apos;est pas fermée par «&#xa0;&gt;&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="249"/>
        <source>more than %1 attributes in &lt;%2&gt;</source>
        <translation>plus de %1 attributs dans &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="264"/>
        <source>unexpected &apos;%1&apos; in tag &lt;%2&gt;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu dans la balise &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="269"/>
        <source>attribute %1 appears twice in &lt;%2&gt;</source>
        <translation>l&apos;attribut %1 apparaît deux fois dans &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="275"/>
        <location filename="../core/playlist/asxtokenizer.cpp" line="305"/>
        <source>attribute %1 in &lt;%2&gt; has no value</source>
        <translation>l&apos;attribut %1 dans &lt;%2&gt; n&apos;a pas de valeur</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="292"/>
        <source>value of attribute %1 in &lt;%2&gt; is not closed</source>
        <translation>la valeur de l&apos;attribut %1 dans &lt;%2&gt; n&apos;est pas fermée</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="72"/>
        <source>line %1: not a Key=Value line; ignored</source>
        <translation>ligne %1&#xa0;: pas une ligne Clé=Valeur&#xa0;; ignorée</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="81"/>
        <source>line %1: %2 ignored: %3</source>
        <translation>ligne %1&#xa0;: %2 ignoré&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="88"/>
        <source>more than %1 Ref lines</source>
        <translation>plus de %1 lignes Ref</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="92"/>
        <source>[Reference] list has no usable RefN= line</source>
        <translation>la liste [Reference] n&apos;a aucune ligne RefN= utilisable</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="126"/>
        <source>line is not a URL: &quot;%1&quot;</source>
        <translation>la ligne n&apos;est pas une URL&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="41"/>
        <source>cannot fetch a playlist over %1://</source>
        <translation>impossible de récupérer une liste de lecture par %1://</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="83"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="84"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="88"/>
        <location filename="../core/playlist/playlistfetcher.cpp" line="99"/>
        <source>file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="128"/>
        <source>response of %1 bytes is larger than the %2-byte limit</source>
        <translation>la réponse de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="154"/>
        <source>response is larger than the %1-byte limit</source>
        <translation>la réponse dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="188"/>
        <location filename="../core/playlist/playlistfetcher.cpp" line="194"/>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="192"/>
        <source>timed out after %1 ms without data</source>
        <translation>délai dépassé après %1 ms sans données</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="113"/>
        <location filename="../core/playlist/playlistloader.cpp" line="186"/>
        <source>playlist loop: %1</source>
        <translation>boucle de listes de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="169"/>
        <source>ENTRYREF skipped: %1</source>
        <translation>ENTRYREF ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="190"/>
        <source>playlists nested more than %1 deep at %2</source>
        <translation>listes de lecture imbriquées sur plus de %1 niveaux à %2</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="196"/>
        <source>ENTRYREF skipped: %1 names a local file but %2 is not one</source>
        <translation>ENTRYREF ignoré&#xa0;: %1 désigne un fichier local, mais %2 n&apos;en est pas un</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="213"/>
        <source>%1: no playable entries</source>
        <translation>%1&#xa0;: aucune entrée lisible</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="229"/>
        <source>more than %1 entries in all playlists</source>
        <translation>plus de %1 entrées dans l&apos;ensemble des listes de lecture</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxwarnings.h" line="32"/>
        <source>... and %1 more warnings</source>
        <translation>... et %1 autres avertissements</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="22"/>
        <source>%1: needs %2 bytes, %3 left in the message</source>
        <translation>%1&#xa0;: nécessite %2 octets, %3 restants dans le message</translation>
    </message>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="86"/>
        <source>%1 %2 exceeds the %3 bytes left for %4</source>
        <translation>%1 %2 dépasse les %3 octets restants pour %4</translation>
    </message>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="108"/>
        <source>%1: %2 characters claimed, %3 bytes left in the message</source>
        <translation>%1&#xa0;: %2 caractères annoncés, %3 octets restants dans le message</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="39"/>
        <source>Data packet header needs 8 bytes</source>
        <translation>l&apos;en-tête du paquet de données nécessite 8 octets</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="51"/>
        <location filename="../core/protocol/streamsplitter.cpp" line="45"/>
        <source>Data packet PacketSize %1 leaves no payload</source>
        <translation>paquet de données&#xa0;: PacketSize %1 ne laisse aucune charge utile</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="56"/>
        <source>Data packet needs %1 bytes</source>
        <translation>le paquet de données nécessite %1 octets</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="37"/>
        <source>message of %1 bytes has no chunkLen and MID</source>
        <translation>le message de %1 octets n&apos;a ni chunkLen ni MID</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="44"/>
        <source>chunkLen %1 (%2 bytes) does not fit the %3 bytes of the message</source>
        <translation>chunkLen %1 (%2 octets) ne correspond pas aux %3 octets du message</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="52"/>
        <source>MID 0x%1 (%2) where %3 was expected</source>
        <translation>MID 0x%1 (%2) alors que %3 était attendu</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="48"/>
        <source>Data packet PacketSize %1 is over the limit of %2</source>
        <translation>paquet de données&#xa0;: PacketSize %1 au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="56"/>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="80"/>
        <source>rep %1 is not 1</source>
        <translation>rep %1 n&apos;est pas 1</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="59"/>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="83"/>
        <source>version %1.%2 is not 0.0</source>
        <translation>la version %1.%2 n&apos;est pas 0.0</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="67"/>
        <source>messageLength %1 is not 16 + a non-empty multiple of 8</source>
        <translation>messageLength %1 n&apos;est pas 16 + un multiple non nul de 8</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="72"/>
        <source>command packet of %1 bytes is over the limit of %2</source>
        <translation>paquet de commande de %1 octets au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="79"/>
        <source>seal 0x%1 is not &quot;MMS &quot;</source>
        <translation>seal 0x%1 n&apos;est pas «&#xa0;MMS&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="92"/>
        <source>chunkLen %1 does not fit messageLength %2</source>
        <translation>chunkLen %1 ne correspond pas à messageLength %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="58"/>
        <source>TcpMessageHeader needs 32 bytes</source>
        <translation>TcpMessageHeader nécessite 32 octets</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="87"/>
        <source>sessionId %1 is not 0xb00bface</source>
        <translation>sessionId %1 n&apos;est pas 0xb00bface</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="91"/>
        <source>messageLength %1 is not 16 + a multiple of 8</source>
        <translation>messageLength %1 n&apos;est pas 16 + un multiple de 8</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="95"/>
        <source>seal %1 is not &quot;MMS &quot;</source>
        <translation>seal %1 n&apos;est pas «&#xa0;MMS&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/protocol/viewertomac.cpp" line="120"/>
        <source>OpenFile token at %1 + cbtoken %2 exceeds the %3 bytes after fileName</source>
        <translation>OpenFile&#xa0;: token à %1 + cbtoken %2 dépasse les %3 octets après fileName</translation>
    </message>
    <message>
        <location filename="../core/protocol/viewertomac.cpp" line="191"/>
        <source>cStreamEntries %1: more than %2 or more than the %3 bytes left hold</source>
        <translation>cStreamEntries %1&#xa0;: plus de %2 ou plus que n&apos;en contiennent les %3 octets restants</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <location filename="../app/recorder.cpp" line="111"/>
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
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>&amp;Remember the volume when MMS Player closes</source>
        <translation>&amp;Mémoriser le volume à la fermeture de MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="25"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="32"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>For streams with several bit rates, the best streams that fit within this limit are chosen.</source>
        <translation>Pour les flux à plusieurs débits, les meilleurs flux qui tiennent dans cette limite sont choisis.</translation>
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
        <translation>Quantité du flux reçue avant le début de la lecture.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>How long to wait for a silent server before giving up.</source>
        <translation>Durée d&apos;attente d&apos;un serveur muet avant d&apos;abandonner.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>How long an mms:// link waits for an answer over TCP (port 1755) before it tries MMS over HTTP, as Windows Media Player does.</source>
        <translation>Durée pendant laquelle un lien mms:// attend une réponse par TCP (port 1755) avant d&apos;essayer MMS sur HTTP, comme le fait Windows Media Player.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="77"/>
        <source>A new language is used the next time MMS Player starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de MMS Player.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>&amp;Maximum bit rate:</source>
        <translation>&amp;Débit maximal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>&amp;Buffering time:</source>
        <translation>Durée de mise en &amp;tampon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84"/>
        <source>Network &amp;timeout:</source>
        <translation>Délai d&apos;attente &amp;réseau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="85"/>
        <source>Try &amp;HTTP after:</source>
        <translation>Essayer &amp;HTTP après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="95"/>
        <source>Changes apply to the next stream you open.</source>
        <translation>Les modifications s&apos;appliquent au prochain flux ouvert.</translation>
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
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="44"/>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="45"/>
        <source>Server version:</source>
        <translation>Version du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="46"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="47"/>
        <source>Bit rate of the selected streams:</source>
        <translation>Débit des flux sélectionnés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="48"/>
        <source>Received bit rate:</source>
        <translation>Débit reçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="49"/>
        <source>Packets received:</source>
        <translation>Paquets reçus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="50"/>
        <source>Packets late:</source>
        <translation>Paquets en retard&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="51"/>
        <source>Packets lost:</source>
        <translation>Paquets perdus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="52"/>
        <source>Packets skipped by stream selection:</source>
        <translation>Paquets ignorés par la sélection des flux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="53"/>
        <source>Buffer:</source>
        <translation>Tampon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="54"/>
        <source>Frames rendered:</source>
        <translation>Images affichées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="55"/>
        <source>Frames dropped (estimated):</source>
        <translation>Images perdues (estimation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="56"/>
        <source>Playback:</source>
        <translation>Lecture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="59"/>
        <source>A packet is late when it arrives after the buffering time could cover it. Lost packets are gaps in the packet numbers while every stream is selected. Dropped frames are gaps in the presentation times of the frames shown.</source>
        <translation>Un paquet est en retard lorsqu&apos;il arrive après que le temps de mise en tampon aurait pu le couvrir. Les paquets perdus sont des trous dans la numérotation des paquets lorsque tous les flux sont sélectionnés. Les images perdues sont des trous dans les temps de présentation des images affichées.</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="92"/>
        <source>MMS over HTTP</source>
        <translation>MMS sur HTTP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="93"/>
        <source>MMS over TCP</source>
        <translation>MMS sur TCP</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="105"/>
        <source>%1 KiB (%2 s)</source>
        <translation>%1 Kio (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="108"/>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
</context>
<context>
    <name>StreamRecorder</name>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="37"/>
        <source>The file %1 could not be created: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="54"/>
        <source>The recording %1 could not be completed: %2</source>
        <translation>L&apos;enregistrement %1 n&apos;a pas pu être terminé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="96"/>
        <source>Recording to %1 failed: %2</source>
        <translation>L&apos;enregistrement dans %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Bit rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="33"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="35"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="37"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="41"/>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation>Mesuré à partir des données reçues jusqu&apos;ici&#xa0;: l&apos;en-tête du flux n&apos;indique pas son débit.</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="103"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="105"/>
        <source>The stream&apos;s header does not state its bit rate; it is measured while the stream plays.</source>
        <translation>L&apos;en-tête du flux n&apos;indique pas son débit&#xa0;; il est mesuré pendant la lecture.</translation>
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
            <numerusform>%1 Hz, %n canaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="96"/>
        <source>Plays mms:// and mmst:// streams.</source>
        <translation>Lit les flux mms:// et mmst://.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="101"/>
        <source>Stream or playlist (.asx, .wax, .wvx file or http:// URL) to play; without one, the built-in demo.</source>
        <translation>Flux ou liste de lecture à lire (fichier .asx, .wax, .wvx ou URL http://)&#xa0;; sans argument, la démo intégrée.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="133"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="134"/>
        <source>The built-in demo server could not start: %1</source>
        <translation>Le serveur de démonstration intégré n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
</TS>
