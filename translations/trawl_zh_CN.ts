<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>unknown option &quot;%1&quot;; see trawl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command; see trawl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print nothing but results and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be at least %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch at most N pages (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow links at most N hops from the start page (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch up to N pages at once (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crawl a site to the end and store every page. Prints the job id on the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one start URL only, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 %2: %3 pages stored (%4 failed) in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the jobs, newest first: id, provider, state, pages done/total, failed pages, start URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: trawl [COMMAND] [options]

Trawl crawls websites into a local database and keeps jobs of hosted crawl
APIs beside them. Without a command it opens the window.

Commands:
  crawl URL [options]   crawl a site to the end; prints the job id first
  jobs                  list the jobs in the database

Options:
  --db PATH             the job database (every command and the window)
  -h, --help            show this help, or a command&apos;s with COMMAND --help
  -v, --version         show the version

Exit codes: 0 completed, 1 failed or cancelled, 2 bad usage or input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages (%2 failed), %3 discovered, %4 in flight, %5 pages/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrawlOptions</name>
    <message>
        <source>The page limit must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum depth cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be at least 100 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crawler</name>
    <message>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed with %1 pages stored and %2 URLs queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started crawling %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is %1: %2 pages stored, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Trawl database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this version of Trawl understands (%3). Use a newer Trawl or another database (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>The body passed %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot create the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No crawls yet&lt;/h2&gt;&lt;p&gt;Start one from a terminal:&lt;/p&gt;&lt;p&gt;&lt;code&gt;trawl crawl https://example.com --limit 100&lt;/code&gt;&lt;/p&gt;&lt;p&gt;It appears here while it runs, and every page it finds is kept in&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Trawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1 · Running: %2 · Pages stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Trawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;A desktop crawl manager: local crawls and hosted crawl APIs in one window, every job kept in SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageError</name>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is larger than the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirects form a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robots.txt disallows this URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect left the crawl&apos;s scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>The database %1 is at schema %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trawl cannot open its job database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
