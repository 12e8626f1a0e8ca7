<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>unknown option &quot;%1&quot;; see trawl --help.</source>
        <translation>未知选项“%1”；请参阅 trawl --help。</translation>
    </message>
    <message>
        <source>unknown command; see trawl --help.</source>
        <translation>未知命令；请参阅 trawl --help。</translation>
    </message>
    <message>
        <source>The job database (default: %1).</source>
        <translation>任务数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Print nothing but results and errors.</source>
        <translation>只输出结果和错误。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 需要一个整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 must be at least %2, not %3.</source>
        <translation>--%1 必须至少为 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Crawl a site to the end and store every page. Prints the job id on the first line.</source>
        <translation>完整爬取一个站点并保存每个页面。第一行输出任务 ID。</translation>
    </message>
    <message>
        <source>a start URL is required.</source>
        <translation>需要一个起始 URL。</translation>
    </message>
    <message>
        <source>one start URL only, got %1.</source>
        <translation>只能有一个起始 URL，但收到了 %1 个。</translation>
    </message>
    <message>
        <source>Job %1 %2: %3 pages stored (%4 failed) in %5 s.</source>
        <translation>任务 %1（%2）：用时 %5 秒，已保存 %3 个页面（%4 个失败）。</translation>
    </message>
    <message>
        <source>List the jobs, newest first: id, provider, state, pages done/total, failed pages, start URL.</source>
        <translation>列出任务，最新的在前：ID、提供方、状态、已完成/总页面数、失败页面数、起始 URL。</translation>
    </message>
    <message>
        <source>takes no arguments.</source>
        <translation>不接受参数。</translation>
    </message>
    <message>
        <source>%1 pages (%2 failed), %3 discovered, %4 in flight, %5 pages/s</source>
        <translation>%1 个页面（%2 个失败），已发现 %3 个，进行中 %4 个，%5 页面/秒</translation>
    </message>
    <message>
        <source>Usage: trawl [COMMAND] [options]

Trawl crawls websites into a local database and keeps jobs of hosted crawl
APIs beside them. Without a command it opens the window.

Commands:
  crawl URL [options]   crawl a site to the end; prints the job id first
  jobs                  list the jobs in the database
  resume JOB            continue a paused or interrupted crawl
  cancel JOB            cancel a job, also one running in another process

Options:
  --db PATH             the job database (every command and the window)
  -h, --help            show this help, or a command&apos;s with COMMAND --help
  -v, --version         show the version

Exit codes: 0 completed, 1 failed or cancelled, 2 bad usage or input.
</source>
        <translation>用法：trawl [COMMAND] [options]

Trawl 将网站爬取到本地数据库中，并同时保存托管爬取 API 的任务。
不带命令运行时打开窗口。

命令：
  crawl URL [options]   完整爬取一个站点；首先输出任务 ID
  jobs                  列出数据库中的任务
  resume JOB            继续已暂停或被中断的爬取
  cancel JOB            取消任务，包括在其他进程中运行的任务

选项：
  --db PATH             任务数据库（适用于所有命令和窗口）
  -h, --help            显示此帮助，或用 COMMAND --help 显示某个命令的帮助
  -v, --version         显示版本

退出码：0 已完成，1 失败或已取消，2 用法或输入错误。
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a job id; give at least 4 characters.</source>
        <translation>“%1”作为任务 ID 太短；请至少提供 4 个字符。</translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot;.</source>
        <translation>不存在任务“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 jobs; give more of the id.</source>
        <translation>“%1”匹配 %2 个任务；请提供更多 ID 字符。</translation>
    </message>
    <message>
        <source>Ignore robots.txt and robots meta tags.</source>
        <translation>忽略 robots.txt 和 robots meta 标签。</translation>
    </message>
    <message>
        <source>Do not seed the crawl from sitemaps.</source>
        <translation>不使用站点地图中的 URL 作为爬取起点。</translation>
    </message>
    <message>
        <source>Follow links to other sites.</source>
        <translation>跟随指向其他站点的链接。</translation>
    </message>
    <message>
        <source>Follow links to subdomains.</source>
        <translation>跟随指向子域名的链接。</translation>
    </message>
    <message>
        <source>Crawl the whole site, not only under the start URL&apos;s path.</source>
        <translation>爬取整个站点，而不仅是起始 URL 路径下的页面。</translation>
    </message>
    <message>
        <source>Treat URLs that differ only in their query as one page.</source>
        <translation>将仅查询参数不同的 URL 视为同一页面。</translation>
    </message>
    <message>
        <source>Match --include/--exclude against the whole URL, not the path.</source>
        <translation>用 --include/--exclude 匹配整个 URL，而不是路径。</translation>
    </message>
    <message>
        <source>Keep www/non-www, http/https, index.html and trailing-slash variants apart.</source>
        <translation>区分 www/非 www、http/https、index.html 以及末尾斜杠等 URL 变体。</translation>
    </message>
    <message>
        <source>Keep only the main content: no header, footer, navigation, sidebars, cookie banners, ads.</source>
        <translation>只保留主要内容：不含页眉、页脚、导航、侧边栏、Cookie 横幅和广告。</translation>
    </message>
    <message>
        <source>Replace inline base64 images in the markdown with a marker.</source>
        <translation>将 markdown 中内嵌的 base64 图片替换为占位标记。</translation>
    </message>
    <message>
        <source>Accept invalid TLS certificates (unsafe).</source>
        <translation>接受无效的 TLS 证书（不安全）。</translation>
    </message>
    <message>
        <source>Store at most N pages (default 10000).</source>
        <translation>最多保存 N 个页面（默认 10000）。</translation>
    </message>
    <message>
        <source>Follow links at most N hops from the start page (default 10).</source>
        <translation>最多跟随距起始页面 N 跳以内的链接（默认 10）。</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>同时进行的请求数（默认 8）。</translation>
    </message>
    <message>
        <source>Requests in flight at once to one host (default: --concurrency).</source>
        <translation>对单个主机同时进行的请求数（默认：--concurrency）。</translation>
    </message>
    <message>
        <source>Wait MS between two requests to a host (default 0).</source>
        <translation>对同一主机的两次请求之间等待 MS 毫秒（默认 0）。</translation>
    </message>
    <message>
        <source>Give up on a page after MS (default 30000).</source>
        <translation>超过 MS 毫秒后放弃该页面（默认 30000）。</translation>
    </message>
    <message>
        <source>Try timeouts, 5xx and 429 again N times (default 2).</source>
        <translation>对超时、5xx 和 429 重试 N 次（默认 2）。</translation>
    </message>
    <message>
        <source>--config %1: %2</source>
        <translation>--config %1：%2</translation>
    </message>
    <message>
        <source>--config %1: not JSON: %2 (at byte %3).</source>
        <translation>--config %1：不是 JSON：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>--config %1: expected a JSON object, a Firecrawl POST /v1/crawl body.</source>
        <translation>--config %1：应为 JSON 对象，即 Firecrawl POST /v1/crawl 请求体。</translation>
    </message>
    <message>
        <source>The start page (optional with --config).</source>
        <translation>起始页面（使用 --config 时可省略）。</translation>
    </message>
    <message>
        <source>Only URLs whose path matches REGEX (repeatable: any of them).</source>
        <translation>只爬取路径匹配 REGEX 的 URL（可重复：匹配任意一个即可）。</translation>
    </message>
    <message>
        <source>Skip URLs whose path matches REGEX (repeatable).</source>
        <translation>跳过路径匹配 REGEX 的 URL（可重复）。</translation>
    </message>
    <message>
        <source>What to keep of each page: %1 (default markdown).</source>
        <translation>每个页面要保留的内容：%1（默认 markdown）。</translation>
    </message>
    <message>
        <source>Keep only the parts matching these CSS selectors (tag, #id, .class, [attr=v], a b, a &gt; b; comma-separated).</source>
        <translation>只保留匹配这些 CSS 选择器的部分（tag、#id、.class、[attr=v]、a b、a &gt; b；以逗号分隔）。</translation>
    </message>
    <message>
        <source>Drop the parts matching these CSS selectors.</source>
        <translation>丢弃匹配这些 CSS 选择器的部分。</translation>
    </message>
    <message>
        <source>The User-Agent header.</source>
        <translation>User-Agent 请求头。</translation>
    </message>
    <message>
        <source>An extra request header (repeatable).</source>
        <translation>额外的请求头（可重复）。</translation>
    </message>
    <message>
        <source>Give up on a page larger than MB once decoded (default 10).</source>
        <translation>放弃解码后大于 MB 兆字节的页面（默认 10）。</translation>
    </message>
    <message>
        <source>Read the options from FILE, a Firecrawl POST /v1/crawl JSON body; flags win over it.</source>
        <translation>从 FILE（Firecrawl POST /v1/crawl 的 JSON 请求体）读取选项；命令行参数优先。</translation>
    </message>
    <message>
        <source>Resume it with: trawl resume %1</source>
        <translation>继续请运行：trawl resume %1</translation>
    </message>
    <message>
        <source>The job id, or its first characters.</source>
        <translation>任务 ID，或其开头的若干字符。</translation>
    </message>
    <message>
        <source>one job id is required.</source>
        <translation>需要一个任务 ID。</translation>
    </message>
    <message>
        <source>Resume a paused, failed or interrupted crawl where it stopped: pages already stored are not fetched again.</source>
        <translation>从中断处继续已暂停、失败或被中断的爬取：已保存的页面不会再次抓取。</translation>
    </message>
    <message>
        <source>job %1 runs on %2; only local crawls can be resumed here.</source>
        <translation>任务 %1 运行在 %2 上；此处只能继续本地爬取。</translation>
    </message>
    <message>
        <source>job %1 is running in process %2.</source>
        <translation>任务 %1 正在进程 %2 中运行。</translation>
    </message>
    <message>
        <source>job %1 is %2 and cannot be resumed.</source>
        <translation>任务 %1 的状态为 %2，无法继续。</translation>
    </message>
    <message>
        <source>Cancel a job: a crawl running in another process stops within a second; the pages stored so far are kept.</source>
        <translation>取消任务：在其他进程中运行的爬取会在一秒内停止；已保存的页面会保留。</translation>
    </message>
    <message>
        <source>job %1 is already %2.</source>
        <translation>任务 %1 已处于 %2 状态。</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>任务 %1 已取消。</translation>
    </message>
</context>
<context>
    <name>CrawlOptions</name>
    <message>
        <source>The page limit must be at least 1.</source>
        <translation>页面数上限必须至少为 1。</translation>
    </message>
    <message>
        <source>The maximum depth cannot be negative.</source>
        <translation>最大深度不能为负数。</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and 256.</source>
        <translation>并发数必须在 1 到 256 之间。</translation>
    </message>
    <message>
        <source>The user agent cannot contain line breaks.</source>
        <translation>User-Agent 不能包含换行符。</translation>
    </message>
    <message>
        <source>The start URL is empty.</source>
        <translation>起始 URL 为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>“%1”不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>“%1”不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name.</source>
        <translation>“%1”没有主机名。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid regular expression: %3 (at character %4).</source>
        <translation>%1 中的“%2”不是有效的正则表达式：%3（位于第 %4 个字符）。</translation>
    </message>
    <message>
        <source>Per-host concurrency must be between 0 and 256.</source>
        <translation>每主机并发数必须在 0 到 256 之间。</translation>
    </message>
    <message>
        <source>The delay must be between 0 and one hour.</source>
        <translation>延迟必须在 0 到一小时之间。</translation>
    </message>
    <message>
        <source>Retries must be between 0 and 10.</source>
        <translation>重试次数必须在 0 到 10 之间。</translation>
    </message>
    <message>
        <source>The timeout must be between 100 ms and 10 minutes.</source>
        <translation>超时时间必须在 100 毫秒到 10 分钟之间。</translation>
    </message>
    <message>
        <source>The page size limit must be at least 1 KiB.</source>
        <translation>页面大小上限必须至少为 1 KiB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>“%1”不是有效的请求头名称。</translation>
    </message>
    <message>
        <source>The header %1 cannot contain line breaks.</source>
        <translation>请求头 %1 不能包含换行符。</translation>
    </message>
    <message>
        <source>The %1 format needs JavaScript rendering, which this version of Trawl does not do yet.</source>
        <translation>%1 格式需要 JavaScript 渲染，而此版本的 Trawl 尚不支持。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (known: %2).</source>
        <translation>未知格式“%1”（已知格式：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header (expected &quot;Name: value&quot;).</source>
        <translation>“%1”不是请求头（应为“Name: value”）。</translation>
    </message>
</context>
<context>
    <name>CrawlRequest</name>
    <message>
        <source>%1 is not supported by Trawl yet.</source>
        <translation>Trawl 尚不支持 %1。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>未知键“%1”。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须为整数。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2.</source>
        <translation>%1 必须为不小于 %2 的整数。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须为字符串。</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 必须为字符串数组。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 必须为对象。</translation>
    </message>
    <message>
        <source>url is required.</source>
        <translation>必须提供 url。</translation>
    </message>
    <message>
        <source>scrapeOptions.headers.%1 must be a string.</source>
        <translation>scrapeOptions.headers.%1 必须为字符串。</translation>
    </message>
</context>
<context>
    <name>Crawler</name>
    <message>
        <source>There is no job %1.</source>
        <translation>不存在任务 %1。</translation>
    </message>
    <message>
        <source>Resumed with %1 pages stored and %2 URLs queued.</source>
        <translation>已继续：已保存 %1 个页面，待抓取队列中有 %2 个 URL。</translation>
    </message>
    <message>
        <source>Started crawling %1.</source>
        <translation>已开始爬取 %1。</translation>
    </message>
    <message>
        <source>robots.txt of %1 disallows this URL.</source>
        <translation>%1 的 robots.txt 禁止访问此 URL。</translation>
    </message>
    <message>
        <source>HTTP %1 with Retry-After %2 s</source>
        <translation>HTTP %1，Retry-After %2 秒</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 answered %2: waiting %3 s, the longest Trawl waits, before asking it again.</source>
        <translation>%1 返回了 %2：等待 %3 秒（Trawl 的最长等待时间）后再次请求。</translation>
    </message>
    <message>
        <source>%1 answered %2: waiting %3 s before asking it again.</source>
        <translation>%1 返回了 %2：等待 %3 秒后再次请求。</translation>
    </message>
    <message>
        <source>robots.txt of %1 is unreachable (%2); asking again in %3 s.</source>
        <translation>%1 的 robots.txt 无法访问（%2）；%3 秒后再次请求。</translation>
    </message>
    <message>
        <source>robots.txt of %1 could not be fetched (%2), so nothing was fetched there (RFC 9309).</source>
        <translation>无法获取 %1 的 robots.txt（%2），因此未从该主机抓取任何内容（RFC 9309）。</translation>
    </message>
    <message>
        <source>robots.txt of %1 stayed unreachable (%2): RFC 9309 says to crawl nothing there.</source>
        <translation>%1 的 robots.txt 始终无法访问（%2）：按照 RFC 9309，不爬取该主机上的任何内容。</translation>
    </message>
    <message>
        <source>robots.txt of %1 asks for %2 s between requests%3.</source>
        <translation>%1 的 robots.txt 要求请求间隔 %2 秒%3。</translation>
    </message>
    <message>
        <source>; Trawl waits %1 s</source>
        <translation>；Trawl 等待 %1 秒</translation>
    </message>
    <message>
        <source>Sitemap %1: %2</source>
        <translation>站点地图 %1：%2</translation>
    </message>
    <message>
        <source>Sitemap %1 lists %2 pages; %3 were new.</source>
        <translation>站点地图 %1 列出了 %2 个页面；其中 %3 个是新的。</translation>
    </message>
    <message>
        <source>The job was %1 from outside this process.</source>
        <translation>任务已在此进程之外被设为 %1 状态。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2（%1 个）</translation>
    </message>
    <message>
        <source>Links not followed: %1.</source>
        <translation>未跟随的链接：%1。</translation>
    </message>
    <message>
        <source>The job is %1: %2 pages stored, %3 failed or skipped.</source>
        <translation>任务状态为 %1：已保存 %2 个页面，%3 个失败或被跳过。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>无法配置数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Trawl database: %2</source>
        <translation>%1 不是 Trawl 数据库：%2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this version of Trawl understands (%3). Use a newer Trawl or another database (--db).</source>
        <translation>数据库 %1 的架构版本为 %2，高于此版本 Trawl 能识别的版本（%3）。请使用更新版本的 Trawl 或其他数据库（--db）。</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>无法读取迁移 %1。</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>No complete answer within %1 ms.</source>
        <translation>%1 毫秒内未收到完整响应。</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The response is %1, not HTML; it was not downloaded.</source>
        <translation>响应类型为 %1，不是 HTML；未下载。</translation>
    </message>
    <message>
        <source>The page is %1 bytes, more than the limit of %2.</source>
        <translation>页面大小为 %1 字节，超过了 %2 的上限。</translation>
    </message>
    <message>
        <source>The body passed the limit of %1 bytes (decoded).</source>
        <translation>响应体（解码后）超过了 %1 字节的上限。</translation>
    </message>
    <message>
        <source>The compressed body inflates past the limit of %1 bytes.</source>
        <translation>压缩的响应体解压后超过了 %1 字节的上限。</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>连接在接收 %1/%2 字节后关闭。</translation>
    </message>
    <message>
        <source>The redirect to %1 leads back to a URL already visited.</source>
        <translation>重定向到 %1 会回到已访问过的 URL。</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>重定向超过 %1 次。</translation>
    </message>
    <message>
        <source>The redirect goes to %1, which is not an http(s) URL.</source>
        <translation>重定向目标 %1 不是 http(s) URL。</translation>
    </message>
    <message>
        <source>The redirect to %1 was not followed: %2</source>
        <translation>未跟随到 %1 的重定向：%2</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>the compressed data is corrupt</source>
        <translation>压缩数据已损坏</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (%1)</source>
        <translation>压缩数据已损坏（%1）</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>解压器无法启动</translation>
    </message>
    <message>
        <source>decoded size passed %1 bytes</source>
        <translation>解码后的大小超过了 %1 字节</translation>
    </message>
    <message>
        <source>the compressed data is truncated</source>
        <translation>压缩数据不完整</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>解压时内存不足</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Start URL</source>
        <translation>起始 URL</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行位置</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot create the job: %1</source>
        <translation>无法创建任务：%1</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>不存在任务 %1。</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot become %3.</source>
        <translation>任务 %1 的状态为 %2，无法变为 %3。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trawl</source>
        <translation>Trawl</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No crawls yet&lt;/h2&gt;&lt;p&gt;Start one from a terminal:&lt;/p&gt;&lt;p&gt;&lt;code&gt;trawl crawl https://example.com --limit 100&lt;/code&gt;&lt;/p&gt;&lt;p&gt;It appears here while it runs, and every page it finds is kept in&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;还没有爬取&lt;/h2&gt;&lt;p&gt;请在终端中启动一个：&lt;/p&gt;&lt;p&gt;&lt;code&gt;trawl crawl https://example.com --limit 100&lt;/code&gt;&lt;/p&gt;&lt;p&gt;爬取运行时会显示在这里，找到的每个页面都保存在&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Trawl</source>
        <translation>关于 Trawl(&amp;A)</translation>
    </message>
    <message>
        <source>Jobs: %1 · Running: %2 · Pages stored: %3</source>
        <translation>任务：%1 · 运行中：%2 · 已保存页面：%3</translation>
    </message>
    <message>
        <source>About Trawl</source>
        <translation>关于 Trawl</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;A desktop crawl manager: local crawls and hosted crawl APIs in one window, every job kept in SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;桌面爬取管理器：在一个窗口中管理本地爬取和托管爬取 API，每个任务都保存在 SQLite 中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PageError</name>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>The host name could not be resolved</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <source>The server failed to answer</source>
        <translation>服务器出错，未能响应</translation>
    </message>
    <message>
        <source>The page is larger than the size limit</source>
        <translation>页面超过了大小上限</translation>
    </message>
    <message>
        <source>The redirects form a loop</source>
        <translation>重定向形成了循环</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>robots.txt disallows this URL</source>
        <translation>robots.txt 禁止访问此 URL</translation>
    </message>
    <message>
        <source>The response is not an HTML page</source>
        <translation>响应不是 HTML 页面</translation>
    </message>
    <message>
        <source>A redirect left the crawl&apos;s scope</source>
        <translation>重定向超出了爬取范围</translation>
    </message>
    <message>
        <source>A network error occurred</source>
        <translation>发生网络错误</translation>
    </message>
    <message>
        <source>The job was cancelled</source>
        <translation>任务已取消</translation>
    </message>
    <message>
        <source>The page asks not to be indexed</source>
        <translation>页面要求不被索引</translation>
    </message>
</context>
<context>
    <name>PageExtractor</name>
    <message>
        <source>%1: &quot;%2&quot; is not a selector: %3</source>
        <translation>%1：“%2”不是选择器：%3</translation>
    </message>
</context>
<context>
    <name>PageProcessor</name>
    <message>
        <source>The page asks not to be indexed (robots noindex); its content was not kept.</source>
        <translation>页面要求不被索引（robots noindex）；未保留其内容。</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>in scope</source>
        <translation>在范围内</translation>
    </message>
    <message>
        <source>not http(s)</source>
        <translation>非 http(s)</translation>
    </message>
    <message>
        <source>on another host</source>
        <translation>位于其他主机</translation>
    </message>
    <message>
        <source>outside the start path</source>
        <translation>超出起始路径</translation>
    </message>
    <message>
        <source>not matched by includePaths</source>
        <translation>未匹配 includePaths</translation>
    </message>
    <message>
        <source>matched by excludePaths</source>
        <translation>匹配 excludePaths</translation>
    </message>
    <message>
        <source>a static asset</source>
        <translation>静态资源</translation>
    </message>
    <message>
        <source>a likely crawler trap</source>
        <translation>疑似爬虫陷阱</translation>
    </message>
</context>
<context>
    <name>Sitemap</name>
    <message>
        <source>This is not a sitemap: its root element is &lt;%1&gt;.</source>
        <translation>这不是站点地图：其根元素为 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>XML 在第 %1 行第 %2 列格式错误：%3</translation>
    </message>
    <message>
        <source>The sitemap lists no URLs.</source>
        <translation>站点地图中没有列出任何 URL。</translation>
    </message>
    <message>
        <source>The sitemap is empty.</source>
        <translation>站点地图为空。</translation>
    </message>
    <message>
        <source>The sitemap could not be decompressed: %1.</source>
        <translation>无法解压站点地图：%1。</translation>
    </message>
    <message>
        <source>The sitemap is larger than %1 bytes; the rest was ignored.</source>
        <translation>站点地图大于 %1 字节；其余部分已忽略。</translation>
    </message>
    <message>
        <source>The sitemap lists more than %1 URLs; the rest was ignored.</source>
        <translation>站点地图列出的 URL 超过 %1 个；其余部分已忽略。</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>The database %1 is at schema %2, not %3.</source>
        <translation>数据库 %1 的架构版本为 %2，而不是 %3。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trawl</source>
        <translation>Trawl</translation>
    </message>
    <message>
        <source>Trawl cannot open its job database.

%1</source>
        <translation>Trawl 无法打开其任务数据库。

%1</translation>
    </message>
</context>
</TS>
