<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AsfRecordWriter</name>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="44"/>
        <source>not open, failed, or the header is written already</source>
        <translation>未打开、已失败或头部已写入</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="46"/>
        <source>unusable packet size %1</source>
        <translation>无法使用的数据包大小 %1</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="48"/>
        <source>the header is not a Header Object plus a Data Object preamble</source>
        <translation>头部不是 Header Object 加 Data Object 前导</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="66"/>
        <source>the header has no File Properties object</source>
        <translation>头部没有 File Properties 对象</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="76"/>
        <source>a packet before the header, after finish() or after an error</source>
        <translation>数据包出现在头部之前、finish() 之后或错误之后</translation>
    </message>
    <message>
        <location filename="../core/session/asfrecordwriter.cpp" line="80"/>
        <source>a packet of %1 bytes, the header&apos;s packet size is %2</source>
        <translation>数据包有 %1 字节，头部的数据包大小为 %2</translation>
    </message>
</context>
<context>
    <name>AsfText</name>
    <message>
        <location filename="../core/asf/asffile.cpp" line="40"/>
        <source>%1: %2 bytes, too short for an ASF Header Object</source>
        <translation>%1：%2 字节，不足以容纳 ASF Header Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="51"/>
        <source>Data Object: file ends after the Header Object</source>
        <translation>Data Object：文件在 Header Object 之后结束</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="52"/>
        <source>Header Object: size %1 runs past the end of the file (%2 bytes)</source>
        <translation>Header Object：大小 %1 超出文件末尾（%2 字节）</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="63"/>
        <source>%1: short read of the header: %2</source>
        <translation>%1：头部读取不完整：%2</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="107"/>
        <source>Data Object: packet %1 requested, the file has %2</source>
        <translation>Data Object：请求第 %1 个数据包，文件只有 %2 个</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="129"/>
        <source>the file ends before byte %1</source>
        <translation>文件在第 %1 字节之前结束</translation>
    </message>
    <message>
        <location filename="../core/asf/asffile.cpp" line="132"/>
        <source>Data Object: reading packet %1: %2</source>
        <translation>Data Object：读取数据包 %1 时：%2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="33"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="64"/>
        <source>%1: %2 trailing bytes, too few for an object header</source>
        <translation>%1：剩余 %2 字节，不足以构成对象头</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="40"/>
        <source>%1: child object %2 has size %3, smaller than its 24-byte header</source>
        <translation>%1：子对象 %2 的大小为 %3，小于其 24 字节的对象头</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="45"/>
        <source>%1: child object %2 claims %3 bytes, only %4 remain</source>
        <translation>%1：子对象 %2 声明 %3 字节，但只剩 %4 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="58"/>
        <source>File Properties: a second File Properties Object</source>
        <translation>File Properties：出现第二个 File Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="61"/>
        <source>File Properties: object size %1, must be 104</source>
        <translation>File Properties：对象大小为 %1，必须为 104</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="82"/>
        <source>File Properties: packet size 0 (min %1, max %2)</source>
        <translation>File Properties：数据包大小为 0（最小 %1，最大 %2）</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="87"/>
        <source>File Properties: minimum packet size %1 differs from maximum %2</source>
        <translation>File Properties：最小数据包大小 %1 与最大值 %2 不同</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="92"/>
        <source>File Properties: packet size %1 over our limit of %2</source>
        <translation>File Properties：数据包大小 %1 超过上限 %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="97"/>
        <source>File Properties: preroll %1 ms over our limit of %2 ms</source>
        <translation>File Properties：预卷 %1 毫秒超过上限 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="105"/>
        <source>File Properties: play duration %1 / send duration %2 (100 ns) over our limit of %3</source>
        <translation>File Properties：播放时长 %1 / 发送时长 %2（100 纳秒）超过上限 %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="122"/>
        <source>Content Description: object size %1, minimum 34</source>
        <translation>Content Description：对象大小为 %1，最小为 34</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="129"/>
        <source>Content Description: string lengths total %1, only %2 bytes present</source>
        <translation>Content Description：字符串长度合计 %1，但只有 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="147"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="202"/>
        <source>Header Extension: object size %1, minimum 46</source>
        <translation>Header Extension：对象大小为 %1，最小为 46</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="150"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="205"/>
        <source>Header Extension: data size %1, only %2 bytes in the object</source>
        <translation>Header Extension：数据大小为 %1，但对象中只有 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="179"/>
        <source>Header Object: no File Properties Object</source>
        <translation>Header Object：没有 File Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="182"/>
        <source>Header Object: no Stream Properties Object</source>
        <translation>Header Object：没有 Stream Properties Object</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="254"/>
        <source>Header Object: wrong GUID</source>
        <translation>Header Object：GUID 错误</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="259"/>
        <source>Header Object: %1 of 30 preamble bytes</source>
        <translation>Header Object：前导 30 字节中只有 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="266"/>
        <source>Header Object: size %1, minimum 30</source>
        <translation>Header Object：大小为 %1，最小为 30</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="271"/>
        <source>Header Object: size %1 over our limit of %2</source>
        <translation>Header Object：大小 %1 超过上限 %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="291"/>
        <location filename="../core/asf/asfheaderfilter.cpp" line="293"/>
        <source>Header Object: %1 of %2 bytes</source>
        <translation>Header Object：%2 字节中只有 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="299"/>
        <source>Header Object: %1 header objects cannot fit in %2 bytes</source>
        <translation>Header Object：%1 个头部对象无法放入 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="316"/>
        <source>Data Object: %1 of 50 preamble bytes</source>
        <translation>Data Object：前导 50 字节中只有 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="329"/>
        <source>Data Object: not found after the Header Object</source>
        <translation>Data Object：在 Header Object 之后未找到</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderparser.cpp" line="335"/>
        <source>Data Object: size %1, minimum 50</source>
        <translation>Data Object：大小为 %1，最小为 50</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="21"/>
        <source>Data packet: %1</source>
        <translation>数据包：%1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="37"/>
        <source>payload %1 header runs past the packet</source>
        <translation>负载 %1 的头部超出数据包</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="43"/>
        <source>payload %1 has stream number 0</source>
        <translation>负载 %1 的流编号为 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="53"/>
        <source>payload %1 replicated data runs past the packet</source>
        <translation>负载 %1 的复制数据超出数据包</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="61"/>
        <source>payload %1 replicated data length %2, %3 bytes left</source>
        <translation>负载 %1：复制数据长度为 %2，只剩 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="72"/>
        <source>payload %1 replicated data length %2 (must be 0, 1 or &gt;= 8)</source>
        <translation>负载 %1：复制数据长度为 %2（必须为 0、1 或 &gt;= 8）</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="82"/>
        <source>payload %1 length %2, %3 bytes left</source>
        <translation>负载 %1：长度为 %2，只剩 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="97"/>
        <source>payload %1 compressed sub-payload of %2 bytes runs past the payload</source>
        <translation>负载 %1：%2 字节的压缩子负载超出负载</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="117"/>
        <source>Data packet: packet size %1 (1..%2)</source>
        <translation>数据包：数据包大小为 %1（1..%2）</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="123"/>
        <source>%1 bytes, longer than the packet size %2</source>
        <translation>%1 字节，超过数据包大小 %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="130"/>
        <source>empty packet</source>
        <translation>空数据包</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="137"/>
        <source>error correction length type %1 (must be 0)</source>
        <translation>纠错长度类型为 %1（必须为 0）</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="139"/>
        <source>error correction data runs past the packet</source>
        <translation>纠错数据超出数据包</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="155"/>
        <source>payload parsing information runs past the %1 bytes</source>
        <translation>负载解析信息超出 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="162"/>
        <source>Packet Length %1 over the packet size %2</source>
        <translation>Packet Length %1 超过数据包大小 %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="167"/>
        <source>Packet Length %1 shorter than its %2-byte header</source>
        <translation>Packet Length %1 短于其 %2 字节的头部</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="172"/>
        <source>Padding Length %1 over the %2 bytes after the header</source>
        <translation>Padding Length %1 超过头部之后的 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="185"/>
        <source>no Payload Flags byte</source>
        <translation>没有 Payload Flags 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="191"/>
        <source>multiple-payload packet with 0 payloads</source>
        <translation>多负载数据包中负载数为 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacket.cpp" line="194"/>
        <source>multiple-payload packet without payload lengths</source>
        <translation>多负载数据包没有负载长度</translation>
    </message>
    <message>
        <location filename="../core/asf/asfpacketbuild.cpp" line="64"/>
        <source>Data packet: %1 bytes after adding a Padding Length field, over the packet size %2</source>
        <translation>数据包：添加 Padding Length 字段后为 %1 字节，超过数据包大小 %2</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="66"/>
        <source>Stream Properties: audio format data of %1 bytes, WAVEFORMATEX needs 16</source>
        <translation>Stream Properties：音频格式数据为 %1 字节，WAVEFORMATEX 需要 16 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="80"/>
        <source>Stream Properties: stream %1 has 0 audio channels</source>
        <translation>Stream Properties：流 %1 有 0 个音频声道</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="83"/>
        <source>Stream Properties: stream %1 sample rate %2 Hz</source>
        <translation>Stream Properties：流 %1 的采样率为 %2 Hz</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="99"/>
        <source>Stream Properties: video format data of %1 bytes, needs 11</source>
        <translation>Stream Properties：视频格式数据为 %1 字节，需要 11 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="109"/>
        <source>Stream Properties: video format data size %1 exceeds the %2 bytes present</source>
        <translation>Stream Properties：视频格式数据大小 %1 超过现有的 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="115"/>
        <source>Stream Properties: video size %1x%2 over our limit of %3</source>
        <translation>Stream Properties：视频尺寸 %1x%2 超过上限 %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="142"/>
        <source>Stream Properties: object size %1, minimum 78</source>
        <translation>Stream Properties：对象大小为 %1，最小为 78</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="158"/>
        <source>Stream Properties: type-specific data (%1) + error correction data (%2) exceed the %3 bytes left in the object</source>
        <translation>Stream Properties：类型特定数据（%1）+ 纠错数据（%2）超过对象中剩余的 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="168"/>
        <source>Stream Properties: stream number 0</source>
        <translation>Stream Properties：流编号为 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="171"/>
        <source>Stream Properties: more than %1 streams</source>
        <translation>Stream Properties：超过 %1 个流</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="174"/>
        <source>Stream Properties: stream number %1 declared twice</source>
        <translation>Stream Properties：流编号 %1 被声明了两次</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="201"/>
        <source>Extended Stream Properties: object size %1, minimum 88</source>
        <translation>Extended Stream Properties：对象大小为 %1，最小为 88</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="215"/>
        <source>Extended Stream Properties: stream number %1</source>
        <translation>Extended Stream Properties：流编号 %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="219"/>
        <source>Extended Stream Properties: stream %1 described twice</source>
        <translation>Extended Stream Properties：流 %1 被描述了两次</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="227"/>
        <source>Extended Stream Properties: %1 stream names cannot fit in %2 bytes</source>
        <translation>Extended Stream Properties：%1 个流名称无法放入 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="235"/>
        <source>Extended Stream Properties: stream name %1 runs past the object</source>
        <translation>Extended Stream Properties：流名称 %1 超出对象</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="243"/>
        <source>Extended Stream Properties: %1 payload extension systems cannot fit in %2 bytes</source>
        <translation>Extended Stream Properties：%1 个负载扩展系统无法放入 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="253"/>
        <source>Extended Stream Properties: payload extension system %1 runs past the object</source>
        <translation>Extended Stream Properties：负载扩展系统 %1 超出对象</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="268"/>
        <source>Extended Stream Properties: embedded Stream Properties size %1, %2 bytes left</source>
        <translation>Extended Stream Properties：内嵌 Stream Properties 大小为 %1，只剩 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="278"/>
        <source>Extended Stream Properties: embedded Stream Properties declares stream %1 inside the description of stream %2</source>
        <translation>Extended Stream Properties：内嵌 Stream Properties 在流 %2 的描述中声明了流 %1</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="295"/>
        <source>Stream Bitrate Properties: object size %1, minimum 26</source>
        <translation>Stream Bitrate Properties：对象大小为 %1，最小为 26</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="299"/>
        <source>Stream Bitrate Properties: %1 records cannot fit in %2 bytes</source>
        <translation>Stream Bitrate Properties：%1 条记录无法放入 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="310"/>
        <source>Stream Bitrate Properties: record %1 has stream number 0</source>
        <translation>Stream Bitrate Properties：记录 %1 的流编号为 0</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="323"/>
        <source>Language List: object size %1, minimum 26</source>
        <translation>Language List：对象大小为 %1，最小为 26</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="326"/>
        <source>Language List: %1 records cannot fit in %2 bytes</source>
        <translation>Language List：%1 条记录无法放入 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfstreamobjects.cpp" line="334"/>
        <source>Language List: record %1 runs past the object</source>
        <translation>Language List：记录 %1 超出对象</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="69"/>
        <source>%1: child object %2 has size %3, %4 bytes remain</source>
        <translation>%1：子对象 %2 的大小为 %3，剩余 %4 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="83"/>
        <source>%1: object size %2, minimum %3</source>
        <translation>%1：对象大小 %2，最小为 %3</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="111"/>
        <source>%1: %2 records cannot fit in %3 bytes</source>
        <translation>%1：%2 条记录无法放入 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="158"/>
        <source>Group Mutual Exclusion: record %1 runs past the object</source>
        <translation>Group Mutual Exclusion：记录 %1 超出对象末尾</translation>
    </message>
    <message>
        <location filename="../core/asf/asfheaderfilter.cpp" line="324"/>
        <source>Header Object: no Stream Properties Object of the streams kept</source>
        <translation>Header Object：没有所保留流的 Stream Properties Object</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Try &apos;mmsplayer --help&apos;.</source>
        <translation>请尝试“mmsplayer --help”。</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="39"/>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file：无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="46"/>
        <source>--password-file: the first line of %1 is too long</source>
        <translation>--password-file：%1 的第一行太长</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="106"/>
        <source>--record needs an output file</source>
        <translation>--record 需要一个输出文件</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="113"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration 需要一个大于 0 的秒数</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="116"/>
        <source>--start needs a number of seconds</source>
        <translation>--start 需要一个秒数</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="119"/>
        <location filename="../app/clioptions.cpp" line="128"/>
        <source>--streams needs a list like 1,3</source>
        <translation>--streams 需要一个列表，例如 1,3</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="124"/>
        <source>--streams: &quot;%1&quot; is not a stream number (1..127)</source>
        <translation>--streams：“%1”不是流编号（1..127）</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="133"/>
        <source>--max-bitrate needs bits per second, e.g. 200000</source>
        <translation>--max-bitrate 需要每秒比特数，例如 200000</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="138"/>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout 需要 0.1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="144"/>
        <source>--user needs a user name (DOMAIN\name for NTLM)</source>
        <translation>--user 需要一个用户名（NTLM 使用 域\用户名）</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="148"/>
        <source>--password-file needs a file</source>
        <translation>--password-file 需要一个文件</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="151"/>
        <source>a password is not taken on the command line (others could read it): use --password-file FILE or the environment variable MMSPLAYER_PASSWORD</source>
        <translation>不接受在命令行中提供密码（其他人可能会读取到）：请使用 --password-file 文件 或环境变量 MMSPLAYER_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="155"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="161"/>
        <source>--password-file needs --user</source>
        <translation>--password-file 需要 --user</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="170"/>
        <source>--user needs a password: --password-file FILE or the environment variable MMSPLAYER_PASSWORD</source>
        <translation>--user 需要密码：--password-file 文件 或环境变量 MMSPLAYER_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="175"/>
        <source>--record and --list-streams cannot be combined</source>
        <translation>--record 和 --list-streams 不能同时使用</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="178"/>
        <source>--duration, --start, --streams, --max-bitrate, --timeout, --user and --password-file need --record or --list-streams</source>
        <translation>--duration、--start、--streams、--max-bitrate、--timeout、--user 和 --password-file 需要与 --record 或 --list-streams 一起使用</translation>
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
        <translation>用法：mmsplayer [URL]                       在窗口中播放
      mmsplayer --record 输出.asf [选项] URL
      mmsplayer --list-streams [选项] URL

播放并录制 Microsoft Media Server 流：mmst://（基于 TCP 的 MMS）、mmsh://
和 http://（基于 HTTP 的 MMS）、mms://（先 TCP，再尝试 80 端口上的 HTTP）。

选项：
  --record 文件        将流作为完整的 ASF 文件写入“文件”
  --list-streams       打印流、标题、作者和时长，然后退出
  --duration 秒数      只录制这么长的内容，然后正常停止
  --start 秒数         从此位置开始
  --streams N,M        录制这些 ASF 流编号（参见 --list-streams）
  --max-bitrate BPS    选择适合此比特率的最佳音频和视频
  --timeout 秒数       服务器静默这么长时间后放弃（默认 10）
  --quiet              不显示进度行
  --user 用户名        服务器要求时以“用户名”登录（NTLM 使用 域\用户名）
  --password-file 文件 密码为“文件”的第一行；未指定此选项时，使用
                       环境变量 MMSPLAYER_PASSWORD
  -h, --help           显示此帮助
  -v, --version        显示版本

退出码：
  0  完成（流结束、达到 --duration 或已列出流）
  1  用法错误
  2  网络错误：找不到主机、连接被拒绝或断开、超时
  3  服务器拒绝：找不到文件、拒绝访问、需要身份验证等
  4  协议错误：服务器发送了无效数据
  5  无法写入输出文件
</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="181"/>
        <source>no URL given</source>
        <translation>未指定 URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="182"/>
        <source>only one URL, please</source>
        <translation>只能指定一个 URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="187"/>
        <source>&quot;%1&quot; is not an mms://, mmst://, mmsh:// or http:// URL</source>
        <translation>“%1” 不是 mms://、mmst://、mmsh:// 或 http:// 地址</translation>
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
        <translation>连接已断开；正在重新连接（第 %1 次，共 %2 次）</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="103"/>
        <location filename="../app/clirunner.cpp" line="237"/>
        <source>cannot write %1</source>
        <extracomment>%1 is the file&apos;s name and the reason, e.g. &quot;out.asf: Permission denied&quot;.</extracomment>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="163"/>
        <source>Title:</source>
        <extracomment>--list-streams output; the labels are padded to one width so the values line up.</extracomment>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="164"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="165"/>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="166"/>
        <source>Transport:</source>
        <translation>传输方式：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="172"/>
        <source>live</source>
        <extracomment>The duration of a live broadcast, which has none.</extracomment>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="172"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="176"/>
        <source>Streams (* = played by default):</source>
        <translation>流（* = 默认播放）：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="182"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="184"/>
        <source>%1 Hz, %2 ch</source>
        <extracomment>Sample rate and number of channels of an audio stream.</extracomment>
        <translation>%1 Hz，%2 声道</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="187"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="191"/>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="195"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="202"/>
        <source>~%1 kbit/s (measured)</source>
        <extracomment>A bit rate the header does not state, measured from a few seconds of the data.</extracomment>
        <translation>~%1 kbit/s（实测）</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="205"/>
        <source>language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="206"/>
        <source>name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="218"/>
        <source>server says: %1 (0x%2)</source>
        <extracomment>%1 is the server&apos;s error in words, %2 its hexadecimal HRESULT code.</extracomment>
        <translation>服务器返回：%1（0x%2）</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="220"/>
        <source>the server asks for a user name and password (--user)</source>
        <translation>服务器要求提供用户名和密码（--user）</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="223"/>
        <source>authentication failed: %1</source>
        <extracomment>%1 says why, e.g. the server refused the credentials of user &quot;alice&quot;.</extracomment>
        <translation>身份验证失败：%1</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="29"/>
        <source>&amp;Remember this password</source>
        <translation>记住此密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="33"/>
        <location filename="../ui/credentialsdialog.cpp" line="93"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="61"/>
        <source>user or DOMAIN\user</source>
        <translation>用户名或 域\用户名</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="72"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="73"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="103"/>
        <source>Sign in to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="105"/>
        <source>The server asks for a user name and password (%1).</source>
        <translation>服务器要求输入用户名和密码（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="107"/>
        <source>Realm: %1</source>
        <translation>领域：%1</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="113"/>
        <source>The password will be sent without encryption.</source>
        <translation>密码将以未加密的方式发送。</translation>
    </message>
    <message>
        <location filename="../ui/credentialsdialog.cpp" line="118"/>
        <source>The user name or password was not accepted. Try again (attempt %1 of %2).</source>
        <translation>用户名或密码未被接受。请重试（第 %1 次，共 %2 次）。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="12"/>
        <source>This is not a valid MMS address. Use mms://, mmst://, mmsh:// or http://host/path.</source>
        <translation>这不是有效的 MMS 地址。请使用 mms://、mmst://、mmsh:// 或 http://主机/路径。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>找不到服务器的名称。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17"/>
        <source>The server refused the connection. Is an MMS server running on that port?</source>
        <translation>服务器拒绝了连接。该端口上是否运行着 MMS 服务器？</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19"/>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="21"/>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>The server sent something this player does not understand (%1).</source>
        <translation>服务器发送了本播放器无法理解的内容（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>The stream&apos;s ASF header is damaged or not supported.</source>
        <translation>流的 ASF 头已损坏或不受支持。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>The server sent a media packet larger than the stream allows.</source>
        <translation>服务器发送的媒体数据包超出了流允许的大小。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="32"/>
        <source>The server asks for a user name and password; signing in was cancelled.</source>
        <translation>服务器要求输入用户名和密码；登录已取消。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="34"/>
        <source>The server did not accept the user name and password.</source>
        <translation>服务器不接受该用户名和密码。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36"/>
        <source>The server redirected the player too many times.</source>
        <translation>服务器重定向播放器的次数过多。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="38"/>
        <source>The stream has no audio or video that this player can play.</source>
        <translation>该流中没有本播放器可以播放的音频或视频。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="40"/>
        <source>Unknown error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="50"/>
        <source>The server could not find this file.</source>
        <translation>服务器找不到此文件。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="52"/>
        <source>The server denied access to this file.</source>
        <translation>服务器拒绝访问此文件。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="54"/>
        <source>The server has too many viewers right now. Try again later.</source>
        <translation>服务器当前观看人数过多。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="56"/>
        <source>The server timed out.</source>
        <translation>服务器超时。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>The network is busy. Try again later.</source>
        <translation>网络繁忙。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="61"/>
        <source>The server could not open this file.</source>
        <translation>服务器无法打开此文件。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="63"/>
        <source>The file on the server is not a valid ASF file.</source>
        <translation>服务器上的文件不是有效的 ASF 文件。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="66"/>
        <source>The server rejected the request.</source>
        <translation>服务器拒绝了请求。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="68"/>
        <source>There is not enough bandwidth for this stream.</source>
        <translation>带宽不足，无法播放此流。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="70"/>
        <source>The server has no stream to send.</source>
        <translation>服务器没有可发送的流。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="72"/>
        <source>The stream has ended.</source>
        <translation>流已结束。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="75"/>
        <source>The server lost its connection.</source>
        <translation>服务器失去了连接。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="77"/>
        <source>The server could not be found.</source>
        <translation>找不到服务器。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="79"/>
        <source>The server cannot fast forward or rewind this stream.</source>
        <translation>服务器无法对此流快进或快退。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="83"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>服务器返回了 HTTP 状态 %1。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="84"/>
        <source>The server reported error 0x%1.</source>
        <translation>服务器报告错误 0x%1。</translation>
    </message>
</context>
<context>
    <name>HresultText</name>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="22"/>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="24"/>
        <source>end of playlist entry</source>
        <translation>播放列表项结束</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="27"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="29"/>
        <source>path not found</source>
        <translation>找不到路径</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="31"/>
        <source>access denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="33"/>
        <source>invalid parameter in the request</source>
        <translation>请求中的参数无效</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="36"/>
        <source>the file could not be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="38"/>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="40"/>
        <source>network busy</source>
        <translation>网络繁忙</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="42"/>
        <source>too many sessions on the server</source>
        <translation>服务器上的会话过多</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="44"/>
        <source>the server timed out</source>
        <translation>服务器超时</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="46"/>
        <source>connection failure</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="48"/>
        <source>request invalid in the current state</source>
        <translation>当前状态下请求无效</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="50"/>
        <source>insufficient bandwidth</source>
        <translation>带宽不足</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="52"/>
        <source>no stream available</source>
        <translation>没有可用的流</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="54"/>
        <source>no more data in the stream</source>
        <translation>流中没有更多数据</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="56"/>
        <source>server not found</source>
        <translation>找不到服务器</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="58"/>
        <source>fast forward or rewind refused</source>
        <translation>快进或快退被拒绝</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="60"/>
        <source>the file is not valid ASF</source>
        <translation>文件不是有效的 ASF</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="64"/>
        <source>unknown server error</source>
        <translation>未知的服务器错误</translation>
    </message>
    <message>
        <location filename="../core/session/hresulttext.cpp" line="65"/>
        <source>unknown status</source>
        <translation>未知状态</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Reading header</source>
        <translation>正在读取头部</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Streaming</source>
        <translation>正在传输流</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Streams</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Playlist</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>The playlist could not be loaded: %1</source>
        <translation>无法加载播放列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Save Stream</source>
        <translation>保存流</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Open URL…</source>
        <translation>打开 URL(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>Open &amp;File…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Recent URLs</source>
        <translation>最近的 URL(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Save Stream As…</source>
        <translation>流另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>S&amp;top Saving</source>
        <translation>停止保存(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Play/Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>P&amp;revious Entry</source>
        <translation>上一项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Next Entry</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Rewind</source>
        <translation>快退(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Fast &amp;Forward</source>
        <translation>快进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>S&amp;tatistics</source>
        <translation>统计信息(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;About MMS Player</source>
        <translation>关于 MMS Player(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
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
        <translation>打开播放列表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Windows Media playlists (*.asx *.wax *.wvx);;All files (*)</source>
        <translation>Windows Media 播放列表 (*.asx *.wax *.wvx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>stream.asf</source>
        <translation>stream.asf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Save Stream As</source>
        <translation>流另存为</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Windows Media files (*.asf *.wmv *.wma);;All files (*)</source>
        <translation>Windows Media 文件 (*.asf *.wmv *.wma);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Saving to %1</source>
        <translation>正在保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>About MMS Player</source>
        <translation>关于 MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Plays Microsoft Media Server streams (mms:// and mmst://) of ASF content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;播放 ASF 内容的 Microsoft Media Server 流（mms:// 和 mmst://）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>&lt;p&gt;Copyright © The MMS Player developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © MMS Player 开发者。&lt;/p&gt;&lt;p&gt;本程序是自由软件：您可以根据自由软件基金会发布的 GNU 通用公共许可证（GNU General Public License）的条款重新分发和/或修改它，可以使用该许可证的第 3 版，或者（由您选择）任何更高版本（GPL-3.0-or-later）。本程序不提供任何担保。详见 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Reconnecting (%1/%2)…</source>
        <translation>正在重新连接（%1/%2）…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>End of stream</source>
        <translation>流已结束</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>%1 (MMS over HTTP)</source>
        <extracomment>The session&apos;s state (&quot;Streaming&quot;) when it goes over HTTP (mmsh://, or after rollover).</extracomment>
        <translation>%1（基于 HTTP 的 MMS）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Buffer %1 KiB (%2 s)</source>
        <translation>缓冲区 %1 KiB（%2 秒）</translation>
    </message>
</context>
<context>
    <name>MmsSession</name>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="28"/>
        <source>malformed %1: %2 at byte %3 (%4)</source>
        <translation>%1 消息格式错误：%2，位于第 %3 字节（%4）</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="188"/>
        <source>%1 (tried MMS over TCP, then MMS over HTTP)</source>
        <translation>%1（已尝试基于 TCP 的 MMS，然后是基于 HTTP 的 MMS）</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="189"/>
        <source>%1 (MMS over HTTP, after MMS over TCP failed: %2)</source>
        <translation>%1（基于 HTTP 的 MMS；此前基于 TCP 的 MMS 失败：%2）</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="255"/>
        <source>the server closed the connection while %1</source>
        <translation>服务器在 %1 状态下关闭了连接</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="258"/>
        <source>, in the middle of a message (%1 bytes of it received)</source>
        <translation>，正处于一条消息中间（已收到 %1 字节）</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="272"/>
        <source>host %1 not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="276"/>
        <source>%1 port %2 refused the connection</source>
        <translation>%1 端口 %2 拒绝了连接</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession_p.cpp" line="304"/>
        <source>no complete message from the server for %1 ms while %2</source>
        <translation>在 %2 状态下 %1 毫秒内未收到服务器的完整消息</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="53"/>
        <source>bad bytes from the server: %1 at byte %2 (%3)</source>
        <translation>服务器发来错误的字节：%1，位于第 %2 字节（%3）</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="228"/>
        <source>a media Data packet arrived before ReportStartedPlaying</source>
        <translation>媒体数据包在 ReportStartedPlaying 之前到达</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransport.cpp" line="234"/>
        <source>a Data packet with incarnation %1 arrived while %2; none was requested</source>
        <translation>在 %2 状态下收到了化身号为 %1 的数据包，但并未请求任何数据</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="15"/>
        <source>the ASF header does not parse: %1 at byte %2 (%3)</source>
        <translation>无法解析 ASF 头部：%1，位于第 %2 字节（%3）</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="24"/>
        <source>the ASF header&apos;s packet size %1 is unusable</source>
        <translation>ASF 头部中的数据包大小 %1 无法使用</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="38"/>
        <location filename="../core/session/mmssessionrequests.cpp" line="112"/>
        <source>the file has no audio or video stream</source>
        <translation>文件中没有音频或视频流</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="61"/>
        <source>Data packet %1 carries %2 bytes, more than the header&apos;s packet size %3</source>
        <translation>数据包 %1 携带 %2 字节，超过头部的数据包大小 %3</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessiondata.cpp" line="71"/>
        <source>ASF data packet %1 is malformed: %2 at byte %3 (%4)</source>
        <translation>ASF 数据包 %1 格式错误：%2，位于第 %3 字节（%4）</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="88"/>
        <location filename="../core/transport/mmsttransportplay.cpp" line="176"/>
        <source>%1 arrived while %2, out of order</source>
        <translation>%1 在 %2 状态下到达，顺序错误</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="209"/>
        <source>the server refused the TCP data transport: %1 (%2)</source>
        <translation>服务器拒绝了 TCP 数据传输：%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="226"/>
        <source>ReportOpenFile: packet size %1 is outside 1..%2</source>
        <translation>ReportOpenFile：数据包大小 %1 不在 1..%2 范围内</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="233"/>
        <source>ReportOpenFile announces a %1-byte header, over the limit of %2 bytes</source>
        <translation>ReportOpenFile 声明头部为 %1 字节，超过上限 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportsetup.cpp" line="271"/>
        <source>the server redirects to a proxy (&quot;%1&quot;), which is not supported</source>
        <translation>服务器重定向到代理（“%1”），不支持此操作</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="86"/>
        <source>bad bytes from the HTTP server: %1 at byte %2 (%3)</source>
        <translation>来自 HTTP 服务器的错误字节：%1，位于第 %2 字节（%3）</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="76"/>
        <source>the server sent bytes nobody asked for</source>
        <translation>服务器发送了未曾请求的字节</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="231"/>
        <source>the server redirects a Play request</source>
        <translation>服务器重定向了 Play 请求</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreports.cpp" line="36"/>
        <source>more than %1 redirects; the last one pointed to %2</source>
        <translation>重定向超过 %1 次；最后一次指向 %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreports.cpp" line="45"/>
        <source>redirect to an unusable location &quot;%1&quot;: %2</source>
        <translation>重定向到无法使用的位置“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="242"/>
        <source>the server sent a plain ASF file over HTTP, not an MMS stream</source>
        <translation>服务器通过 HTTP 发送的是普通 ASF 文件，而不是 MMS 流</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="248"/>
        <source>the server answered with a playlist that does not parse: %1</source>
        <translation>服务器返回的播放列表无法解析：%1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="264"/>
        <source>the server answered with a playlist that names no MMS stream</source>
        <translation>服务器返回的播放列表中没有 MMS 流</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportresponse.cpp" line="311"/>
        <source>the ASF Header Object claims %1 bytes, outside 30..%2</source>
        <translation>ASF Header Object 声明了 %1 字节，超出 30..%2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="135"/>
        <source>ReportStartedPlaying carries incarnation %1, StartPlaying sent %2</source>
        <translation>ReportStartedPlaying 的化身号为 %1，而 StartPlaying 发送的是 %2</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="183"/>
        <source>ReportEndOfStream: %1 (%2)</source>
        <translation>ReportEndOfStream：%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="213"/>
        <source>ReportStreamChange: packet size %1 is outside 1..%2</source>
        <translation>ReportStreamChange：数据包大小 %1 不在 1..%2 范围内</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="220"/>
        <source>ReportStreamChange announces a %1-byte header, over the limit of %2 bytes</source>
        <translation>ReportStreamChange 声明头部为 %1 字节，超过上限 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionreconnect.cpp" line="49"/>
        <source>the connection was lost and %1 reconnect attempts failed; the last one: %2</source>
        <translation>连接已断开，%1 次重新连接尝试均失败；最后一次：%2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrequests.cpp" line="111"/>
        <source>none of the requested streams is in the file</source>
        <translation>文件中没有任何请求的流</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="10"/>
        <source>not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="18"/>
        <source>the URL scheme must be mms://, mmst://, mmsh:// or http://, not &quot;%1&quot;</source>
        <translation>URL 协议必须是 mms://、mmst://、mmsh:// 或 http://，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="28"/>
        <source>the URL has no host</source>
        <translation>URL 中没有主机</translation>
    </message>
    <message>
        <location filename="../core/session/mmsurl.cpp" line="34"/>
        <source>invalid port %1</source>
        <translation>无效的端口 %1</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="30"/>
        <source>header fragment while no header transfer is running</source>
        <translation>在没有进行头部传输时收到头部片段</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="34"/>
        <source>header fragment with LocationId %1, expected %2</source>
        <translation>头部片段的 LocationId 为 %1，预期为 %2</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="39"/>
        <source>header fragment of %1 bytes, more than the packet size %2</source>
        <translation>头部片段为 %1 字节，超过数据包大小 %2</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="45"/>
        <source>the header grows past the %1 bytes that ReportOpenFile announced</source>
        <translation>头部超出了 ReportOpenFile 声明的 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="48"/>
        <source>the header grows past the limit of %1 bytes</source>
        <translation>头部超出了 %1 字节的上限</translation>
    </message>
    <message>
        <location filename="../core/session/headerassembler.cpp" line="58"/>
        <source>the header has %1 bytes, ReportOpenFile announced %2</source>
        <translation>头部为 %1 字节，而 ReportOpenFile 声明的是 %2</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession.cpp" line="83"/>
        <source>MMS over TCP</source>
        <translation>基于 TCP 的 MMS</translation>
    </message>
    <message>
        <location filename="../core/session/mmssession.cpp" line="85"/>
        <source>MMS over HTTP</source>
        <translation>基于 HTTP 的 MMS</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="24"/>
        <source>mms:// URL: TCP first, HTTP on port %1 if TCP fails</source>
        <translation>mms:// 地址：先用 TCP，TCP 失败时改用 %1 端口上的 HTTP</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="52"/>
        <source>no answer on TCP port %1 within %2 ms</source>
        <translation>TCP 端口 %1 在 %2 毫秒内没有响应</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionrollover.cpp" line="64"/>
        <source>MMS over TCP failed (%1); trying HTTP on port %2</source>
        <translation>基于 TCP 的 MMS 失败（%1）；正在尝试 %2 端口上的 HTTP</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportpipeline.cpp" line="61"/>
        <source>the server answers none of %1 pipelined requests</source>
        <translation>服务器未应答 %1 个流水线请求中的任何一个</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportpipeline.cpp" line="94"/>
        <source>the Play response ended without $E</source>
        <translation>Play 响应结束时没有 $E</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/mmssessionauth.cpp" line="139"/>
        <source>the server refused the credentials of user &quot;%1&quot; (%2 scheme, %n refusal(s))</source>
        <translation>
            <numerusform>服务器拒绝了用户“%1”的凭据（%2 方案，已拒绝 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionauth.cpp" line="145"/>
        <source>the server asks for a user name and password (%1 scheme%2) and none were given</source>
        <translation>服务器要求提供用户名和密码（%1 方案%2），但未提供</translation>
    </message>
    <message>
        <location filename="../core/session/mmssessionauth.cpp" line="149"/>
        <source>, realm &quot;%1&quot;</source>
        <translation>，领域“%1”</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="29"/>
        <source>malformed NTLM token in SecurityChallenge: %1</source>
        <translation>SecurityChallenge 中的 NTLM 令牌格式错误：%1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="37"/>
        <source>the server sent an NTLM CHALLENGE before our NEGOTIATE</source>
        <translation>服务器在我方发送 NEGOTIATE 之前发来了 NTLM CHALLENGE</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="103"/>
        <location filename="../core/transport/mmsttransportauth.cpp" line="45"/>
        <source>the server&apos;s NTLM CHALLENGE cannot be answered: %1</source>
        <translation>无法应答服务器的 NTLM CHALLENGE：%1</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportauth.cpp" line="82"/>
        <source>the user name &quot;%1&quot; cannot be sent with Basic authentication (it is empty or holds a colon)</source>
        <translation>用户名“%1”无法通过 Basic 身份验证发送（为空或包含冒号）</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="94"/>
        <source>the server&apos;s NTLM challenge is not base64 (or over 16 KiB)</source>
        <translation>服务器的 NTLM 质询不是 base64 编码（或超过 16 KiB）</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="115"/>
        <source>the server asks for credentials in a way not supported (HTTP 401, %1)</source>
        <translation>服务器以不受支持的方式要求提供凭据（HTTP 401，%1）</translation>
    </message>
    <message>
        <location filename="../core/transport/mmshtransportauth.cpp" line="116"/>
        <source>no scheme announced</source>
        <translation>未声明任何方案</translation>
    </message>
    <message>
        <location filename="../core/transport/mmsttransportplay.cpp" line="160"/>
        <source>ReportStartStriding carries incarnation %1, StartStriding sent %2</source>
        <translation>ReportStartStriding 的化身号为 %1，而 StartStriding 发送的是 %2</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <location filename="../ui/openurldialog.cpp" line="17"/>
        <source>Open URL</source>
        <translation>打开 URL</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="23"/>
        <source>mms://server/path/file.wmv</source>
        <translation>mms://服务器/路径/文件.wmv</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="27"/>
        <source>&amp;Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):</source>
        <translation>MMS 流（mms:// 或 mmst://）或播放列表（http://）的地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="65"/>
        <source>Enter the address of a stream or a playlist.</source>
        <translation>请输入流或播放列表的地址。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="68"/>
        <source>This address is not a valid URL.</source>
        <translation>此地址不是有效的 URL。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="71"/>
        <source>The address must start with mms://, mmst:// or http://.</source>
        <translation>地址必须以 mms://、mmst:// 或 http:// 开头。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="73"/>
        <source>The address names no file.</source>
        <translation>地址未指定文件。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="78"/>
        <source>Only mms://, mmst:// and http:// addresses are supported, not %1://.</source>
        <translation>仅支持 mms://、mmst:// 和 http:// 地址，不支持 %1://。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="81"/>
        <source>The address has no server name.</source>
        <translation>地址中没有服务器名称。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="83"/>
        <source>The address names no file or stream on the server.</source>
        <translation>地址未指定服务器上的文件或流。</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../ui/passwordstore.cpp" line="63"/>
        <source>Passwords cannot be remembered: this system has no keychain (such as GNOME Keyring or KWallet) running.</source>
        <translation>无法记住密码：此系统上没有正在运行的密钥环（例如 GNOME Keyring 或 KWallet）。</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <location filename="../ui/playbackcontroller.cpp" line="432"/>
        <source>The player cannot decode this stream.</source>
        <translation>播放器无法解码此流。</translation>
    </message>
</context>
<context>
    <name>PlaybackStatistics</name>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="160"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="163"/>
        <source>striding at %1×</source>
        <extracomment>Fast-forward; %1 is the speed, e.g. &quot;striding at 5×&quot;.</extracomment>
        <translation>以 %1× 快进</translation>
    </message>
    <message>
        <location filename="../ui/playbackstatistics.cpp" line="165"/>
        <source>striding backwards at %1×</source>
        <extracomment>Rewind; %1 is the speed, e.g. &quot;striding backwards at 5×&quot;.</extracomment>
        <translation>以 %1× 快退</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/playercontrols.cpp" line="22"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="36"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="45"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="78"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="78"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="132"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="132"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="162"/>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="170"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="193"/>
        <source>Rewind (now %1×; press for faster)</source>
        <translation>快退（当前 %1×；再按一次可加快）</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="193"/>
        <source>Rewind</source>
        <translation>快退</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="195"/>
        <source>Fast forward (now %1×; press for faster)</source>
        <translation>快进（当前 %1×；再按一次可加快）</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="195"/>
        <source>Fast forward</source>
        <translation>快进</translation>
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
        <translation>正在缓冲 %1%</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="20"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="20"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="25"/>
        <source>Previous entry</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="28"/>
        <source>Next entry</source>
        <translation>下一项</translation>
    </message>
</context>
<context>
    <name>PlaylistText</name>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="64"/>
        <source>no &lt;ASX&gt; element</source>
        <translation>没有 &lt;ASX&gt; 元素</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="67"/>
        <source>input ends inside &lt;%1&gt; opened at %2</source>
        <translation>输入在 %2 处打开的 &lt;%1&gt; 内部结束</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="80"/>
        <source>text before &lt;ASX&gt;</source>
        <translation>&lt;ASX&gt; 之前有文本</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="100"/>
        <source>the root element is &lt;%1&gt;, not &lt;ASX&gt;</source>
        <translation>根元素是 &lt;%1&gt;，而不是 &lt;ASX&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="102"/>
        <source>&lt;ASX&gt; inside &lt;%1&gt;</source>
        <translation>&lt;ASX&gt; 位于 &lt;%1&gt; 内部</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="105"/>
        <source>elements nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="112"/>
        <source>&lt;REF&gt; outside &lt;ENTRY&gt; ignored</source>
        <translation>已忽略 &lt;ENTRY&gt; 之外的 &lt;REF&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="114"/>
        <source>&lt;REF&gt; without HREF ignored</source>
        <translation>已忽略没有 HREF 的 &lt;REF&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="117"/>
        <source>more than %1 REFs in one ENTRY</source>
        <translation>一个 ENTRY 中的 REF 超过 %1 个</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="125"/>
        <source>&lt;BASE&gt; without HREF ignored</source>
        <translation>已忽略没有 HREF 的 &lt;BASE&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="131"/>
        <source>&lt;BASE&gt; inside &lt;%1&gt; ignored</source>
        <translation>已忽略 &lt;%1&gt; 内部的 &lt;BASE&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="134"/>
        <source>&lt;REPEAT&gt; inside &lt;%1&gt;</source>
        <translation>&lt;REPEAT&gt; 位于 &lt;%1&gt; 内部</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="151"/>
        <source>&lt;ENTRY&gt; inside &lt;%1&gt;</source>
        <translation>&lt;ENTRY&gt; 位于 &lt;%1&gt; 内部</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="152"/>
        <source>&lt;ENTRYREF&gt; inside &lt;%1&gt; ignored</source>
        <translation>已忽略 &lt;%1&gt; 内部的 &lt;ENTRYREF&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="156"/>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="129"/>
        <source>more than %1 entries</source>
        <translation>条目超过 %1 个</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="167"/>
        <source>&lt;ENTRYREF&gt; without HREF ignored</source>
        <translation>已忽略没有 HREF 的 &lt;ENTRYREF&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="177"/>
        <source>&lt;PARAM&gt; without NAME ignored</source>
        <translation>已忽略没有 NAME 的 &lt;PARAM&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="185"/>
        <source>&lt;PARAM&gt; inside &lt;%1&gt; ignored</source>
        <translation>已忽略 &lt;%1&gt; 内部的 &lt;PARAM&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="191"/>
        <source>only the first &lt;REPEAT&gt; counts; this one plays once</source>
        <translation>只有第一个 &lt;REPEAT&gt; 有效；此处只播放一次</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="198"/>
        <source>&lt;REPEAT&gt; without COUNT (forever) plays once</source>
        <translation>没有 COUNT（无限循环）的 &lt;REPEAT&gt; 只播放一次</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="203"/>
        <source>&lt;REPEAT&gt; COUNT &quot;%1&quot; is not a number; plays once</source>
        <translation>&lt;REPEAT&gt; COUNT“%1”不是数字；只播放一次</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="217"/>
        <source>&lt;/%1&gt; without a start tag</source>
        <translation>&lt;/%1&gt; 没有对应的开始标签</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="219"/>
        <source>&lt;/%1&gt; does not close &lt;%2&gt; opened at %3</source>
        <translation>&lt;/%1&gt; 未关闭在 %3 处打开的 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="267"/>
        <source>content after &lt;/ASX&gt; ignored</source>
        <translation>已忽略 &lt;/ASX&gt; 之后的内容</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="279"/>
        <source>&lt;BASE&gt; ignored: %1</source>
        <translation>已忽略 &lt;BASE&gt;：%1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="289"/>
        <source>&lt;BASE&gt; of this ENTRY ignored: %1</source>
        <translation>已忽略此 ENTRY 的 &lt;BASE&gt;：%1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="296"/>
        <source>&lt;ENTRYREF&gt; ignored: %1</source>
        <translation>已忽略 &lt;ENTRYREF&gt;：%1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="304"/>
        <source>&lt;REF&gt; ignored: %1</source>
        <translation>已忽略 &lt;REF&gt;：%1</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="309"/>
        <source>&lt;ENTRY&gt; without a usable REF skipped</source>
        <translation>已跳过没有可用 REF 的 &lt;ENTRY&gt;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="325"/>
        <source>&lt;REPEAT&gt; COUNT cut to %1: a playlist holds at most %2 entries</source>
        <translation>&lt;REPEAT&gt; COUNT 已减为 %1：播放列表最多容纳 %2 个条目</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="364"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxdocument.cpp" line="372"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="62"/>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="79"/>
        <source>empty URL</source>
        <translation>空 URL</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="87"/>
        <source>relative URL &quot;%1&quot; and no base URL</source>
        <translation>相对 URL“%1”，且没有基准 URL</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="93"/>
        <source>&quot;%1&quot; is not a valid URL (%2)</source>
        <translation>“%1”不是有效的 URL（%2）</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="105"/>
        <source>playlist is larger than %1 bytes</source>
        <translation>播放列表大于 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="107"/>
        <source>this is ASF media, not a playlist</source>
        <translation>这是 ASF 媒体，不是播放列表</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="115"/>
        <source>playlist is empty</source>
        <translation>播放列表为空</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="138"/>
        <source>not an ASX playlist, [Reference] list or URL</source>
        <translation>不是 ASX 播放列表、[Reference] 列表或 URL</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxparser.cpp" line="142"/>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>不是有效的 UTF-8；已按 Latin-1 读取</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="96"/>
        <source>invalid character reference &amp;%1;</source>
        <translation>无效的字符引用 &amp;%1;</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="159"/>
        <source>comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="163"/>
        <source>CDATA section is not closed</source>
        <translation>CDATA 段未关闭</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="172"/>
        <source>&lt;! declaration</source>
        <translation>&lt;! 声明</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="175"/>
        <source>&lt;? processing instruction</source>
        <translation>&lt;? 处理指令</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="185"/>
        <source>%1 is not closed</source>
        <translation>%1 未关闭</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="215"/>
        <source>&apos;&lt;/&apos; is not followed by an element name</source>
        <translation>“&lt;/”后面没有元素名</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="219"/>
        <source>end tag &lt;/%1&gt; is not closed with &apos;&gt;&apos;</source>
        <translation>结束标签 &lt;/%1&gt; 未以“&gt;”结尾</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="232"/>
        <source>&apos;&lt;&apos; is not followed by an element name</source>
        <translation>“&lt;”后面没有元素名</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="237"/>
        <location filename="../core/playlist/asxtokenizer.cpp" line="282"/>
        <source>tag &lt;%1&gt; is not closed with &apos;&gt;&apos;</source>
        <translation>标签 &lt;%1&gt; 未以“&gt;”结尾</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="249"/>
        <source>more than %1 attributes in &lt;%2&gt;</source>
        <translation>&lt;%2&gt; 中的属性超过 %1 个</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="264"/>
        <source>unexpected &apos;%1&apos; in tag &lt;%2&gt;</source>
        <translation>标签 &lt;%2&gt; 中出现意外的“%1”</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="269"/>
        <source>attribute %1 appears twice in &lt;%2&gt;</source>
        <translation>属性 %1 在 &lt;%2&gt; 中出现了两次</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="275"/>
        <location filename="../core/playlist/asxtokenizer.cpp" line="305"/>
        <source>attribute %1 in &lt;%2&gt; has no value</source>
        <translation>&lt;%2&gt; 中的属性 %1 没有值</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxtokenizer.cpp" line="292"/>
        <source>value of attribute %1 in &lt;%2&gt; is not closed</source>
        <translation>&lt;%2&gt; 中属性 %1 的值未闭合</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="72"/>
        <source>line %1: not a Key=Value line; ignored</source>
        <translation>第 %1 行：不是“键=值”行；已忽略</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="81"/>
        <source>line %1: %2 ignored: %3</source>
        <translation>第 %1 行：已忽略 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="88"/>
        <source>more than %1 Ref lines</source>
        <translation>Ref 行超过 %1 个</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="92"/>
        <source>[Reference] list has no usable RefN= line</source>
        <translation>[Reference] 列表中没有可用的 RefN= 行</translation>
    </message>
    <message>
        <location filename="../core/playlist/plaintextplaylist.cpp" line="126"/>
        <source>line is not a URL: &quot;%1&quot;</source>
        <translation>该行不是 URL：“%1”</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="41"/>
        <source>cannot fetch a playlist over %1://</source>
        <translation>无法通过 %1:// 获取播放列表</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="83"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="84"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="88"/>
        <location filename="../core/playlist/playlistfetcher.cpp" line="99"/>
        <source>file is larger than %1 bytes</source>
        <translation>文件大于 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="128"/>
        <source>response of %1 bytes is larger than the %2-byte limit</source>
        <translation>%1 字节的响应超过 %2 字节的上限</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="154"/>
        <source>response is larger than the %1-byte limit</source>
        <translation>响应超过 %1 字节的上限</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="188"/>
        <location filename="../core/playlist/playlistfetcher.cpp" line="194"/>
        <source>more than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistfetcher.cpp" line="192"/>
        <source>timed out after %1 ms without data</source>
        <translation>%1 毫秒内没有数据，已超时</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="113"/>
        <location filename="../core/playlist/playlistloader.cpp" line="186"/>
        <source>playlist loop: %1</source>
        <translation>播放列表循环：%1</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="169"/>
        <source>ENTRYREF skipped: %1</source>
        <translation>已跳过 ENTRYREF：%1</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="190"/>
        <source>playlists nested more than %1 deep at %2</source>
        <translation>播放列表在 %2 处嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="196"/>
        <source>ENTRYREF skipped: %1 names a local file but %2 is not one</source>
        <translation>已跳过 ENTRYREF：%1 指向本地文件，但 %2 不是本地文件</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="213"/>
        <source>%1: no playable entries</source>
        <translation>%1：没有可播放的条目</translation>
    </message>
    <message>
        <location filename="../core/playlist/playlistloader.cpp" line="229"/>
        <source>more than %1 entries in all playlists</source>
        <translation>所有播放列表中的条目共超过 %1 个</translation>
    </message>
    <message>
        <location filename="../core/playlist/asxwarnings.h" line="32"/>
        <source>... and %1 more warnings</source>
        <translation>……以及另外 %1 条警告</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="22"/>
        <source>%1: needs %2 bytes, %3 left in the message</source>
        <translation>%1：需要 %2 字节，消息中只剩 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="86"/>
        <source>%1 %2 exceeds the %3 bytes left for %4</source>
        <translation>%1 %2 超过了 %4 剩余的 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/protocol/bytereader.cpp" line="108"/>
        <source>%1: %2 characters claimed, %3 bytes left in the message</source>
        <translation>%1：声明了 %2 个字符，消息中只剩 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="39"/>
        <source>Data packet header needs 8 bytes</source>
        <translation>数据包头部需要 8 字节</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="51"/>
        <location filename="../core/protocol/streamsplitter.cpp" line="45"/>
        <source>Data packet PacketSize %1 leaves no payload</source>
        <translation>数据包 PacketSize %1 没有留下负载</translation>
    </message>
    <message>
        <location filename="../core/protocol/datapacket.cpp" line="56"/>
        <source>Data packet needs %1 bytes</source>
        <translation>数据包需要 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="37"/>
        <source>message of %1 bytes has no chunkLen and MID</source>
        <translation>%1 字节的消息没有 chunkLen 和 MID</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="44"/>
        <source>chunkLen %1 (%2 bytes) does not fit the %3 bytes of the message</source>
        <translation>chunkLen %1（%2 字节）与消息的 %3 字节不符</translation>
    </message>
    <message>
        <location filename="../core/protocol/mmscodec.cpp" line="52"/>
        <source>MID 0x%1 (%2) where %3 was expected</source>
        <translation>MID 0x%1（%2），预期为 %3</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="48"/>
        <source>Data packet PacketSize %1 is over the limit of %2</source>
        <translation>数据包 PacketSize %1 超过上限 %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="56"/>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="80"/>
        <source>rep %1 is not 1</source>
        <translation>rep %1 不是 1</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="59"/>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="83"/>
        <source>version %1.%2 is not 0.0</source>
        <translation>版本 %1.%2 不是 0.0</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="67"/>
        <source>messageLength %1 is not 16 + a non-empty multiple of 8</source>
        <translation>messageLength %1 不是 16 加上 8 的非零倍数</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="72"/>
        <source>command packet of %1 bytes is over the limit of %2</source>
        <translation>%1 字节的命令包超过上限 %2</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="79"/>
        <source>seal 0x%1 is not &quot;MMS &quot;</source>
        <translation>seal 0x%1 不是“MMS ”</translation>
    </message>
    <message>
        <location filename="../core/protocol/streamsplitter.cpp" line="92"/>
        <source>chunkLen %1 does not fit messageLength %2</source>
        <translation>chunkLen %1 与 messageLength %2 不符</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="58"/>
        <source>TcpMessageHeader needs 32 bytes</source>
        <translation>TcpMessageHeader 需要 32 字节</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="87"/>
        <source>sessionId %1 is not 0xb00bface</source>
        <translation>sessionId %1 不是 0xb00bface</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="91"/>
        <source>messageLength %1 is not 16 + a multiple of 8</source>
        <translation>messageLength %1 不是 16 加上 8 的倍数</translation>
    </message>
    <message>
        <location filename="../core/protocol/tcpmessageheader.cpp" line="95"/>
        <source>seal %1 is not &quot;MMS &quot;</source>
        <translation>seal %1 不是“MMS ”</translation>
    </message>
    <message>
        <location filename="../core/protocol/viewertomac.cpp" line="120"/>
        <source>OpenFile token at %1 + cbtoken %2 exceeds the %3 bytes after fileName</source>
        <translation>OpenFile：位于 %1 的 token 加 cbtoken %2 超过 fileName 之后的 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/protocol/viewertomac.cpp" line="191"/>
        <source>cStreamEntries %1: more than %2 or more than the %3 bytes left hold</source>
        <translation>cStreamEntries %1：超过 %2，或超过剩余 %3 字节所能容纳的数量</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <location filename="../app/recorder.cpp" line="111"/>
        <source>recorded %1 s, %n packets, %2 MiB</source>
        <extracomment>Progress of --record: seconds of content, packets and mebibytes written so far.</extracomment>
        <translation>
            <numerusform>已录制 %1 秒，%n 个数据包，%2 MiB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>&amp;Remember the volume when MMS Player closes</source>
        <translation>关闭 MMS Player 时记住音量(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="25"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="32"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>For streams with several bit rates, the best streams that fit within this limit are chosen.</source>
        <translation>对于有多种比特率的流，将选择不超过此限制的最佳流。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="41"/>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <location filename="../ui/settingsdialog.cpp" line="55"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>How much of the stream is received before playback starts.</source>
        <translation>开始播放前要接收多少流数据。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>How long to wait for a silent server before giving up.</source>
        <translation>服务器无响应时等待多久后放弃。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>How long an mms:// link waits for an answer over TCP (port 1755) before it tries MMS over HTTP, as Windows Media Player does.</source>
        <translation>mms:// 链接在尝试基于 HTTP 的 MMS 之前等待 TCP（端口 1755）应答的时长，与 Windows Media Player 的做法相同。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="77"/>
        <source>A new language is used the next time MMS Player starts.</source>
        <translation>新语言将在下次启动 MMS Player 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>&amp;Maximum bit rate:</source>
        <translation>最大比特率(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>&amp;Buffering time:</source>
        <translation>缓冲时间(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84"/>
        <source>Network &amp;timeout:</source>
        <translation>网络超时(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="85"/>
        <source>Try &amp;HTTP after:</source>
        <translation>多久后尝试 HTTP(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="86"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="95"/>
        <source>Changes apply to the next stream you open.</source>
        <translation>更改将应用于下一个打开的流。</translation>
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
        <translation>统计信息</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="44"/>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="45"/>
        <source>Server version:</source>
        <translation>服务器版本：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="46"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="47"/>
        <source>Bit rate of the selected streams:</source>
        <translation>所选流的比特率：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="48"/>
        <source>Received bit rate:</source>
        <translation>接收比特率：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="49"/>
        <source>Packets received:</source>
        <translation>已接收数据包：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="50"/>
        <source>Packets late:</source>
        <translation>延迟的数据包：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="51"/>
        <source>Packets lost:</source>
        <translation>丢失的数据包：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="52"/>
        <source>Packets skipped by stream selection:</source>
        <translation>因流选择而跳过的数据包：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="53"/>
        <source>Buffer:</source>
        <translation>缓冲区：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="54"/>
        <source>Frames rendered:</source>
        <translation>已渲染帧：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="55"/>
        <source>Frames dropped (estimated):</source>
        <translation>丢弃的帧（估计）：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="56"/>
        <source>Playback:</source>
        <translation>播放：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="59"/>
        <source>A packet is late when it arrives after the buffering time could cover it. Lost packets are gaps in the packet numbers while every stream is selected. Dropped frames are gaps in the presentation times of the frames shown.</source>
        <translation>数据包到达时如果已超出缓冲时间所能覆盖的范围，即为延迟。丢失的数据包是选中所有流时数据包编号中的空缺。丢弃的帧是已显示帧的呈现时间中的空缺。</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="92"/>
        <source>MMS over HTTP</source>
        <translation>基于 HTTP 的 MMS</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="93"/>
        <source>MMS over TCP</source>
        <translation>基于 TCP 的 MMS</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="105"/>
        <source>%1 KiB (%2 s)</source>
        <translation>%1 KiB（%2 秒）</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="108"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>StreamRecorder</name>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="37"/>
        <source>The file %1 could not be created: %2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="54"/>
        <source>The recording %1 could not be completed: %2</source>
        <translation>无法完成录制 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="96"/>
        <source>Recording to %1 failed: %2</source>
        <translation>录制到 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Codec</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Bit rate</source>
        <translation>比特率</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="20"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="33"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="35"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="37"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="41"/>
        <source>Other</source>
        <translation>其他</translation>
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
        <translation>根据目前收到的数据测得：该流的头部未注明其比特率。</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="103"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="105"/>
        <source>The stream&apos;s header does not state its bit rate; it is measured while the stream plays.</source>
        <translation>该流的头部未注明其比特率；播放时会进行测量。</translation>
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
            <numerusform>%1 Hz，%n 个声道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="96"/>
        <source>Plays mms:// and mmst:// streams.</source>
        <translation>播放 mms:// 和 mmst:// 流。</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="101"/>
        <source>Stream or playlist (.asx, .wax, .wvx file or http:// URL) to play; without one, the built-in demo.</source>
        <translation>要播放的流或播放列表（.asx、.wax、.wvx 文件或 http:// URL）；不指定时播放内置演示。</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="133"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="134"/>
        <source>The built-in demo server could not start: %1</source>
        <translation>内置演示服务器无法启动：%1</translation>
    </message>
</context>
</TS>
