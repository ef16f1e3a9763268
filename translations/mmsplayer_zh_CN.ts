<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>Try &apos;mmsplayer --help&apos;.</source>
        <translation>请尝试“mmsplayer --help”。</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="82"/>
        <source>--record needs an output file</source>
        <translation>--record 需要一个输出文件</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="89"/>
        <source>--duration needs a number of seconds above 0</source>
        <translation>--duration 需要一个大于 0 的秒数</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="92"/>
        <source>--start needs a number of seconds</source>
        <translation>--start 需要一个秒数</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="95"/>
        <location filename="../app/clioptions.cpp" line="104"/>
        <source>--streams needs a list like 1,3</source>
        <translation>--streams 需要一个列表，例如 1,3</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="100"/>
        <source>--streams: &quot;%1&quot; is not a stream number (1..127)</source>
        <translation>--streams：“%1”不是流编号（1..127）</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="109"/>
        <source>--max-bitrate needs bits per second, e.g. 200000</source>
        <translation>--max-bitrate 需要每秒比特数，例如 200000</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="114"/>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout 需要 0.1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="119"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="125"/>
        <source>--record and --list-streams cannot be combined</source>
        <translation>--record 和 --list-streams 不能同时使用</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="127"/>
        <source>--duration, --start, --streams, --max-bitrate and --timeout need --record or --list-streams</source>
        <translation>--duration、--start、--streams、--max-bitrate 和 --timeout 需要与 --record 或 --list-streams 一起使用</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="130"/>
        <source>no URL given</source>
        <translation>未指定 URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="131"/>
        <source>only one URL, please</source>
        <translation>只能指定一个 URL</translation>
    </message>
    <message>
        <location filename="../app/clioptions.cpp" line="135"/>
        <source>&quot;%1&quot; is not an mms:// or mmst:// URL</source>
        <translation>“%1”不是 mms:// 或 mmst:// URL</translation>
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
        <translation>用法：mmsplayer [URL]                       在窗口中播放
      mmsplayer --record 输出.asf [选项] URL
      mmsplayer --list-streams [选项] URL

播放并录制 Microsoft Media Server 流（mms:// 和 mmst://，基于 TCP 的 MMS）。

选项：
  --record 文件        将流作为完整的 ASF 文件写入“文件”
  --list-streams       打印流、标题、作者和时长，然后退出
  --duration 秒数      只录制这么长的内容，然后正常停止
  --start 秒数         从此位置开始
  --streams N,M        录制这些 ASF 流编号（参见 --list-streams）
  --max-bitrate BPS    选择适合此比特率的最佳音频和视频
  --timeout 秒数       服务器静默这么长时间后放弃（默认 10）
  --quiet              不显示进度行
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
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="30"/>
        <source>end of playlist entry</source>
        <translation>播放列表项结束</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="31"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="32"/>
        <source>path not found</source>
        <translation>找不到路径</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="33"/>
        <source>access denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="34"/>
        <source>invalid parameter in the request</source>
        <translation>请求中的参数无效</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="35"/>
        <source>the file could not be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="36"/>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="37"/>
        <source>network busy</source>
        <translation>网络繁忙</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="38"/>
        <source>too many sessions on the server</source>
        <translation>服务器上的会话过多</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="39"/>
        <source>the server timed out</source>
        <translation>服务器超时</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="40"/>
        <source>connection failure</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="41"/>
        <source>request invalid in the current state</source>
        <translation>当前状态下请求无效</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="42"/>
        <source>insufficient bandwidth</source>
        <translation>带宽不足</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="43"/>
        <source>no stream available</source>
        <translation>没有可用的流</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="44"/>
        <source>no more data in the stream</source>
        <translation>流中没有更多数据</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="45"/>
        <source>server not found</source>
        <translation>找不到服务器</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="46"/>
        <source>fast forward or rewind refused</source>
        <translation>快进或快退被拒绝</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="47"/>
        <source>the file is not valid ASF</source>
        <translation>文件不是有效的 ASF</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="48"/>
        <source>unknown server error</source>
        <translation>未知的服务器错误</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="49"/>
        <source>unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="115"/>
        <source>connection lost; reconnecting (%1 of %2)</source>
        <translation>连接已断开；正在重新连接（第 %1 次，共 %2 次）</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="132"/>
        <location filename="../app/clirunner.cpp" line="211"/>
        <source>cannot write %1</source>
        <extracomment>%1 is the file&apos;s name and the reason, e.g. &quot;out.asf: Permission denied&quot;.</extracomment>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="150"/>
        <source>Title:</source>
        <extracomment>--list-streams output; the labels are padded to one width so the values line up.</extracomment>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="151"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="152"/>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="158"/>
        <source>live</source>
        <extracomment>The duration of a live broadcast, which has none.</extracomment>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="158"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="160"/>
        <source>Streams (* = played by default):</source>
        <translation>流（* = 默认播放）：</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="166"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="168"/>
        <source>%1 Hz, %2 ch</source>
        <extracomment>Sample rate and number of channels of an audio stream.</extracomment>
        <translation>%1 Hz，%2 声道</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="171"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="175"/>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="179"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="185"/>
        <source>language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="186"/>
        <source>name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../app/clirunner.cpp" line="197"/>
        <source>server says: %1 (0x%2)</source>
        <extracomment>%1 is the server&apos;s error in words, %2 its hexadecimal HRESULT code.</extracomment>
        <translation>服务器返回：%1（0x%2）</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="11"/>
        <source>This is not a valid MMS address. Use mms://host/path or mmst://host/path.</source>
        <translation>这不是有效的 MMS 地址。请使用 mms://主机/路径 或 mmst://主机/路径。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="13"/>
        <source>The server&apos;s name could not be found.</source>
        <translation>找不到服务器的名称。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15"/>
        <source>The server refused the connection. Is an MMS server running on that port?</source>
        <translation>服务器拒绝了连接。该端口上是否运行着 MMS 服务器？</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17"/>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19"/>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24"/>
        <source>The server sent something this player does not understand (%1).</source>
        <translation>服务器发送了本播放器无法理解的内容（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>The stream&apos;s ASF header is damaged or not supported.</source>
        <translation>流的 ASF 头已损坏或不受支持。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>The server sent a media packet larger than the stream allows.</source>
        <translation>服务器发送的媒体数据包超出了流允许的大小。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>The server asks for a user name and password, which this player does not support yet.</source>
        <translation>服务器要求提供用户名和密码，本播放器尚不支持。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33"/>
        <source>The server redirected the player too many times.</source>
        <translation>服务器重定向播放器的次数过多。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="35"/>
        <source>The stream has no audio or video that this player can play.</source>
        <translation>该流中没有本播放器可以播放的音频或视频。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="37"/>
        <source>Unknown error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="47"/>
        <source>The server could not find this file.</source>
        <translation>服务器找不到此文件。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="49"/>
        <source>The server denied access to this file.</source>
        <translation>服务器拒绝访问此文件。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="51"/>
        <source>The server has too many viewers right now. Try again later.</source>
        <translation>服务器当前观看人数过多。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="53"/>
        <source>The server timed out.</source>
        <translation>服务器超时。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="55"/>
        <source>The network is busy. Try again later.</source>
        <translation>网络繁忙。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>The server could not open this file.</source>
        <translation>服务器无法打开此文件。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="60"/>
        <source>The file on the server is not a valid ASF file.</source>
        <translation>服务器上的文件不是有效的 ASF 文件。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="63"/>
        <source>The server rejected the request.</source>
        <translation>服务器拒绝了请求。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="65"/>
        <source>There is not enough bandwidth for this stream.</source>
        <translation>带宽不足，无法播放此流。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="67"/>
        <source>The server has no stream to send.</source>
        <translation>服务器没有可发送的流。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="69"/>
        <source>The stream has ended.</source>
        <translation>流已结束。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="72"/>
        <source>The server lost its connection.</source>
        <translation>服务器失去了连接。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="74"/>
        <source>The server could not be found.</source>
        <translation>找不到服务器。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="76"/>
        <source>The server cannot fast forward or rewind this stream.</source>
        <translation>服务器无法对此流快进或快退。</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="78"/>
        <source>The server reported error 0x%1.</source>
        <translation>服务器报告错误 0x%1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Reading header</source>
        <translation>正在读取头部</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Streaming</source>
        <translation>正在传输流</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Streams</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Playlist</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>The playlist could not be loaded: %1</source>
        <translation>无法加载播放列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Save Stream</source>
        <translation>保存流</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Open URL…</source>
        <translation>打开 URL(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Open &amp;File…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Recent URLs</source>
        <translation>最近的 URL(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Save Stream As…</source>
        <translation>流另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>S&amp;top Saving</source>
        <translation>停止保存(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Play/Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>P&amp;revious Entry</source>
        <translation>上一项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Next Entry</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>S&amp;tatistics</source>
        <translation>统计信息(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;About MMS Player</source>
        <translation>关于 MMS Player(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
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
        <translation>打开播放列表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Windows Media playlists (*.asx *.wax *.wvx);;All files (*)</source>
        <translation>Windows Media 播放列表 (*.asx *.wax *.wvx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>stream.asf</source>
        <translation>stream.asf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Save Stream As</source>
        <translation>流另存为</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Windows Media files (*.asf *.wmv *.wma);;All files (*)</source>
        <translation>Windows Media 文件 (*.asf *.wmv *.wma);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Saving to %1</source>
        <translation>正在保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>About MMS Player</source>
        <translation>关于 MMS Player</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;Plays Microsoft Media Server streams (mms:// and mmst://) of ASF content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MMS Player %1&lt;/h3&gt;&lt;p&gt;播放 ASF 内容的 Microsoft Media Server 流（mms:// 和 mmst://）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Reconnecting (%1/%2)…</source>
        <translation>正在重新连接（%1/%2）…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>End of stream</source>
        <translation>流已结束</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Buffer %1 KiB (%2 s)</source>
        <translation>缓冲区 %1 KiB（%2 秒）</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <location filename="../ui/openurldialog.cpp" line="16"/>
        <source>Open URL</source>
        <translation>打开 URL</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="22"/>
        <source>mms://server/path/file.wmv</source>
        <translation>mms://服务器/路径/文件.wmv</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="26"/>
        <source>&amp;Address of an MMS stream (mms:// or mmst://) or of a playlist (http://):</source>
        <translation>MMS 流（mms:// 或 mmst://）或播放列表（http://）的地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="64"/>
        <source>Enter the address of a stream or a playlist.</source>
        <translation>请输入流或播放列表的地址。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="67"/>
        <source>This address is not a valid URL.</source>
        <translation>此地址不是有效的 URL。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="70"/>
        <source>The address must start with mms://, mmst:// or http://.</source>
        <translation>地址必须以 mms://、mmst:// 或 http:// 开头。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="72"/>
        <source>The address names no file.</source>
        <translation>地址未指定文件。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="76"/>
        <source>Only mms://, mmst:// and http:// addresses are supported, not %1://.</source>
        <translation>仅支持 mms://、mmst:// 和 http:// 地址，不支持 %1://。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="79"/>
        <source>The address has no server name.</source>
        <translation>地址中没有服务器名称。</translation>
    </message>
    <message>
        <location filename="../ui/openurldialog.cpp" line="81"/>
        <source>The address names no file or stream on the server.</source>
        <translation>地址未指定服务器上的文件或流。</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <location filename="../ui/playbackcontroller.cpp" line="294"/>
        <source>The player cannot decode this stream.</source>
        <translation>播放器无法解码此流。</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/playercontrols.cpp" line="23"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="25"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="30"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="61"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="61"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="115"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="115"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../ui/playercontrols.cpp" line="145"/>
        <source>Live</source>
        <translation>直播</translation>
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
        <translation>正在缓冲 %1%</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="19"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="19"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="24"/>
        <source>Previous entry</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../ui/playlistpanel.cpp" line="27"/>
        <source>Next entry</source>
        <translation>下一项</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <location filename="../app/recorder.cpp" line="110"/>
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
        <location filename="../ui/settingsdialog.cpp" line="21"/>
        <source>&amp;Remember the volume when MMS Player closes</source>
        <translation>关闭 MMS Player 时记住音量(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="31"/>
        <source>For streams with several bit rates, the best streams that fit within this limit are chosen.</source>
        <translation>对于有多种比特率的流，将选择不超过此限制的最佳流。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="40"/>
        <source>How much of the stream is received before playback starts.</source>
        <translation>开始播放前要接收多少流数据。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>How long to wait for a silent server before giving up.</source>
        <translation>服务器无响应时等待多久后放弃。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66"/>
        <source>A new language is used the next time MMS Player starts.</source>
        <translation>新语言将在下次启动 MMS Player 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="71"/>
        <source>&amp;Maximum bit rate:</source>
        <translation>最大比特率(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="72"/>
        <source>&amp;Buffering time:</source>
        <translation>缓冲时间(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="73"/>
        <source>Network &amp;timeout:</source>
        <translation>网络超时(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>Changes apply to the next stream you open.</source>
        <translation>更改将应用于下一个打开的流。</translation>
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
        <translation>统计信息</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="43"/>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="44"/>
        <source>Server version:</source>
        <translation>服务器版本：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="45"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="46"/>
        <source>Bit rate of the selected streams:</source>
        <translation>所选流的比特率：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="47"/>
        <source>Received bit rate:</source>
        <translation>接收比特率：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="48"/>
        <source>Packets received:</source>
        <translation>已接收数据包：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="49"/>
        <source>Packets late:</source>
        <translation>延迟的数据包：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="50"/>
        <source>Packets lost:</source>
        <translation>丢失的数据包：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="51"/>
        <source>Packets skipped by stream selection:</source>
        <translation>因流选择而跳过的数据包：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="52"/>
        <source>Buffer:</source>
        <translation>缓冲区：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="53"/>
        <source>Frames rendered:</source>
        <translation>已渲染帧：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="54"/>
        <source>Frames dropped (estimated):</source>
        <translation>丢弃的帧（估计）：</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="57"/>
        <source>A packet is late when it arrives after the buffering time could cover it. Lost packets are gaps in the packet numbers while every stream is selected. Dropped frames are gaps in the presentation times of the frames shown.</source>
        <translation>数据包到达时如果已超出缓冲时间所能覆盖的范围，即为延迟。丢失的数据包是选中所有流时数据包编号中的空缺。丢弃的帧是已显示帧的呈现时间中的空缺。</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="88"/>
        <source>MMS over TCP</source>
        <translation>基于 TCP 的 MMS</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="99"/>
        <source>%1 KiB (%2 s)</source>
        <translation>%1 KiB（%2 秒）</translation>
    </message>
    <message>
        <location filename="../ui/statisticsdialog.cpp" line="102"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>StreamRecorder</name>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="36"/>
        <source>The file %1 could not be created: %2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="53"/>
        <source>The recording %1 could not be completed: %2</source>
        <translation>无法完成录制 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/streamrecorder.cpp" line="95"/>
        <source>Recording to %1 failed: %2</source>
        <translation>录制到 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Codec</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Bit rate</source>
        <translation>比特率</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="18"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="31"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="33"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="35"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="39"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="53"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/streamspanel.cpp" line="54"/>
        <source>unknown</source>
        <translation>未知</translation>
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
            <numerusform>%1 Hz，%n 个声道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="95"/>
        <source>Plays mms:// and mmst:// streams.</source>
        <translation>播放 mms:// 和 mmst:// 流。</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="100"/>
        <source>Stream or playlist (.asx, .wax, .wvx file or http:// URL) to play; without one, the built-in demo.</source>
        <translation>要播放的流或播放列表（.asx、.wax、.wvx 文件或 http:// URL）；不指定时播放内置演示。</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="132"/>
        <source>MMS Player</source>
        <translation>MMS Player</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="133"/>
        <source>The built-in demo server could not start: %1</source>
        <translation>内置演示服务器无法启动：%1</translation>
    </message>
</context>
</TS>
