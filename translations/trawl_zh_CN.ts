<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiBodies</name>
    <message>
        <source>urls is required.</source>
        <translation>必须提供 urls。</translation>
    </message>
    <message>
        <source>urls must be a non-empty array of strings.</source>
        <translation>urls 必须为非空字符串数组。</translation>
    </message>
    <message>
        <source>origin must be a string.</source>
        <translation>origin 必须为字符串。</translation>
    </message>
    <message>
        <source>urls[%1] must be a string.</source>
        <translation>urls[%1] 必须为字符串。</translation>
    </message>
    <message>
        <source>urls[%1]: %2</source>
        <translation>urls[%1]：%2</translation>
    </message>
    <message>
        <source>urls has no valid URL.</source>
        <translation>urls 中没有有效的 URL。</translation>
    </message>
    <message>
        <source>url is required.</source>
        <translation>必须提供 url。</translation>
    </message>
    <message>
        <source>url must be a string.</source>
        <translation>url 必须为字符串。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 必须为对象。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须为字符串。</translation>
    </message>
    <message>
        <source>ignoreSitemap and sitemapOnly cannot both be true.</source>
        <translation>ignoreSitemap 和 sitemapOnly 不能同时为 true。</translation>
    </message>
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
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须介于 %2 和 %3 之间。</translation>
    </message>
</context>
<context>
    <name>AppServices</name>
    <message>
        <source>Remote crawl</source>
        <translation>远程爬取</translation>
    </message>
    <message>
        <source>The crawl could not be started: %1</source>
        <translation>无法启动爬取：%1</translation>
    </message>
    <message>
        <source>No system keychain answered: API keys are kept for this session only.</source>
        <translation>系统钥匙串没有响应：API 密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain (%1); it is kept for this session only.</source>
        <translation>无法将密钥保存到钥匙串（%1）；它仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Sample crawl</source>
        <translation>示例爬取</translation>
    </message>
    <message>
        <source>The sample crawl cannot start: %1</source>
        <translation>示例爬取无法启动：%1</translation>
    </message>
    <message>
        <source>Monitor remote job</source>
        <translation>监控远程任务</translation>
    </message>
    <message>
        <source>Starting the crawl on %1…</source>
        <translation>正在 %1 上启动爬取…</translation>
    </message>
    <message>
        <source>API key needed</source>
        <translation>需要 API 密钥</translation>
    </message>
    <message>
        <source>Trawl needs the %1 API key to go on following job %2 (%3).</source>
        <translation>Trawl 需要 %1 的 API 密钥才能继续跟踪任务 %2（%3）。</translation>
    </message>
    <message>
        <source>The service refused the key: %1</source>
        <translation>服务拒绝了该密钥：%1</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>本地 API 服务器</translation>
    </message>
    <message>
        <source>The local API server was on when Trawl last closed, but it cannot start again: %1

Choose another port in File → Local API Server.</source>
        <translation>Trawl 上次关闭时本地 API 服务器处于开启状态，但现在无法再次启动：%1

请在“文件 → 本地 API 服务器”中选择其他端口。</translation>
    </message>
    <message>
        <source>Local API server listening on %1.</source>
        <translation>本地 API 服务器正在 %1 上监听。</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Pages stored over time</source>
        <translation>已保存页面数随时间的变化</translation>
    </message>
    <message>
        <source>Pages by HTTP status</source>
        <translation>按 HTTP 状态码统计的页面</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Pages by depth</source>
        <translation>按深度统计的页面</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Seconds since the first page</source>
        <translation>自第一个页面起的秒数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>响应时间（毫秒）</translation>
    </message>
    <message>
        <source>&amp;lt;%1</source>
        <translation>&amp;lt;%1</translation>
    </message>
</context>
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
    <message>
        <source>When the crawl ends, export it in format F (see trawl export).</source>
        <translation>爬取结束后，以格式 F 导出（参见 trawl export）。</translation>
    </message>
    <message>
        <source>Where --export writes.</source>
        <translation>--export 的写入位置。</translation>
    </message>
    <message>
        <source>Crawl the sample site built into Trawl instead of a URL (served on 127.0.0.1 while the crawl runs; works offline).</source>
        <translation>爬取 Trawl 内置的示例站点，而不是某个 URL（爬取期间在 127.0.0.1 上提供；可离线使用）。</translation>
    </message>
    <message>
        <source>--export and --output go together.</source>
        <translation>--export 和 --output 必须同时使用。</translation>
    </message>
    <message>
        <source>unknown --export format &quot;%1&quot;.</source>
        <translation>未知的 --export 格式“%1”。</translation>
    </message>
    <message>
        <source>While rendering, load no images, media or fonts.</source>
        <translation>渲染时不加载图片、媒体或字体。</translation>
    </message>
    <message>
        <source>When rendering, wait MS after the page loaded before reading it (default 0).</source>
        <translation>渲染时，页面加载完成后等待 MS 毫秒再读取（默认 0）。</translation>
    </message>
    <message>
        <source>Give up rendering a page after MS: load, waits and reading (default 30000).</source>
        <translation>渲染页面超过 MS 毫秒（含加载、等待和读取）后放弃（默认 30000）。</translation>
    </message>
    <message>
        <source>Run the pages&apos; JavaScript in QtWebEngine: static (never, the default), js (every page) or auto (pages whose HTML is an empty app shell).</source>
        <translation>在 QtWebEngine 中运行页面的 JavaScript：static（从不，默认）、js（每个页面）或 auto（HTML 只是空应用外壳的页面）。</translation>
    </message>
    <message>
        <source>When rendering, wait until the page has an element matching this CSS selector.</source>
        <translation>渲染时，等待页面中出现匹配此 CSS 选择器的元素。</translation>
    </message>
    <message>
        <source>--sample-site crawls the built-in site: give no URL.</source>
        <translation>--sample-site 爬取内置站点：请不要提供 URL。</translation>
    </message>
    <message>
        <source>--render must be static, js or auto, not &quot;%1&quot;.</source>
        <translation>--render 必须为 static、js 或 auto，而不是“%1”。</translation>
    </message>
    <message>
        <source>rendering needs a GUI application object.</source>
        <translation>渲染需要 GUI 应用程序对象。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: %2).</source>
        <translation>未知格式“%1”（已知格式：%2）。</translation>
    </message>
    <message>
        <source>The status format: %1 (default firecrawl-v1).</source>
        <translation>状态格式：%1（默认 firecrawl-v1）。</translation>
    </message>
    <message>
        <source>Which page of the answer (from 1): Geonode&apos;s page, or the N-th 10 MB chunk of Firecrawl v1 (default 1).</source>
        <translation>响应的第几页（从 1 开始）：Geonode 的页码，或 Firecrawl v1 的第 N 个 10 MB 分块（默认 1）。</translation>
    </message>
    <message>
        <source>Geonode&apos;s page_size, 1 to 50 (default 10).</source>
        <translation>Geonode 的 page_size，1 到 50（默认 10）。</translation>
    </message>
    <message>
        <source>Print a job as the service&apos;s status endpoint would answer now.</source>
        <translation>按服务的状态端点此刻会给出的响应输出任务。</translation>
    </message>
    <message>
        <source>there is no page %1; the answer has %2.</source>
        <translation>不存在第 %1 页；响应共有 %2 页。</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>可选值：%1。</translation>
    </message>
    <message>
        <source>The file to write (a folder for markdown-dir). It appears only when complete.</source>
        <translation>要写入的文件（markdown-dir 时为文件夹）。仅在写入完成后才会出现。</translation>
    </message>
    <message>
        <source>Write a job to a file in a documented status format, jsonl, csv or a folder of markdown files.</source>
        <translation>将任务写入文件：采用有文档说明的状态格式、jsonl、csv，或写成一个包含 markdown 文件的文件夹。</translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation>必须提供 --format（%1）。</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>必须提供 --output。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported job %1 (%2 pages) as %3 to %4.</source>
        <translation>已将任务 %1（%2 个页面）以 %3 格式导出到 %4。</translation>
    </message>
    <message>
        <source>A status document or a jsonl export.</source>
        <translation>状态文档或 jsonl 导出文件。</translation>
    </message>
    <message>
        <source>The file&apos;s format: %1 (default: recognized from the file).</source>
        <translation>文件格式：%1（默认：根据文件自动识别）。</translation>
    </message>
    <message>
        <source>Read an exported file into a new job; prints its id.</source>
        <translation>将导出的文件读入新任务；输出其 ID。</translation>
    </message>
    <message>
        <source>one file is required.</source>
        <translation>需要一个文件。</translation>
    </message>
    <message>
        <source>The API: %1.</source>
        <translation>API：%1。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The job id the service gave.</source>
        <translation>服务分配的任务 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where the API is (default: the service&apos;s; a self-hosted Firecrawl&apos;s URL for one).</source>
        <translation>API 的地址（默认：服务自身的地址；自托管的 Firecrawl 则为其 URL）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key (the key itself is never stored).</source>
        <translation>存放 API 密钥的环境变量（密钥本身从不保存）。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Milliseconds between looks while the job changes (default 2000).</source>
        <translation>任务有变化时两次查询之间的毫秒数（默认 2000）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Milliseconds between looks at most, while it does not (default 30000).</source>
        <translation>任务无变化时两次查询之间的最大毫秒数（默认 30000）。</translation>
    </message>
    <message>
        <source>takes no arguments; give --provider and --job.</source>
        <translation>不接受参数；请提供 --provider 和 --job。</translation>
    </message>
    <message>
        <source>--provider is required (%1).</source>
        <translation>必须提供 --provider（%1）。</translation>
    </message>
    <message>
        <source>--provider: unknown &quot;%1&quot;; one of %2.</source>
        <translation>--provider：未知值“%1”；可选值为 %2。</translation>
    </message>
    <message>
        <source>--job is required: the id the service gave the job.</source>
        <translation>必须提供 --job：即服务为该任务分配的 ID。</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http or https URL.</source>
        <translation>--base-url：“%1”不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>--api-key-env: the environment variable %1 is not set or empty.</source>
        <translation>--api-key-env：环境变量 %1 未设置或为空。</translation>
    </message>
    <message>
        <source>Job %1 already ended %2.</source>
        <translation>任务 %1 已经结束（%2）。</translation>
    </message>
    <message>
        <source>the service refused the API key (%1); the job stays as it is: run again with a valid --api-key-env.</source>
        <translation>服务拒绝了 API 密钥（%1）；任务保持不变：请使用有效的 --api-key-env 重新运行。</translation>
    </message>
    <message>
        <source>Interrupted: run the same command again to go on.</source>
        <translation>已中断：再次运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>Job %1 %2: %3 pages, %4 failed.</source>
        <translation>任务 %1（%2）：%3 个页面，%4 个失败。</translation>
    </message>
    <message>
        <source>The port to listen on (default %1; 0: any free port).</source>
        <translation>监听的端口（默认 %1；0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>Listen on ADDR instead of 127.0.0.1 (other machines could then reach it).</source>
        <translation>在 ADDR 而不是 127.0.0.1 上监听（这样其他机器就可能访问到它）。</translation>
    </message>
    <message>
        <source>Crawls run at once at most; more are refused with 429 (default %1).</source>
        <translation>同时运行的爬取数上限；超出的请求以 429 拒绝（默认 %1）。</translation>
    </message>
    <message>
        <source>Answer Firecrawl&apos;s API (v1 and v0) on this machine: SDKs and scripts written for Firecrawl start local crawls. Prints the URL to give them; Ctrl+C stops.</source>
        <translation>在本机提供 Firecrawl 的 API（v1 和 v0）：为 Firecrawl 编写的 SDK 和脚本将启动本地爬取。输出要提供给它们的 URL；按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>--port must be at most 65535.</source>
        <translation>--port 不能大于 65535。</translation>
    </message>
    <message>
        <source>--listen expects an IP address, not &quot;%1&quot;.</source>
        <translation>--listen 需要 IP 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>Warning: listening on %1: other machines that reach it can use the API with the token, over plain HTTP.</source>
        <translation>警告：正在 %1 上监听：能访问到该地址的其他机器可以凭令牌通过未加密的 HTTP 使用此 API。</translation>
    </message>
    <message>
        <source>the environment variable %1 is empty or not set.</source>
        <translation>环境变量 %1 为空或未设置。</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>任务 %1 已启动。</translation>
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
  status JOB            the job as a service&apos;s status endpoint answers it
  export JOB            write a job to a file (--format, --output)
  import FILE           read an exported file into a new job
  monitor               follow a job on a hosted crawl API until it ends
  serve                 answer Firecrawl&apos;s API on 127.0.0.1 (--port, --token-env)

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
  status JOB            按服务的状态端点的响应格式输出任务
  export JOB            将任务写入文件（--format、--output）
  import FILE           将导出的文件读入新任务
  monitor               跟踪托管爬取 API 上的任务直至其结束
  serve                 在 127.0.0.1 上提供 Firecrawl 的 API（--port、--token-env）

选项：
  --db PATH             任务数据库（适用于所有命令和窗口）
  -h, --help            显示此帮助，或用 COMMAND --help 显示某个命令的帮助
  -v, --version         显示版本

退出码：0 已完成，1 失败或已取消，2 用法或输入错误。
</translation>
    </message>
    <message>
        <source>Follow a job running on a hosted crawl API until it ends, storing every page it returns once; prints the local job id. Run again after an interruption to go on where it stopped. Exit codes: 0 completed, 1 failed, cancelled or expired (pages kept), 2 bad usage, a refused key, or a job another live process monitors.</source>
        <translation>跟踪在托管爬取 API 上运行的任务直至其结束，其返回的每个页面只保存一次；输出本地任务 ID。中断后再次运行即可从中断处继续。退出码：0 已完成，1 失败、已取消或已过期（页面会保留），2 用法错误、密钥被拒绝，或该任务正由另一个仍在运行的进程监控。</translation>
    </message>
    <message>
        <source>Pages rendered at once, 1 to %1 (default %2).</source>
        <translation>同时渲染的页面数，1 到 %1（默认 %2）。</translation>
    </message>
    <message>
        <source>--renderers must be at most %1 (pages rendered at once), not %2.</source>
        <translation>--renderers 最多为 %1（同时渲染的页面数），而不是 %2。</translation>
    </message>
    <message>
        <source>Token: %1 (kept in the system keychain; the window&apos;s Local API server uses the same)</source>
        <translation>Token: %1（保存在系统密钥环中；窗口的本地 API 服务器使用同一个）</translation>
    </message>
    <message>
        <source>Token: %1 (new, kept in the system keychain for the next runs and the window&apos;s Local API server)</source>
        <translation>Token: %1（新建，保存在系统密钥环中，供以后的运行和窗口的本地 API 服务器使用）</translation>
    </message>
    <message>
        <source>Token: %1 (for this run only: no system keychain answered; --token-env VAR sets one that lasts)</source>
        <translation>Token: %1（仅限本次运行：没有系统密钥环响应；--token-env VAR 可设置一个持久的令牌）</translation>
    </message>
    <message>
        <source>Take the bearer token from environment variable VAR (default: the token kept in the system keychain, the one the window&apos;s Local API server shows, made on first use; printed on stderr).</source>
        <translation>从环境变量 VAR 读取 Bearer 令牌（默认：保存在系统密钥环中的令牌，即窗口的本地 API 服务器显示的那个，首次使用时生成；输出到 stderr）。</translation>
    </message>
    <message>
        <source>The token could not be kept in the keychain (%1): it lasts for this run only.</source>
        <translation>无法将令牌保存到密钥环（%1）：它仅在本次运行中有效。</translation>
    </message>
    <message>
        <source>Choose another with --port N (--port 0 takes any free port).</source>
        <translation>请用 --port N 选择其他端口（--port 0 使用任意空闲端口）。</translation>
    </message>
    <message>
        <source>Listening on all interfaces, port %1. On this machine use the URL below; from another, http://ADDRESS:%1 with one of this machine&apos;s addresses (%2).</source>
        <translation>正在所有网络接口的端口 %1 上监听。在本机请使用下面的 URL；在其他机器上请使用 http://地址:%1，地址为本机地址之一（%2）。</translation>
    </message>
    <message>
        <source>this executable cannot render pages.</source>
        <translation>此可执行文件无法渲染页面。</translation>
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
        <source>Unknown format &quot;%1&quot; (known: %2).</source>
        <translation>未知格式“%1”（已知格式：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header (expected &quot;Name: value&quot;).</source>
        <translation>“%1”不是请求头（应为“Name: value”）。</translation>
    </message>
    <message>
        <source>The %1 format needs JavaScript rendering (render mode js or auto).</source>
        <translation>%1 格式需要 JavaScript 渲染（渲染模式 js 或 auto）。</translation>
    </message>
    <message>
        <source>Ask for screenshot or screenshot@fullPage, not both.</source>
        <translation>请只选择 screenshot 或 screenshot@fullPage 之一，不能同时选择。</translation>
    </message>
    <message>
        <source>waitFor must be between 0 and %1 ms.</source>
        <translation>waitFor 必须在 0 到 %1 毫秒之间。</translation>
    </message>
    <message>
        <source>The render timeout must be between 1 second and 10 minutes.</source>
        <translation>渲染超时时间必须在 1 秒到 10 分钟之间。</translation>
    </message>
    <message>
        <source>The selector to wait for cannot contain line breaks.</source>
        <translation>要等待的选择器不能包含换行符。</translation>
    </message>
    <message>
        <source>waitFor needs JavaScript rendering (render mode js or auto).</source>
        <translation>waitFor 需要 JavaScript 渲染（渲染模式 js 或 auto）。</translation>
    </message>
    <message>
        <source>Waiting for a selector needs JavaScript rendering (render mode js or auto).</source>
        <translation>等待选择器需要 JavaScript 渲染（渲染模式 js 或 auto）。</translation>
    </message>
    <message>
        <source>waitFor (%1 ms) must be shorter than the render timeout (%2 ms), which also counts the load and the reading of each page.</source>
        <translation>waitFor（%1 毫秒）必须短于渲染超时时间（%2 毫秒），渲染超时时间还包括每个页面的加载和读取。</translation>
    </message>
</context>
<context>
    <name>CrawlOptionsForm</name>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Politeness</source>
        <translation>礼貌策略</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>渲染</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Headers and authentication</source>
        <translation>请求头与身份验证</translation>
    </message>
    <message>
        <source>One regular expression per line, e.g. ^/blog/.*</source>
        <translation>每行一个正则表达式，例如 ^/blog/.*</translation>
    </message>
    <message>
        <source>Only URLs whose path matches one of these regular expressions are crawled (Firecrawl&apos;s includePaths). Empty: every path.</source>
        <translation>只爬取路径匹配其中某个正则表达式的 URL（即 Firecrawl 的 includePaths）。留空：所有路径。</translation>
    </message>
    <message>
        <source>Include paths:</source>
        <translation>包含路径：</translation>
    </message>
    <message>
        <source>One regular expression per line, e.g. ^/tag/</source>
        <translation>每行一个正则表达式，例如 ^/tag/</translation>
    </message>
    <message>
        <source>URLs whose path matches any of these regular expressions are not crawled (Firecrawl&apos;s excludePaths).</source>
        <translation>路径匹配其中任一正则表达式的 URL 不会被爬取（即 Firecrawl 的 excludePaths）。</translation>
    </message>
    <message>
        <source>Exclude paths:</source>
        <translation>排除路径：</translation>
    </message>
    <message>
        <source>Match the expressions against the whole URL</source>
        <translation>用表达式匹配整个 URL</translation>
    </message>
    <message>
        <source>Apply include and exclude paths to the full URL (scheme, host and query too), not only its path.</source>
        <translation>将包含和排除路径应用于完整 URL（包括协议、主机和查询参数），而不仅是其路径。</translation>
    </message>
    <message>
        <source>Crawl the entire domain</source>
        <translation>爬取整个域名</translation>
    </message>
    <message>
        <source>Follow links anywhere on the start page&apos;s site, not only under the start URL&apos;s path.</source>
        <translation>跟随起始页面所在站点上任意位置的链接，而不仅是起始 URL 路径下的链接。</translation>
    </message>
    <message>
        <source>Follow links to subdomains</source>
        <translation>跟随指向子域名的链接</translation>
    </message>
    <message>
        <source>Also crawl blog.example.com when starting at example.com.</source>
        <translation>从 example.com 开始时，也爬取 blog.example.com。</translation>
    </message>
    <message>
        <source>Follow links to other sites</source>
        <translation>跟随指向其他站点的链接</translation>
    </message>
    <message>
        <source>Crawl pages on other hosts too (the limit and depth still apply).</source>
        <translation>也爬取其他主机上的页面（页面上限和深度限制仍然适用）。</translation>
    </message>
    <message>
        <source>Ignore the sitemap</source>
        <translation>忽略站点地图</translation>
    </message>
    <message>
        <source>Do not seed the crawl from robots.txt sitemaps and /sitemap.xml; only follow links.</source>
        <translation>不使用 robots.txt 中的站点地图和 /sitemap.xml 作为爬取起点；只跟随链接。</translation>
    </message>
    <message>
        <source>Ignore query parameters</source>
        <translation>忽略查询参数</translation>
    </message>
    <message>
        <source>Treat /page?a=1 and /page?a=2 as the same page, fetched once.</source>
        <translation>将 /page?a=1 和 /page?a=2 视为同一页面，只抓取一次。</translation>
    </message>
    <message>
        <source>Treat similar URLs as one page</source>
        <translation>将相似的 URL 视为同一页面</translation>
    </message>
    <message>
        <source>www and non-www, http and https, index.html and a trailing slash count as one page.</source>
        <translation>www 与非 www、http 与 https、index.html 与末尾斜杠均视为同一页面。</translation>
    </message>
    <message>
        <source>The most pages fetched, successful or failed (Firecrawl&apos;s limit).</source>
        <translation>最多抓取的页面数，包括成功和失败的页面（即 Firecrawl 的 limit）。</translation>
    </message>
    <message>
        <source>Page limit:</source>
        <translation>页面数上限：</translation>
    </message>
    <message>
        <source>Link hops from the start page; 0 fetches only the start page.</source>
        <translation>距起始页面的链接跳数；0 表示只抓取起始页面。</translation>
    </message>
    <message>
        <source>Maximum depth:</source>
        <translation>最大深度：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long one request may take before it fails with TIMEOUT (100 ms to 10 minutes).</source>
        <translation>单个请求在以 TIMEOUT 失败之前允许的最长时间（100 毫秒到 10 分钟）。</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>请求超时：</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A page larger than this (after decompression) fails with TOO_LARGE.</source>
        <translation>（解压后）大于此值的页面将以 TOO_LARGE 失败。</translation>
    </message>
    <message>
        <source>Largest page:</source>
        <translation>页面大小上限：</translation>
    </message>
    <message>
        <source>Requests in flight at once, over all hosts (Firecrawl&apos;s maxConcurrency).</source>
        <translation>所有主机合计同时进行的请求数（即 Firecrawl 的 maxConcurrency）。</translation>
    </message>
    <message>
        <source>Concurrent requests:</source>
        <translation>并发请求数：</translation>
    </message>
    <message>
        <source>Requests in flight at once to one host; 0 means as many as the concurrent requests.</source>
        <translation>对单个主机同时进行的请求数；0 表示与并发请求数相同。</translation>
    </message>
    <message>
        <source>Same as above</source>
        <translation>同上</translation>
    </message>
    <message>
        <source>Per host:</source>
        <translation>每主机：</translation>
    </message>
    <message>
        <source>Wait this long between two requests to the same host; any delay means one request at a time per host.</source>
        <translation>对同一主机的两次请求之间等待的时长；只要设置了延迟，每个主机就一次只发一个请求。</translation>
    </message>
    <message>
        <source>Delay between requests:</source>
        <translation>请求间隔：</translation>
    </message>
    <message>
        <source>Extra attempts for timeouts, connection failures, 429 and 5xx answers, with growing pauses.</source>
        <translation>在超时、连接失败、429 和 5xx 响应时额外重试的次数，间隔逐渐加长。</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>重试次数：</translation>
    </message>
    <message>
        <source>Respect robots.txt and meta robots</source>
        <translation>遵守 robots.txt 和 meta robots</translation>
    </message>
    <message>
        <source>Skip what robots.txt, &lt;meta name=robots&gt; and X-Robots-Tag forbid, and honour Crawl-delay.</source>
        <translation>跳过 robots.txt、&lt;meta name=robots&gt; 和 X-Robots-Tag 禁止的内容，并遵守 Crawl-delay。</translation>
    </message>
    <message>
        <source>Static: the HTML as fetched</source>
        <translation>静态：使用抓取到的原始 HTML</translation>
    </message>
    <message>
        <source>JavaScript: render every page</source>
        <translation>JavaScript：渲染每个页面</translation>
    </message>
    <message>
        <source>Automatic: render pages that need it</source>
        <translation>自动：只渲染需要渲染的页面</translation>
    </message>
    <message>
        <source>Whether pages are run in a browser engine before they are read. Rendering is slower but sees what scripts build; Automatic renders only pages whose HTML looks like an empty application shell.</source>
        <translation>读取页面之前是否先在浏览器引擎中运行页面。渲染较慢，但能看到脚本生成的内容；“自动”只渲染 HTML 看起来像空应用外壳的页面。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Wait after load:</source>
        <translation>加载后等待：</translation>
    </message>
    <message>
        <source>e.g. #content, .article</source>
        <translation>例如 #content、.article</translation>
    </message>
    <message>
        <source>Wait until an element matching this CSS selector exists before reading the page.</source>
        <translation>等到存在匹配此 CSS 选择器的元素后再读取页面。</translation>
    </message>
    <message>
        <source>Wait for element:</source>
        <translation>等待元素：</translation>
    </message>
    <message>
        <source>Loading and waiting together may take this long per page.</source>
        <translation>每个页面的加载与等待合计允许的最长时间。</translation>
    </message>
    <message>
        <source>Render timeout:</source>
        <translation>渲染超时：</translation>
    </message>
    <message>
        <source>Do not load images, media and fonts</source>
        <translation>不加载图片、媒体和字体</translation>
    </message>
    <message>
        <source>Faster rendering; pages that lay out by image size may differ.</source>
        <translation>渲染更快；布局依赖图片尺寸的页面可能会有所不同。</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Cleaned HTML</source>
        <translation>清理后的 HTML</translation>
    </message>
    <message>
        <source>Raw HTML</source>
        <translation>原始 HTML</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Keep the page&apos;s %1 (Firecrawl format &quot;%2&quot;).</source>
        <translation>保留页面的%1（Firecrawl 格式“%2”）。</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Only the main content</source>
        <translation>仅主要内容</translation>
    </message>
    <message>
        <source>Drop headers, footers, navigation, sidebars, cookie banners and ads; keep &lt;main&gt; or &lt;article&gt;.</source>
        <translation>丢弃页眉、页脚、导航、侧边栏、Cookie 横幅和广告；保留 &lt;main&gt; 或 &lt;article&gt;。</translation>
    </message>
    <message>
        <source>Remove inline base64 images</source>
        <translation>移除内嵌的 base64 图片</translation>
    </message>
    <message>
        <source>Replace data: images by a short placeholder.</source>
        <translation>将 data: 图片替换为简短的占位符。</translation>
    </message>
    <message>
        <source>One CSS selector per line, e.g. article</source>
        <translation>每行一个 CSS 选择器，例如 article</translation>
    </message>
    <message>
        <source>Keep only the parts of a page that match these selectors.</source>
        <translation>只保留页面中匹配这些选择器的部分。</translation>
    </message>
    <message>
        <source>Include tags:</source>
        <translation>包含标签：</translation>
    </message>
    <message>
        <source>One CSS selector per line, e.g. .comments</source>
        <translation>每行一个 CSS 选择器，例如 .comments</translation>
    </message>
    <message>
        <source>Drop the parts of a page that match these selectors.</source>
        <translation>丢弃页面中匹配这些选择器的部分。</translation>
    </message>
    <message>
        <source>Exclude tags:</source>
        <translation>排除标签：</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>名称: 值，每行一个</translation>
    </message>
    <message>
        <source>Sent with every request, e.g. Accept-Language: de or Cookie: a=b.</source>
        <translation>随每个请求一起发送，例如 Accept-Language: de 或 Cookie: a=b。</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>请求头：</translation>
    </message>
    <message>
        <source>Headers are stored with the job so that it can be resumed: for a login, use a session cookie or token you can revoke afterwards.</source>
        <translation>请求头会随任务一起保存，以便之后继续爬取：如需登录，请使用之后可以吊销的会话 Cookie 或令牌。</translation>
    </message>
    <message>
        <source>The User-Agent header; empty: Trawl&apos;s own. robots.txt rules for &quot;%1&quot; apply either way.</source>
        <translation>User-Agent 请求头；留空则使用 Trawl 自己的。无论如何，robots.txt 中针对“%1”的规则都适用。</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent：</translation>
    </message>
    <message>
        <source>Accept invalid TLS certificates</source>
        <translation>接受无效的 TLS 证书</translation>
    </message>
    <message>
        <source>Crawl https sites whose certificate is self-signed or expired. Only for sites you trust.</source>
        <translation>爬取证书为自签名或已过期的 https 站点。仅用于您信任的站点。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid regular expression: %3 (at character %4).</source>
        <translation>第 %1 行：“%2”不是有效的正则表达式：%3（位于第 %4 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a selector Trawl understands: %2</source>
        <translation>“%1”不是 Trawl 能识别的选择器：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>After the page has loaded, wait this long before reading it (Firecrawl&apos;s waitFor, at most %1 seconds).</source>
        <translation>页面加载后，等待这么久再读取（Firecrawl 的 waitFor，最多 %1 秒）。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Visible area (1280×800)</source>
        <translation>可见区域（1280×800）</translation>
    </message>
    <message>
        <source>Full page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Keep a PNG of each rendered page: its first screen (Firecrawl format &quot;%1&quot;) or its whole height (&quot;%2&quot;). Needs JavaScript rendering (Rendering tab).</source>
        <translation>为每个渲染的页面保存一张 PNG：第一屏（Firecrawl 格式“%1”）或整页高度（“%2”）。需要 JavaScript 渲染（“渲染”选项卡）。</translation>
    </message>
    <message>
        <source>Screenshot:</source>
        <translation>截图：</translation>
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
    <message>
        <source>trawl.render must be &quot;static&quot;, &quot;js&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>trawl.render 必须为“static”、“js”或“auto”，而不是“%1”。</translation>
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
    <message>
        <source>This crawl renders JavaScript pages, but no renderer was started.</source>
        <translation>此爬取需要渲染 JavaScript 页面，但未启动任何渲染器。</translation>
    </message>
    <message>
        <source>While rendering %1, Trawl refused: %2.</source>
        <translation>渲染 %1 时，Trawl 拒绝了：%2。</translation>
    </message>
    <message>
        <source>While rendering, the page tried what Trawl refuses: %1.</source>
        <translation>渲染时，页面尝试了 Trawl 拒绝的操作：%1。</translation>
    </message>
    <message>
        <source>Rendering failed, the page is kept as fetched: %1</source>
        <translation>渲染失败，页面按抓取时的内容保留：%1</translation>
    </message>
    <message>
        <source>Fetched pages are not journaled (%1): each request waits until its page is stored.</source>
        <translation>已抓取的页面未写入日志（%1）：每个请求都会等到其页面存储完毕。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) fetched before the crawl stopped but not stored are parsed from the journal, not fetched again.</source>
        <translation>
            <numerusform>爬取停止前已抓取但未存储的 %n 个页面将从日志中解析，不会再次抓取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched pages are not journaled any more (%1): each request waits until its page is stored.</source>
        <translation>已抓取的页面不再写入日志（%1）：每个请求都会等到其页面存储完毕。</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Firecrawl v0: the answer of GET /v0/crawl/status (one JSON file).</source>
        <translation>Firecrawl v0：GET /v0/crawl/status 的响应（一个 JSON 文件）。</translation>
    </message>
    <message>
        <source>Firecrawl v1: the answer of GET /v1/crawl/{id} (one JSON file).</source>
        <translation>Firecrawl v1：GET /v1/crawl/{id} 的响应（一个 JSON 文件）。</translation>
    </message>
    <message>
        <source>Spidra: the crawl status document (one JSON file).</source>
        <translation>Spidra：爬取状态文档（一个 JSON 文件）。</translation>
    </message>
    <message>
        <source>Geonode: the crawl results document (one JSON file).</source>
        <translation>Geonode：爬取结果文档（一个 JSON 文件）。</translation>
    </message>
    <message>
        <source>JSON Lines: one Firecrawl v1 document per page, failed pages too.</source>
        <translation>JSON Lines：每个页面一个 Firecrawl v1 文档，失败的页面也包括在内。</translation>
    </message>
    <message>
        <source>CSV: one row per page (URL, status, title, errors…), for a spreadsheet.</source>
        <translation>CSV：每个页面一行（URL、状态、标题、错误…），适用于电子表格。</translation>
    </message>
    <message>
        <source>A folder of Markdown files, one per page, with an index.md.</source>
        <translation>一个包含 Markdown 文件的文件夹，每个页面一个文件，另附 index.md。</translation>
    </message>
    <message>
        <source>Export Job</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>The documented status formats of the hosted APIs, JSON Lines, CSV or a folder of Markdown files.</source>
        <translation>托管 API 有文档说明的状态格式、JSON Lines、CSV，或一个包含 Markdown 文件的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n 个页面</numerusform>
        </translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Choose the folder to create</source>
        <translation>选择要创建的文件夹</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>选择要写入的文件</translation>
    </message>
    <message>
        <source>Folder to Create the Markdown Folder In</source>
        <translation>要在其中创建 Markdown 文件夹的文件夹</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 files (*%2)</source>
        <translation>%1 文件 (*%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n page(s)…</source>
        <translation>
            <numerusform>正在导出 %n 个页面…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个页面导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 / %2 页</translation>
    </message>
    <message>
        <source>Exporting: %1, %2 written…</source>
        <translation>正在导出：%1，已写入 %2…</translation>
    </message>
    <message>
        <source>Exporting: %1…</source>
        <translation>正在导出：%1…</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The job %1 no longer exists.</source>
        <translation>任务 %1 已不存在。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>未知格式“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FetchJournal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>日志未打开。</translation>
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
    <message>
        <source>The body is encoded as %1, which Trawl did not ask for.</source>
        <translation>正文以 %1 编码，而 Trawl 并未请求该编码。</translation>
    </message>
    <message>
        <source>The body could not be decompressed: %1.</source>
        <translation>无法解压正文：%1。</translation>
    </message>
    <message>
        <source>The address of %1 was not found within %2 ms.</source>
        <translation>未能在 %2 毫秒内找到 %1 的地址。</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 ms.</source>
        <translation>%2 毫秒内未能连接到 %1。</translation>
    </message>
    <message>
        <source>Nothing arrived for %1 ms.</source>
        <translation>%1 毫秒内没有收到任何数据。</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL that can be fetched.</source>
        <translation>%1 不是可以获取的 http(s) URL。</translation>
    </message>
</context>
<context>
    <name>FirecrawlClient</name>
    <message>
        <source>Pages %1 to %2 left partial_data before they were read; they are taken from data when the job completes.</source>
        <translation>第 %1 到 %2 个页面在被读取之前已离开 partial_data；任务完成时将从 data 中获取它们。</translation>
    </message>
    <message>
        <source>The service&apos;s next link does not advance (%1); not followed.</source>
        <translation>服务返回的 next 链接没有向前推进（%1）；不予跟随。</translation>
    </message>
    <message>
        <source>errors[%1].url: missing or not a string</source>
        <translation>errors[%1].url：缺失或不是字符串</translation>
    </message>
</context>
<context>
    <name>FirecrawlExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>FirecrawlImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>不是数组</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>not an array or null</source>
        <translation>既不是数组也不是 null</translation>
    </message>
</context>
<context>
    <name>GeonodeImport</name>
    <message>
        <source>Not a Geonode crawl status: &quot;%1&quot; %2</source>
        <translation>不是 Geonode 爬取状态：“%1”%2</translation>
    </message>
    <message>
        <source>is not a whole number &gt;= 1</source>
        <translation>不是 &gt;= 1 的整数</translation>
    </message>
    <message>
        <source>is not a whole number &gt;= 0</source>
        <translation>不是 &gt;= 0 的整数</translation>
    </message>
    <message>
        <source>is missing or not a string</source>
        <translation>缺失或不是字符串</translation>
    </message>
    <message>
        <source>is missing or neither a string nor null</source>
        <translation>缺失，或既不是字符串也不是 null</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>is missing or not an array</source>
        <translation>缺失或不是数组</translation>
    </message>
    <message>
        <source>holds something not a string</source>
        <translation>包含非字符串的内容</translation>
    </message>
    <message>
        <source>is neither an object nor null</source>
        <translation>既不是对象也不是 null</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>缺失或不是对象</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>不是已知状态</translation>
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
    <name>HttpClientConnection</name>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>到 %1 的连接被拒绝。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the answer: %2</source>
        <translation>到 %1 的连接在应答之前中断：%2</translation>
    </message>
    <message>
        <source>The connection to %1 failed during the answer: %2</source>
        <translation>到 %1 的连接在应答期间中断：%2</translation>
    </message>
    <message>
        <source>The connection to %1 closed while connecting.</source>
        <translation>到 %1 的连接在建立过程中被关闭。</translation>
    </message>
</context>
<context>
    <name>HttpConnectionPool</name>
    <message>
        <source>Host %1 not found.</source>
        <translation>找不到主机 %1。</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up: %2</source>
        <translation>无法查询 %1 的地址：%2</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The trailer fields of the response are larger than %1 bytes.</source>
        <translation>响应的尾部字段超过 %1 字节。</translation>
    </message>
    <message>
        <source>The response headers are larger than %1 bytes.</source>
        <translation>响应头超过 %1 字节。</translation>
    </message>
    <message>
        <source>The server switched to another protocol, which Trawl did not ask for.</source>
        <translation>服务器切换到了另一种协议，而 Trawl 并未请求。</translation>
    </message>
    <message>
        <source>A chunk size line of the body is longer than %1 bytes.</source>
        <translation>正文的某个分块大小行超过 %1 字节。</translation>
    </message>
    <message>
        <source>A chunk of the body does not end where its size says (&quot;%1&quot; follows it).</source>
        <translation>正文的某个分块没有在其大小所示的位置结束（其后是“%1”）。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>服务器未作应答就关闭了连接。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the response headers.</source>
        <translation>连接在响应头中途关闭。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the chunked body, after %1 bytes.</source>
        <translation>连接在分块正文中途关闭，此时已收到 %1 字节。</translation>
    </message>
    <message>
        <source>The answer is not an HTTP/1 response: it begins with &quot;%1&quot;.</source>
        <translation>应答不是 HTTP/1 响应：其开头为“%1”。</translation>
    </message>
    <message>
        <source>The answer has an invalid status code: &quot;%1&quot;.</source>
        <translation>应答的状态码无效：“%1”。</translation>
    </message>
    <message>
        <source>The response has an invalid Content-Length (&quot;%1&quot;).</source>
        <translation>响应的 Content-Length 无效（“%1”）。</translation>
    </message>
    <message>
        <source>The body is sent with the transfer coding &quot;%1&quot;, which Trawl does not support.</source>
        <translation>正文使用了传输编码“%1”，Trawl 不支持该编码。</translation>
    </message>
    <message>
        <source>The chunked body has an invalid chunk size line: &quot;%1&quot;.</source>
        <translation>分块正文中有无效的分块大小行：“%1”。</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>The request headers are too large.</source>
        <translation>请求头过大。</translation>
    </message>
    <message>
        <source>Malformed request line.</source>
        <translation>请求行格式错误。</translation>
    </message>
    <message>
        <source>Malformed header line.</source>
        <translation>请求头行格式错误。</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length.</source>
        <translation>请在发送请求体时附带 Content-Length。</translation>
    </message>
    <message>
        <source>Invalid Content-Length.</source>
        <translation>Content-Length 无效。</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>请求体大于 %1 字节。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program (another trawl serve, or Trawl&apos;s window with its local API server on?).</source>
        <translation>%2 上的端口 %1 已被其他程序占用（另一个 trawl serve，或开启了本地 API 服务器的 Trawl 窗口？）。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>not JSON: %1 (at byte %2).</source>
        <translation>不是 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>应为 JSON 对象。</translation>
    </message>
    <message>
        <source>not a Firecrawl, Spidra or Geonode status document; give --format.</source>
        <translation>不是 Firecrawl、Spidra 或 Geonode 的状态文档；请提供 --format。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;.</source>
        <translation>未知格式“%1”。</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>The job %1 no longer exists.</source>
        <translation>任务 %1 已不存在。</translation>
    </message>
    <message>
        <source>The job is %1, not running.</source>
        <translation>任务状态为 %1，未在运行。</translation>
    </message>
    <message>
        <source>The job is already running.</source>
        <translation>任务已在运行。</translation>
    </message>
    <message>
        <source>The job is %1 and cannot be resumed.</source>
        <translation>任务状态为 %1，无法继续。</translation>
    </message>
    <message>
        <source>The job is already %1.</source>
        <translation>任务已处于 %1 状态。</translation>
    </message>
    <message>
        <source>Only crawls run on this computer can be run again here.</source>
        <translation>此处只能重新运行在本机上运行的爬取。</translation>
    </message>
    <message>
        <source>The job is running; pause or cancel it first.</source>
        <translation>任务正在运行；请先暂停或取消它。</translation>
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
    <message>
        <source>Job %1 on %2</source>
        <translation>%2 上的任务 %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Pages/s</source>
        <translation>页面/秒</translation>
    </message>
    <message>
        <source>Waiting for API key</source>
        <translation>等待 API 密钥</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
    <message>
        <source>Job %1 runs on %2: only a local crawl can fetch its failed pages again.</source>
        <translation>任务 %1 运行在 %2 上：只有本地爬取才能重新抓取失败的页面。</translation>
    </message>
    <message>
        <source>Job %1 is %2: pause it or let it end before fetching its failed pages again.</source>
        <translation>任务 %1 的状态为 %2：请先暂停它或等它结束，再重新抓取失败的页面。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed page(s) queued to be fetched again.</source>
        <translation>
            <numerusform>已将 %n 个失败页面重新加入队列等待抓取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobView</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;Retry failed pages</source>
        <translation>重试失败页面(&amp;R)</translation>
    </message>
    <message>
        <source>Queue the failed pages (not the skipped ones) again and resume the crawl to fetch them</source>
        <translation>将失败的页面（不包括被跳过的页面）重新加入队列，并继续爬取以抓取它们</translation>
    </message>
    <message>
        <source>%1 failed, %2 skipped.</source>
        <translation>%1 个失败，%2 个已跳过。</translation>
    </message>
    <message>
        <source>Cannot retry: %1</source>
        <translation>无法重试：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed page(s) queued again; the crawl resumes to fetch them.</source>
        <translation>
            <numerusform>已将 %n 个失败页面重新加入队列；爬取将继续以抓取它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed, %2 skipped, %3 completed with an error.</source>
        <translation>%1 个失败，%2 个已跳过，%3 个已完成但带有错误。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Pages</source>
        <translation>重试失败的页面(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find Pages…</source>
        <translation>查找页面(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the pages of the job by URL or title</source>
        <translation>按 URL 或标题搜索此任务的页面</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Load %n earlier line(s)</source>
        <translation>
            <numerusform>加载之前的 %n 行(&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>The log&apos;s latest lines; earlier ones are kept.</source>
        <translation>日志的最新几行；更早的行已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed, skipped or completed with an error</source>
        <translation>
            <numerusform>%n 个页面失败、被跳过或完成但带有错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonOut</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LocalApiServer</name>
    <message>
        <source>The local API needs a token.</source>
        <translation>本地 API 需要令牌。</translation>
    </message>
    <message>
        <source>The local API was stopped.</source>
        <translation>本地 API 已停止。</translation>
    </message>
    <message>
        <source>There is no %1 %2 here.</source>
        <translation>此处没有 %1 %2。</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3.</source>
        <translation>%1 接受 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>请求体不是 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>请求体必须为 JSON 对象。</translation>
    </message>
    <message>
        <source>Rate limit exceeded: %1 crawls are running, the most this server runs at once. Retry when one has ended.</source>
        <translation>超出速率限制：正在运行 %1 个爬取，已达到此服务器可同时运行的上限。请在其中一个结束后重试。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2.</source>
        <translation>%1 必须为不小于 %2 的整数。</translation>
    </message>
    <message>
        <source>The job is already %1.</source>
        <translation>任务已处于 %1 状态。</translation>
    </message>
    <message>
        <source>The scrape ended %1 without a page.</source>
        <translation>抓取以 %1 状态结束，但没有得到页面。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trawl</source>
        <translation>Trawl</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>About Trawl</source>
        <translation>关于 Trawl</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No crawls yet&lt;/h2&gt;&lt;p&gt;Start a crawl with &lt;b&gt;New crawl…&lt;/b&gt;: type the address of a site, choose how far to go, and watch its pages arrive here.&lt;br&gt;You can also drop a link, or a text file with one address per line, on this window.&lt;/p&gt;&lt;p&gt;Not sure yet? Try a crawl of the small sample site that comes with Trawl: nothing leaves your computer.&lt;/p&gt;&lt;p&gt;Crawls started from a terminal (&lt;code&gt;trawl crawl URL&lt;/code&gt;) show up here too. Every page is kept in&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;还没有爬取&lt;/h2&gt;&lt;p&gt;点击&lt;b&gt;新建爬取…&lt;/b&gt;开始爬取：输入站点地址，选择爬取范围，然后看着页面陆续出现在这里。&lt;br&gt;您也可以将链接或每行一个地址的文本文件拖放到此窗口上。&lt;/p&gt;&lt;p&gt;还不确定？试试爬取 Trawl 自带的小型示例站点：任何数据都不会离开您的计算机。&lt;/p&gt;&lt;p&gt;从终端启动的爬取（&lt;code&gt;trawl crawl URL&lt;/code&gt;）也会显示在这里。所有页面都保存在&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;New Crawl…</source>
        <translation>新建爬取(&amp;N)…</translation>
    </message>
    <message>
        <source>Configure and start a crawl</source>
        <translation>配置并开始爬取</translation>
    </message>
    <message>
        <source>&amp;Monitor Remote Job…</source>
        <translation>监控远程任务(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Follow a job running on Firecrawl, Spidra or Geonode</source>
        <translation>跟踪在 Firecrawl、Spidra 或 Geonode 上运行的任务</translation>
    </message>
    <message>
        <source>Local &amp;API Server…</source>
        <translation>本地 API 服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Answer Firecrawl&apos;s API on this computer, for scripts and SDKs</source>
        <translation>在本机提供 Firecrawl 的 API，供脚本和 SDK 使用</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause the crawl; resume it later where it stopped</source>
        <translation>暂停爬取；之后可从暂停处继续</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Continue the crawl where it stopped</source>
        <translation>从停止处继续爬取</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Stop the crawl for good; its pages are kept</source>
        <translation>彻底停止爬取；已爬取的页面会保留</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>重新运行(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Start a new crawl with the same options</source>
        <translation>使用相同选项开始新的爬取</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the job to a file in a status format, JSON Lines, CSV or Markdown</source>
        <translation>将任务写入文件：状态格式、JSON Lines、CSV 或 Markdown</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the job and its pages from the database</source>
        <translation>从数据库中删除该任务及其页面</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the jobs again</source>
        <translation>重新读取任务</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Defaults for new crawls, data folder, retention, language</source>
        <translation>新爬取的默认设置、数据文件夹、保留期限、语言</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close Trawl; running crawls pause and resume later</source>
        <translation>关闭 Trawl；正在运行的爬取会暂停，稍后继续</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Jobs: %1 · Running: %2 · Pages stored: %3 · Failed: %4</source>
        <translation>任务：%1 · 运行中：%2 · 已保存页面：%3 · 失败：%4</translation>
    </message>
    <message>
        <source>New Crawl</source>
        <translation>新建爬取</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>删除任务</translation>
    </message>
    <message numerus="yes">
        <source>Delete the job %1 and its %n stored page(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除任务 %1 及其已保存的 %n 个页面？此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;A desktop crawl manager: local crawls and hosted crawl APIs in one window, every job kept in SQLite.&lt;/p&gt;&lt;p&gt;Jobs database: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;桌面爬取管理器：在一个窗口中管理本地爬取和托管爬取 API，所有任务都保存在 SQLite 中。&lt;/p&gt;&lt;p&gt;任务数据库：&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show &amp;API Scrapes</source>
        <translation>显示 API 抓取(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>List the one-page jobs of the local API&apos;s /v1/scrape among the jobs</source>
        <translation>在任务列表中显示本地 API 的 /v1/scrape 单页任务</translation>
    </message>
    <message>
        <source>The job could not be deleted: %1</source>
        <translation>无法删除该任务：%1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Sample Crawl</source>
        <translation>新建示例爬取(&amp;S)</translation>
    </message>
    <message>
        <source>Crawl the small sample site that comes with Trawl (nothing leaves this computer)</source>
        <translation>爬取 Trawl 自带的小型示例网站（不会有任何数据离开这台电脑）</translation>
    </message>
    <message>
        <source>&amp;New crawl…</source>
        <translation>新建爬取(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Try a crawl on the built-in sample site</source>
        <translation>试着爬取内置示例网站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>NewCrawlDialog</name>
    <message>
        <source>New Crawl</source>
        <translation>新建爬取</translation>
    </message>
    <message>
        <source>https://example.com/docs/</source>
        <translation>https://example.com/docs/</translation>
    </message>
    <message>
        <source>The first page of the crawl. Links are followed from here; by default only pages under this path are crawled.</source>
        <translation>爬取的第一个页面。从这里开始跟随链接；默认只爬取此路径下的页面。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Firecrawl</source>
        <translation>Firecrawl</translation>
    </message>
    <message>
        <source>Spidra</source>
        <translation>Spidra</translation>
    </message>
    <message>
        <source>Geonode</source>
        <translation>Geonode</translation>
    </message>
    <message>
        <source>Crawl from this computer, or start the crawl on a hosted crawl API and follow it here.</source>
        <translation>从本机爬取，或在托管爬取 API 上启动爬取并在此跟踪。</translation>
    </message>
    <message>
        <source>Where the service&apos;s API is (a self-hosted Firecrawl has its own).</source>
        <translation>服务的 API 地址（自托管的 Firecrawl 有自己的地址）。</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API 基础 URL：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Start &amp;URL:</source>
        <translation>起始 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>运行位置(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>The same crawl as the body of Firecrawl&apos;s POST /v1/crawl. Edit it or paste one: a valid request fills the form.</source>
        <translation>以 Firecrawl 的 POST /v1/crawl 请求体表示的同一爬取。可编辑或粘贴一个：有效的请求会填入表单。</translation>
    </message>
    <message>
        <source>POST /v1/crawl: edit this request or paste one; options only Trawl has are under &quot;trawl&quot;.</source>
        <translation>POST /v1/crawl：编辑此请求或粘贴一个；Trawl 独有的选项位于“trawl”之下。</translation>
    </message>
    <message>
        <source>Show these options as a Firecrawl request, to copy, edit or replace by a pasted one.</source>
        <translation>将这些选项显示为 Firecrawl 请求，以便复制、编辑或用粘贴的请求替换。</translation>
    </message>
    <message>
        <source>Fill the options from a saved set. Your own presets are kept in %1.</source>
        <translation>从已保存的选项集中填入选项。您自己的预设保存在 %1 中。</translation>
    </message>
    <message>
        <source>Keep the options below (not the URL) under a name.</source>
        <translation>将下面的选项（不含 URL）以一个名称保存。</translation>
    </message>
    <message>
        <source>Defaults (from Settings)</source>
        <translation>默认值（来自设置）</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1（自定义）</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Name of the preset (the URL is not saved):</source>
        <translation>预设名称（不保存 URL）：</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2.</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>The request must be a JSON object ({…}).</source>
        <translation>请求必须为 JSON 对象（{…}）。</translation>
    </message>
    <message>
        <source>URL %1 of the batch: %2</source>
        <translation>批量中的第 %1 个 URL：%2</translation>
    </message>
    <message>
        <source>The API base URL must be an http or https URL.</source>
        <translation>API 基础 URL 必须为 http 或 https URL。</translation>
    </message>
    <message>
        <source>%1 needs an API key.</source>
        <translation>%1 需要 API 密钥。</translation>
    </message>
    <message>
        <source>Firecrawl request: %1</source>
        <translation>Firecrawl 请求：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more URL(s): each gets its own crawl with these options.</source>
        <translation>
            <numerusform>以及另外 %n 个 URL：每个 URL 都会使用这些选项单独爬取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an http or https URL.</source>
        <translation>不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>The service&apos;s API key, sent only to the API base URL.</source>
        <translation>服务的 API 密钥，只发送到 API 基础 URL。</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>已保存的密钥</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>另存为预设(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>删除预设(&amp;D)</translation>
    </message>
    <message>
        <source>Show as &amp;Firecrawl request</source>
        <translation>显示为 Firecrawl 请求(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Start crawl</source>
        <translation>开始爬取(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start on %1</source>
        <translation>在 %1 上开始(&amp;S)</translation>
    </message>
    <message>
        <source>Show the &amp;form</source>
        <translation>显示表单(&amp;F)</translation>
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
    <message>
        <source>Rendering the page took too long</source>
        <translation>渲染页面耗时过长</translation>
    </message>
    <message>
        <source>The render process crashed</source>
        <translation>渲染进程崩溃</translation>
    </message>
    <message>
        <source>The page could not be rendered</source>
        <translation>无法渲染该页面</translation>
    </message>
    <message>
        <source>While rendering, the page tried something Trawl refuses</source>
        <translation>渲染时，页面尝试了 Trawl 拒绝的操作</translation>
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
    <name>PageFilterBar</name>
    <message>
        <source>Show pages in this state only</source>
        <translation>只显示处于此状态的页面</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
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
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed or skipped</source>
        <translation>失败或已跳过</translation>
    </message>
    <message>
        <source>An HTTP status (404) or a class of them (4xx); 0: no response</source>
        <translation>HTTP 状态码（404）或状态码类别（4xx）；0：无响应</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态码</translation>
    </message>
    <message>
        <source>Show pages of this content type only</source>
        <translation>只显示此内容类型的页面</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Smallest depth shown (link hops from the start page)</source>
        <translation>显示的最小深度（距起始页面的链接跳数）</translation>
    </message>
    <message>
        <source>Largest depth shown</source>
        <translation>显示的最大深度</translation>
    </message>
    <message>
        <source>Search URL or title</source>
        <translation>搜索 URL 或标题</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Not a status: type a code (404) or a class (4xx).</source>
        <translation>不是状态码：请输入状态码（404）或类别（4xx）。</translation>
    </message>
</context>
<context>
    <name>PageInspector</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Double-click a link that is a page of this job to open it</source>
        <translation>双击属于此任务页面的链接即可打开它</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Cleaned HTML</source>
        <translation>清理后的 HTML</translation>
    </message>
    <message>
        <source>Raw HTML</source>
        <translation>原始 HTML</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>链接（%1）</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>最终 URL</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现于</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>抓取时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Double-click a page, or select it and press Enter, to see it here: its markdown, HTML, links, metadata, headers and screenshot.</source>
        <translation>双击某个页面，或选中后按回车键，即可在此查看：其 Markdown、HTML、链接、元数据、响应头和截图。</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>Rendered (JavaScript)</source>
        <translation>已渲染（JavaScript）</translation>
    </message>
    <message>
        <source>Static (the HTML as fetched)</source>
        <translation>静态（抓取到的 HTML）</translation>
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
    <name>PageText</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>抓取中</translation>
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
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PagesModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Quick look (100 pages, 2 links deep)</source>
        <translation>快速浏览（100 个页面，2 层链接）</translation>
    </message>
    <message>
        <source>Whole site (10,000 pages, subdomains too)</source>
        <translation>整个站点（10,000 个页面，含子域名）</translation>
    </message>
    <message>
        <source>Gentle (one request a second)</source>
        <translation>温和（每秒一个请求）</translation>
    </message>
    <message>
        <source>Archive (every format, whole pages)</source>
        <translation>存档（所有格式，完整页面）</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>预设需要一个名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset; choose another name.</source>
        <translation>“%1”是内置预设；请另选一个名称。</translation>
    </message>
    <message>
        <source>Cannot create the presets folder %1.</source>
        <translation>无法创建预设文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; of yours to delete.</source>
        <translation>没有可删除的自定义预设“%1”。</translation>
    </message>
</context>
<context>
    <name>RemoteJobDialog</name>
    <message>
        <source>Monitor remote job</source>
        <translation>监控远程任务</translation>
    </message>
    <message>
        <source>Where the API is: the service&apos;s own address, or a self-hosted Firecrawl&apos;s.</source>
        <translation>API 的地址：服务自身的地址，或自托管 Firecrawl 的地址。</translation>
    </message>
    <message>
        <source>The id the service gave the job</source>
        <translation>服务为该任务分配的 ID</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Job id:</source>
        <translation>任务 ID(&amp;J)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Sent in the %1 header.</source>
        <translation>通过 %1 请求头发送。</translation>
    </message>
    <message>
        <source>Base URL: empty (the service&apos;s default is %1).</source>
        <translation>基础 URL：为空（服务的默认地址为 %1）。</translation>
    </message>
    <message>
        <source>Base URL: &quot;%1&quot; is not an http or https address.</source>
        <translation>基础 URL：“%1”不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>Base URL: no query or fragment, only the API&apos;s address.</source>
        <translation>基础 URL：不能包含查询参数或片段，只填 API 的地址。</translation>
    </message>
    <message>
        <source>Job id: empty.</source>
        <translation>任务 ID：为空。</translation>
    </message>
    <message>
        <source>Job id: &quot;%1&quot; holds a space, / ? or #; copy the id alone.</source>
        <translation>任务 ID：“%1”包含空格、/、? 或 #；请只复制 ID 本身。</translation>
    </message>
    <message>
        <source>API key: empty (only a self-hosted server on this computer may do without one).</source>
        <translation>API 密钥：为空（只有本机上的自托管服务器可以不用密钥）。</translation>
    </message>
    <message>
        <source>API key: holds a space.</source>
        <translation>API 密钥：包含空格。</translation>
    </message>
    <message>
        <source>Looking for the system keychain...</source>
        <translation>正在查找系统钥匙串...</translation>
    </message>
    <message>
        <source>The key will be kept in the system keychain.</source>
        <translation>密钥将保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keychain answers: the key is kept only for this session and asked for again after a restart.</source>
        <translation>系统钥匙串没有响应：密钥仅在本次会话中保留，重启后需要重新输入。</translation>
    </message>
    <message>
        <source>A key for this service at this address is stored: leave the field empty to use it, or type another to replace it.</source>
        <translation>已为此地址上的该服务保存了密钥：留空即可使用它，或输入另一个密钥来替换它。</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>已保存的密钥</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>监控(&amp;M)</translation>
    </message>
</context>
<context>
    <name>RemoteJobRow</name>
    <message>
        <source>Cannot update the job: %1</source>
        <translation>无法更新任务：%1</translation>
    </message>
</context>
<context>
    <name>RemoteJobs</name>
    <message>
        <source>provider: unknown &quot;%1&quot;; one of %2.</source>
        <translation>provider：未知值“%1”；可选值为 %2。</translation>
    </message>
    <message>
        <source>base URL: not an http or https URL.</source>
        <translation>基础 URL：不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>job: the provider&apos;s job id is empty.</source>
        <translation>job：提供方的任务 ID 为空。</translation>
    </message>
    <message>
        <source>The service did not start the crawl (HTTP %1): %2</source>
        <translation>服务未启动爬取（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>No API key is stored for %1 at %2.</source>
        <translation>没有为 %2 上的 %1 保存 API 密钥。</translation>
    </message>
    <message>
        <source>job %1 is monitored by process %2 (alive %3 s ago); a job has one monitor at a time: stop that one first.</source>
        <translation>任务 %1 正由进程 %2 监控（%3 秒前仍在运行）；一个任务同一时间只能由一个进程监控：请先停止那个进程。</translation>
    </message>
</context>
<context>
    <name>RemoteMonitor</name>
    <message>
        <source>A new API key was given; monitoring goes on.</source>
        <translation>已提供新的 API 密钥；监控继续进行。</translation>
    </message>
    <message>
        <source>Monitoring %1 job %2 at %3.</source>
        <translation>正在监控 %3 上的 %1 任务 %2。</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a job.</source>
        <translation>%1 不支持取消任务。</translation>
    </message>
    <message>
        <source>The service accepted the cancellation.</source>
        <translation>服务已接受取消请求。</translation>
    </message>
    <message>
        <source>The service refused to cancel the job (HTTP %1): %2</source>
        <translation>服务拒绝取消任务（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>%2 秒内未收到 %1 的响应。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1: %2). Monitoring stops until the API key is fixed.</source>
        <translation>服务拒绝了请求（HTTP %1：%2）。在修正 API 密钥之前，监控将暂停。</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist on this server (HTTP 404); read as empty.</source>
        <translation>%1 在此服务器上不存在（HTTP 404）；按空内容处理。</translation>
    </message>
    <message>
        <source>Job not found</source>
        <translation>未找到任务</translation>
    </message>
    <message>
        <source>The service does not know job %1: %2</source>
        <translation>服务不认识任务 %1：%2</translation>
    </message>
    <message>
        <source>The service no longer has the job (HTTP 404: %1); the %2 pages stored are kept.</source>
        <translation>服务已不再保存该任务（HTTP 404：%1）；已保存的 %2 个页面会保留。</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429: %1); asking again in %2 s.</source>
        <translation>触发速率限制（HTTP 429：%1）；%2 秒后再次请求。</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>%2 返回 HTTP %1：%3</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2</source>
        <translation>来自 %1 的响应被截断：%2</translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON: %2 at byte %3 of %4.</source>
        <translation>来自 %1 的响应不是有效的 JSON：%2（位于第 %3 字节，共 %4 字节）。</translation>
    </message>
    <message>
        <source>The answer from %1 is not a JSON object.</source>
        <translation>来自 %1 的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Part of the answer could not be read: %1</source>
        <translation>部分响应无法读取：%1</translation>
    </message>
    <message>
        <source>The service&apos;s answer for this page could not be read: %1</source>
        <translation>无法读取服务对此页面的响应：%1</translation>
    </message>
    <message>
        <source>The job ended %1 with %2 pages stored by this monitor.</source>
        <translation>任务以 %1 状态结束，本次监控共保存了 %2 个页面。</translation>
    </message>
    <message>
        <source>%1 redirects to %2 (HTTP %3); the API key is sent to the base URL only, so redirects are not followed.</source>
        <translation>%1 重定向到 %2（HTTP %3）；API 密钥只发送到基础 URL，因此不跟随重定向。</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>The service rejected the request to %1 (HTTP %2: %3).</source>
        <translation>服务拒绝了对 %1 的请求（HTTP %2：%3）。</translation>
    </message>
    <message>
        <source>The service forgot the job before its failed pages could be read (%1: HTTP 404, %2); the %3 pages stored are kept.</source>
        <translation>在读取失败页面之前，服务已不再保留该任务（%1：HTTP 404，%2）；已保存的 %3 个页面会保留。</translation>
    </message>
    <message>
        <source>Monitoring stopped: %1 Check the base URL (%2), then monitor the job again; the %3 pages stored are kept.</source>
        <translation>监控已停止：%1 请检查基础 URL（%2），然后再次监控该任务；已保存的 %3 个页面会保留。</translation>
    </message>
</context>
<context>
    <name>RemoteProviders</name>
    <message>
        <source>Firecrawl (v0 crawl)</source>
        <translation>Firecrawl（v0 爬取）</translation>
    </message>
    <message>
        <source>Firecrawl (v1 crawl)</source>
        <translation>Firecrawl（v1 爬取）</translation>
    </message>
    <message>
        <source>Firecrawl (v1 batch scrape)</source>
        <translation>Firecrawl（v1 批量抓取）</translation>
    </message>
    <message>
        <source>Spidra</source>
        <translation>Spidra</translation>
    </message>
    <message>
        <source>Geonode</source>
        <translation>Geonode</translation>
    </message>
    <message>
        <source>url: not an absolute URL</source>
        <translation>url：不是绝对 URL</translation>
    </message>
    <message>
        <source>provider: unknown &quot;%1&quot;</source>
        <translation>provider：未知值“%1”</translation>
    </message>
    <message>
        <source>%1: missing in the service&apos;s answer</source>
        <translation>%1：服务的响应中缺少此项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RendererPool</name>
    <message>
        <source>The render process ended while rendering the page (status %1, exit code %2).</source>
        <translation>渲染页面时渲染进程已结束（状态 %1，退出码 %2）。</translation>
    </message>
    <message>
        <source>The browser could not load the page.</source>
        <translation>浏览器无法加载该页面。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CSS selector.</source>
        <translation>“%1”不是有效的 CSS 选择器。</translation>
    </message>
    <message>
        <source>The rendered page is larger than the size limit (%1 MB).</source>
        <translation>渲染后的页面超过了大小限制（%1 MB）。</translation>
    </message>
    <message>
        <source>The page did not finish loading within %1 ms.</source>
        <translation>页面未能在 %1 毫秒内完成加载。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not appear within %2 ms.</source>
        <translation>“%1”未在 %2 毫秒内出现。</translation>
    </message>
    <message>
        <source>The page loaded, but its scripts kept changing it or kept running until the render timeout of %1 ms ran out.</source>
        <translation>页面已加载，但其脚本一直在修改页面或持续运行，直到 %1 毫秒的渲染超时时间用尽。</translation>
    </message>
    <message>
        <source>The render timeout of %1 ms ran out while waiting %2 ms (waitFor) after the load: make the render timeout longer than waitFor.</source>
        <translation>加载后等待 %2 毫秒（waitFor）期间，%1 毫秒的渲染超时时间已用尽：请将渲染超时时间设置得比 waitFor 更长。</translation>
    </message>
    <message>
        <source>The page&apos;s scripts did not let it be read within %1 ms (an endless script, or a very large page).</source>
        <translation>页面的脚本导致其无法在 %1 毫秒内被读取（脚本无限运行，或页面过大）。</translation>
    </message>
</context>
<context>
    <name>SampleCrawl</name>
    <message>
        <source>The sample crawl %1 is already running.</source>
        <translation>示例爬取 %1 已在运行。</translation>
    </message>
    <message>
        <source>The sample job&apos;s address %1 names no port.</source>
        <translation>示例任务的地址 %1 未指定端口。</translation>
    </message>
    <message>
        <source>%1. The sample job&apos;s pages are at that port; start a new sample crawl instead.</source>
        <translation>%1。示例任务的页面位于该端口；请改为开始新的示例爬取。</translation>
    </message>
</context>
<context>
    <name>SampleSiteServer</name>
    <message>
        <source>The sample site cannot listen on 127.0.0.1: %1</source>
        <translation>示例站点无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <source>The sample site cannot listen on 127.0.0.1:%1: %2</source>
        <translation>示例网站无法在 127.0.0.1:%1 上监听：%2</translation>
    </message>
    <message>
        <source>it already listens on port %1</source>
        <translation>它已在端口 %1 上监听</translation>
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
    <name>ServerDialog</name>
    <message>
        <source>Local API server</source>
        <translation>本地 API 服务器</translation>
    </message>
    <message>
        <source>A new token: scripts using the old one are refused from now on.</source>
        <translation>生成新令牌：从现在起，使用旧令牌的脚本将被拒绝。</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>Give SDKs the base URL as their API URL and the token as their API key. Only programs on this computer can connect; jobs they start appear in the job list.</source>
        <translation>将基础 URL 作为 SDK 的 API URL，将令牌作为其 API 密钥。只有本机上的程序可以连接；它们启动的任务会显示在任务列表中。</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>正在 %1 上监听。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>&amp;Answer Firecrawl&apos;s API on this computer</source>
        <translation>在这台电脑上提供 Firecrawl 的 API(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>重新生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>复制令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>复制 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Use port %1 &amp;instead</source>
        <translation>改用端口 %1(&amp;I)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Where Trawl keeps its job database (trawl.sqlite). Empty: the default folder.</source>
        <translation>Trawl 存放任务数据库（trawl.sqlite）的位置。留空：使用默认文件夹。</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start of Trawl; jobs are not moved.</source>
        <translation>新的数据文件夹将在 Trawl 下次启动时生效；任务不会被移动。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>永久保留</translation>
    </message>
    <message>
        <source>At each start, delete finished jobs (with their pages) that ended longer ago than this.</source>
        <translation>每次启动时，删除结束时间早于此期限的已结束任务（连同其页面）。</translation>
    </message>
    <message>
        <source>The language of the window.</source>
        <translation>窗口的语言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Every new crawl starts with these options.</source>
        <translation>每个新爬取都以这些选项开始。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>New Crawl Defaults</source>
        <translation>新爬取默认设置</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>How many pages of crawls that run JavaScript are rendered at the same time. More is faster and takes more memory; applies from the next page rendered.</source>
        <translation>运行 JavaScript 的爬取同时渲染多少个页面。越多越快，但占用更多内存；从下一个渲染的页面起生效。</translation>
    </message>
    <message>
        <source>Pages &amp;rendered at once:</source>
        <translation>同时渲染的页面数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Delete finished jobs &amp;after:</source>
        <translation>在此时间后删除已完成的任务(&amp;A)：</translation>
    </message>
    <message>
        <source>The window changes to the new language as soon as you press OK.</source>
        <translation>按下“确定”后，窗口会立即切换到新语言。</translation>
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
    <name>SpidraImport</name>
    <message>
        <source>Not a Spidra crawl status: &quot;%1&quot; %2</source>
        <translation>不是 Spidra 爬取状态：“%1”%2</translation>
    </message>
    <message>
        <source>is not a whole number &gt;= 0</source>
        <translation>不是 &gt;= 0 的整数</translation>
    </message>
    <message>
        <source>is missing or not a string</source>
        <translation>缺失或不是字符串</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>缺失或不是对象</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>不是已知状态</translation>
    </message>
    <message>
        <source>is missing or neither an array nor null</source>
        <translation>缺失，或既不是数组也不是 null</translation>
    </message>
    <message>
        <source>is neither a string nor null</source>
        <translation>既不是字符串也不是 null</translation>
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
    <message>
        <source>trawl: cannot start %1: %2</source>
        <translation>trawl：无法启动 %1：%2</translation>
    </message>
</context>
</TS>
