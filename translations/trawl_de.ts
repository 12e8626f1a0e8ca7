<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>unknown option &quot;%1&quot;; see trawl --help.</source>
        <translation>unbekannte Option „%1“; siehe trawl --help.</translation>
    </message>
    <message>
        <source>unknown command; see trawl --help.</source>
        <translation>unbekannter Befehl; siehe trawl --help.</translation>
    </message>
    <message>
        <source>The job database (default: %1).</source>
        <translation>Die Auftragsdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Print nothing but results and errors.</source>
        <translation>Nur Ergebnisse und Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 must be at least %2, not %3.</source>
        <translation>--%1 muss mindestens %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>Crawl a site to the end and store every page. Prints the job id on the first line.</source>
        <translation>Eine Website vollständig crawlen und jede Seite speichern. Gibt die Auftrags-ID in der ersten Zeile aus.</translation>
    </message>
    <message>
        <source>a start URL is required.</source>
        <translation>eine Start-URL ist erforderlich.</translation>
    </message>
    <message>
        <source>one start URL only, got %1.</source>
        <translation>nur eine Start-URL erlaubt, %1 erhalten.</translation>
    </message>
    <message>
        <source>Job %1 %2: %3 pages stored (%4 failed) in %5 s.</source>
        <translation>Auftrag %1 (%2): %3 Seiten gespeichert (%4 fehlgeschlagen) in %5 s.</translation>
    </message>
    <message>
        <source>List the jobs, newest first: id, provider, state, pages done/total, failed pages, start URL.</source>
        <translation>Die Aufträge auflisten, neueste zuerst: ID, Anbieter, Status, erledigte/gesamte Seiten, fehlgeschlagene Seiten, Start-URL.</translation>
    </message>
    <message>
        <source>takes no arguments.</source>
        <translation>erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>%1 pages (%2 failed), %3 discovered, %4 in flight, %5 pages/s</source>
        <translation>%1 Seiten (%2 fehlgeschlagen), %3 entdeckt, %4 in Bearbeitung, %5 Seiten/s</translation>
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
        <translation>Aufruf: trawl [COMMAND] [options]

Trawl crawlt Websites in eine lokale Datenbank und verwaltet daneben die
Aufträge gehosteter Crawl-APIs. Ohne Befehl öffnet es das Fenster.

Befehle:
  crawl URL [options]   eine Website vollständig crawlen; gibt zuerst die
                        Auftrags-ID aus
  jobs                  die Aufträge in der Datenbank auflisten
  resume JOB            einen pausierten oder unterbrochenen Crawl fortsetzen
  cancel JOB            einen Auftrag abbrechen, auch einen, der in einem
                        anderen Prozess läuft

Optionen:
  --db PATH             die Auftragsdatenbank (für jeden Befehl und das Fenster)
  -h, --help            diese Hilfe anzeigen, oder die eines Befehls mit
                        COMMAND --help
  -v, --version         die Version anzeigen

Exit-Codes: 0 abgeschlossen, 1 fehlgeschlagen oder abgebrochen, 2 falsche
Verwendung oder Eingabe.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a job id; give at least 4 characters.</source>
        <translation>„%1“ ist zu kurz für eine Auftrags-ID; geben Sie mindestens 4 Zeichen an.</translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot;.</source>
        <translation>es gibt keinen Auftrag „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 jobs; give more of the id.</source>
        <translation>„%1“ passt auf %2 Aufträge; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>Ignore robots.txt and robots meta tags.</source>
        <translation>robots.txt und robots-Meta-Tags ignorieren.</translation>
    </message>
    <message>
        <source>Do not seed the crawl from sitemaps.</source>
        <translation>Den Crawl nicht mit URLs aus Sitemaps befüllen.</translation>
    </message>
    <message>
        <source>Follow links to other sites.</source>
        <translation>Links zu anderen Websites folgen.</translation>
    </message>
    <message>
        <source>Follow links to subdomains.</source>
        <translation>Links zu Subdomains folgen.</translation>
    </message>
    <message>
        <source>Crawl the whole site, not only under the start URL&apos;s path.</source>
        <translation>Die ganze Website crawlen, nicht nur unterhalb des Pfads der Start-URL.</translation>
    </message>
    <message>
        <source>Treat URLs that differ only in their query as one page.</source>
        <translation>URLs, die sich nur in ihrer Query unterscheiden, als eine Seite behandeln.</translation>
    </message>
    <message>
        <source>Match --include/--exclude against the whole URL, not the path.</source>
        <translation>--include/--exclude mit der ganzen URL abgleichen, nicht mit dem Pfad.</translation>
    </message>
    <message>
        <source>Keep www/non-www, http/https, index.html and trailing-slash variants apart.</source>
        <translation>Varianten mit/ohne www, http/https, index.html und abschließendem Schrägstrich getrennt halten.</translation>
    </message>
    <message>
        <source>Keep only the main content: no header, footer, navigation, sidebars, cookie banners, ads.</source>
        <translation>Nur den Hauptinhalt behalten: keine Kopfzeile, Fußzeile, Navigation, Seitenleisten, Cookie-Banner, Werbung.</translation>
    </message>
    <message>
        <source>Replace inline base64 images in the markdown with a marker.</source>
        <translation>Eingebettete base64-Bilder im markdown durch eine Markierung ersetzen.</translation>
    </message>
    <message>
        <source>Accept invalid TLS certificates (unsafe).</source>
        <translation>Ungültige TLS-Zertifikate akzeptieren (unsicher).</translation>
    </message>
    <message>
        <source>Store at most N pages (default 10000).</source>
        <translation>Höchstens N Seiten speichern (Standard 10000).</translation>
    </message>
    <message>
        <source>Follow links at most N hops from the start page (default 10).</source>
        <translation>Links höchstens N Schritte von der Startseite entfernt folgen (Standard 10).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>Gleichzeitig laufende Anfragen (Standard 8).</translation>
    </message>
    <message>
        <source>Requests in flight at once to one host (default: --concurrency).</source>
        <translation>Gleichzeitig laufende Anfragen an einen Host (Standard: --concurrency).</translation>
    </message>
    <message>
        <source>Wait MS between two requests to a host (default 0).</source>
        <translation>MS zwischen zwei Anfragen an einen Host warten (Standard 0).</translation>
    </message>
    <message>
        <source>Give up on a page after MS (default 30000).</source>
        <translation>Eine Seite nach MS aufgeben (Standard 30000).</translation>
    </message>
    <message>
        <source>Try timeouts, 5xx and 429 again N times (default 2).</source>
        <translation>Zeitüberschreitungen, 5xx und 429 N-mal erneut versuchen (Standard 2).</translation>
    </message>
    <message>
        <source>--config %1: %2</source>
        <translation>--config %1: %2</translation>
    </message>
    <message>
        <source>--config %1: not JSON: %2 (at byte %3).</source>
        <translation>--config %1: kein JSON: %2 (bei Byte %3).</translation>
    </message>
    <message>
        <source>--config %1: expected a JSON object, a Firecrawl POST /v1/crawl body.</source>
        <translation>--config %1: JSON-Objekt erwartet, ein Firecrawl-POST-/v1/crawl-Body.</translation>
    </message>
    <message>
        <source>The start page (optional with --config).</source>
        <translation>Die Startseite (optional mit --config).</translation>
    </message>
    <message>
        <source>Only URLs whose path matches REGEX (repeatable: any of them).</source>
        <translation>Nur URLs, deren Pfad auf REGEX passt (wiederholbar: einer davon genügt).</translation>
    </message>
    <message>
        <source>Skip URLs whose path matches REGEX (repeatable).</source>
        <translation>URLs überspringen, deren Pfad auf REGEX passt (wiederholbar).</translation>
    </message>
    <message>
        <source>What to keep of each page: %1 (default markdown).</source>
        <translation>Was von jeder Seite behalten wird: %1 (Standard markdown).</translation>
    </message>
    <message>
        <source>Keep only the parts matching these CSS selectors (tag, #id, .class, [attr=v], a b, a &gt; b; comma-separated).</source>
        <translation>Nur die Teile behalten, die auf diese CSS-Selektoren passen (tag, #id, .class, [attr=v], a b, a &gt; b; durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Drop the parts matching these CSS selectors.</source>
        <translation>Die Teile verwerfen, die auf diese CSS-Selektoren passen.</translation>
    </message>
    <message>
        <source>The User-Agent header.</source>
        <translation>Der User-Agent-Header.</translation>
    </message>
    <message>
        <source>An extra request header (repeatable).</source>
        <translation>Ein zusätzlicher Anfrage-Header (wiederholbar).</translation>
    </message>
    <message>
        <source>Give up on a page larger than MB once decoded (default 10).</source>
        <translation>Eine Seite aufgeben, die dekodiert größer als MB ist (Standard 10).</translation>
    </message>
    <message>
        <source>Read the options from FILE, a Firecrawl POST /v1/crawl JSON body; flags win over it.</source>
        <translation>Die Optionen aus FILE lesen, einem JSON-Body für Firecrawl POST /v1/crawl; Flags haben Vorrang.</translation>
    </message>
    <message>
        <source>Resume it with: trawl resume %1</source>
        <translation>Fortsetzen mit: trawl resume %1</translation>
    </message>
    <message>
        <source>The job id, or its first characters.</source>
        <translation>Die Auftrags-ID oder ihre ersten Zeichen.</translation>
    </message>
    <message>
        <source>one job id is required.</source>
        <translation>eine Auftrags-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>Resume a paused, failed or interrupted crawl where it stopped: pages already stored are not fetched again.</source>
        <translation>Einen pausierten, fehlgeschlagenen oder unterbrochenen Crawl dort fortsetzen, wo er angehalten hat: bereits gespeicherte Seiten werden nicht erneut abgerufen.</translation>
    </message>
    <message>
        <source>job %1 runs on %2; only local crawls can be resumed here.</source>
        <translation>Auftrag %1 läuft auf %2; hier können nur lokale Crawls fortgesetzt werden.</translation>
    </message>
    <message>
        <source>job %1 is running in process %2.</source>
        <translation>Auftrag %1 läuft in Prozess %2.</translation>
    </message>
    <message>
        <source>job %1 is %2 and cannot be resumed.</source>
        <translation>Auftrag %1 hat den Status %2 und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Cancel a job: a crawl running in another process stops within a second; the pages stored so far are kept.</source>
        <translation>Einen Auftrag abbrechen: Ein Crawl, der in einem anderen Prozess läuft, stoppt innerhalb einer Sekunde; die bis dahin gespeicherten Seiten bleiben erhalten.</translation>
    </message>
    <message>
        <source>job %1 is already %2.</source>
        <translation>Auftrag %1 hat bereits den Status %2.</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Auftrag %1 abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CrawlOptions</name>
    <message>
        <source>The page limit must be at least 1.</source>
        <translation>Das Seitenlimit muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The maximum depth cannot be negative.</source>
        <translation>Die maximale Tiefe darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and 256.</source>
        <translation>Die Parallelität muss zwischen 1 und 256 liegen.</translation>
    </message>
    <message>
        <source>The user agent cannot contain line breaks.</source>
        <translation>Der User-Agent darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The start URL is empty.</source>
        <translation>Die Start-URL ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>„%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name.</source>
        <translation>„%1“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid regular expression: %3 (at character %4).</source>
        <translation>%1 „%2“ ist kein gültiger regulärer Ausdruck: %3 (bei Zeichen %4).</translation>
    </message>
    <message>
        <source>Per-host concurrency must be between 0 and 256.</source>
        <translation>Die Parallelität pro Host muss zwischen 0 und 256 liegen.</translation>
    </message>
    <message>
        <source>The delay must be between 0 and one hour.</source>
        <translation>Die Verzögerung muss zwischen 0 und einer Stunde liegen.</translation>
    </message>
    <message>
        <source>Retries must be between 0 and 10.</source>
        <translation>Die Anzahl der Wiederholungen muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <source>The timeout must be between 100 ms and 10 minutes.</source>
        <translation>Das Zeitlimit muss zwischen 100 ms und 10 Minuten liegen.</translation>
    </message>
    <message>
        <source>The page size limit must be at least 1 KiB.</source>
        <translation>Die Größenbegrenzung für Seiten muss mindestens 1 KiB betragen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>„%1“ ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>The header %1 cannot contain line breaks.</source>
        <translation>Der Header %1 darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The %1 format needs JavaScript rendering, which this version of Trawl does not do yet.</source>
        <translation>Das Format %1 erfordert JavaScript-Rendering, das diese Version von Trawl noch nicht beherrscht.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (known: %2).</source>
        <translation>Unbekanntes Format „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header (expected &quot;Name: value&quot;).</source>
        <translation>„%1“ ist kein Header (erwartet: „Name: value“).</translation>
    </message>
</context>
<context>
    <name>CrawlRequest</name>
    <message>
        <source>%1 is not supported by Trawl yet.</source>
        <translation>%1 wird von Trawl noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2.</source>
        <translation>%1 muss eine ganze Zahl von mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 muss ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>url is required.</source>
        <translation>url ist erforderlich.</translation>
    </message>
    <message>
        <source>scrapeOptions.headers.%1 must be a string.</source>
        <translation>scrapeOptions.headers.%1 muss eine Zeichenkette sein.</translation>
    </message>
</context>
<context>
    <name>Crawler</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Resumed with %1 pages stored and %2 URLs queued.</source>
        <translation>Fortgesetzt mit %1 gespeicherten Seiten und %2 URLs in der Warteschlange.</translation>
    </message>
    <message>
        <source>Started crawling %1.</source>
        <translation>Crawl von %1 gestartet.</translation>
    </message>
    <message>
        <source>robots.txt of %1 disallows this URL.</source>
        <translation>robots.txt von %1 verbietet diese URL.</translation>
    </message>
    <message>
        <source>HTTP %1 with Retry-After %2 s</source>
        <translation>HTTP %1 mit Retry-After %2 s</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 answered %2: waiting %3 s, the longest Trawl waits, before asking it again.</source>
        <translation>%1 antwortete mit %2: Trawl wartet %3 s (die längste Wartezeit von Trawl), bevor erneut angefragt wird.</translation>
    </message>
    <message>
        <source>%1 answered %2: waiting %3 s before asking it again.</source>
        <translation>%1 antwortete mit %2: Trawl wartet %3 s, bevor erneut angefragt wird.</translation>
    </message>
    <message>
        <source>robots.txt of %1 is unreachable (%2); asking again in %3 s.</source>
        <translation>robots.txt von %1 ist nicht erreichbar (%2); neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>robots.txt of %1 could not be fetched (%2), so nothing was fetched there (RFC 9309).</source>
        <translation>robots.txt von %1 konnte nicht abgerufen werden (%2), daher wurde dort nichts abgerufen (RFC 9309).</translation>
    </message>
    <message>
        <source>robots.txt of %1 stayed unreachable (%2): RFC 9309 says to crawl nothing there.</source>
        <translation>robots.txt von %1 blieb unerreichbar (%2): Laut RFC 9309 wird dort nichts gecrawlt.</translation>
    </message>
    <message>
        <source>robots.txt of %1 asks for %2 s between requests%3.</source>
        <translation>robots.txt von %1 verlangt %2 s zwischen Anfragen%3.</translation>
    </message>
    <message>
        <source>; Trawl waits %1 s</source>
        <translation>; Trawl wartet %1 s</translation>
    </message>
    <message>
        <source>Sitemap %1: %2</source>
        <translation>Sitemap %1: %2</translation>
    </message>
    <message>
        <source>Sitemap %1 lists %2 pages; %3 were new.</source>
        <translation>Sitemap %1 listet %2 Seiten auf; %3 davon waren neu.</translation>
    </message>
    <message>
        <source>The job was %1 from outside this process.</source>
        <translation>Der Auftrag wurde außerhalb dieses Prozesses auf den Status %1 gesetzt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>Links not followed: %1.</source>
        <translation>Nicht verfolgte Links: %1.</translation>
    </message>
    <message>
        <source>The job is %1: %2 pages stored, %3 failed or skipped.</source>
        <translation>Der Auftrag hat den Status %1: %2 Seiten gespeichert, %3 fehlgeschlagen oder übersprungen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Trawl database: %2</source>
        <translation>%1 ist keine Trawl-Datenbank: %2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this version of Trawl understands (%3). Use a newer Trawl or another database (--db).</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, die neuer ist als die, die diese Version von Trawl versteht (%3). Verwenden Sie ein neueres Trawl oder eine andere Datenbank (--db).</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Die Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Fetcher</name>
    <message>
        <source>No complete answer within %1 ms.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The response is %1, not HTML; it was not downloaded.</source>
        <translation>Die Antwort ist %1, kein HTML; sie wurde nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>The page is %1 bytes, more than the limit of %2.</source>
        <translation>Die Seite ist %1 Bytes groß, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <source>The body passed the limit of %1 bytes (decoded).</source>
        <translation>Der Body hat das Limit von %1 Bytes überschritten (dekodiert).</translation>
    </message>
    <message>
        <source>The compressed body inflates past the limit of %1 bytes.</source>
        <translation>Der komprimierte Body wächst beim Entpacken über das Limit von %1 Bytes.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>Die Verbindung wurde nach %1 von %2 Bytes geschlossen.</translation>
    </message>
    <message>
        <source>The redirect to %1 leads back to a URL already visited.</source>
        <translation>Die Weiterleitung zu %1 führt zurück zu einer bereits besuchten URL.</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Mehr als %1 Weiterleitungen.</translation>
    </message>
    <message>
        <source>The redirect goes to %1, which is not an http(s) URL.</source>
        <translation>Die Weiterleitung führt zu %1, das keine http(s)-URL ist.</translation>
    </message>
    <message>
        <source>The redirect to %1 was not followed: %2</source>
        <translation>Die Weiterleitung zu %1 wurde nicht verfolgt: %2</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>the compressed data is corrupt</source>
        <translation>die komprimierten Daten sind beschädigt</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (%1)</source>
        <translation>die komprimierten Daten sind beschädigt (%1)</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>der Dekompressor konnte nicht starten</translation>
    </message>
    <message>
        <source>decoded size passed %1 bytes</source>
        <translation>die dekodierte Größe hat %1 Bytes überschritten</translation>
    </message>
    <message>
        <source>the compressed data is truncated</source>
        <translation>die komprimierten Daten sind unvollständig</translation>
    </message>
    <message>
        <source>out of memory while decompressing</source>
        <translation>zu wenig Speicher beim Entpacken</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Start URL</source>
        <translation>Start-URL</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Auftrags-ID</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot create the job: %1</source>
        <translation>Der Auftrag kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot become %3.</source>
        <translation>Auftrag %1 hat den Status %2 und kann nicht in den Status %3 wechseln.</translation>
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
        <translation>&lt;h2&gt;Noch keine Crawls&lt;/h2&gt;&lt;p&gt;Starten Sie einen im Terminal:&lt;/p&gt;&lt;p&gt;&lt;code&gt;trawl crawl https://example.com --limit 100&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Er erscheint hier, während er läuft, und jede gefundene Seite wird gespeichert in&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Trawl</source>
        <translation>Ü&amp;ber Trawl</translation>
    </message>
    <message>
        <source>Jobs: %1 · Running: %2 · Pages stored: %3</source>
        <translation>Aufträge: %1 · Laufend: %2 · Gespeicherte Seiten: %3</translation>
    </message>
    <message>
        <source>About Trawl</source>
        <translation>Über Trawl</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;A desktop crawl manager: local crawls and hosted crawl APIs in one window, every job kept in SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;Ein Crawl-Manager für den Desktop: lokale Crawls und gehostete Crawl-APIs in einem Fenster, jeder Auftrag in SQLite gespeichert.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PageError</name>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The host name could not be resolved</source>
        <translation>Der Hostname konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The server failed to answer</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>The page is larger than the size limit</source>
        <translation>Die Seite ist größer als die Größenbegrenzung</translation>
    </message>
    <message>
        <source>The redirects form a loop</source>
        <translation>Die Weiterleitungen bilden eine Schleife</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>robots.txt disallows this URL</source>
        <translation>robots.txt verbietet diese URL</translation>
    </message>
    <message>
        <source>The response is not an HTML page</source>
        <translation>Die Antwort ist keine HTML-Seite</translation>
    </message>
    <message>
        <source>A redirect left the crawl&apos;s scope</source>
        <translation>Eine Weiterleitung hat den Bereich des Crawls verlassen</translation>
    </message>
    <message>
        <source>A network error occurred</source>
        <translation>Ein Netzwerkfehler ist aufgetreten</translation>
    </message>
    <message>
        <source>The job was cancelled</source>
        <translation>Der Auftrag wurde abgebrochen</translation>
    </message>
    <message>
        <source>The page asks not to be indexed</source>
        <translation>Die Seite möchte nicht indexiert werden</translation>
    </message>
</context>
<context>
    <name>PageExtractor</name>
    <message>
        <source>%1: &quot;%2&quot; is not a selector: %3</source>
        <translation>%1: „%2“ ist kein Selektor: %3</translation>
    </message>
</context>
<context>
    <name>PageProcessor</name>
    <message>
        <source>The page asks not to be indexed (robots noindex); its content was not kept.</source>
        <translation>Die Seite möchte nicht indexiert werden (robots noindex); ihr Inhalt wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>in scope</source>
        <translation>im Bereich</translation>
    </message>
    <message>
        <source>not http(s)</source>
        <translation>kein http(s)</translation>
    </message>
    <message>
        <source>on another host</source>
        <translation>auf einem anderen Host</translation>
    </message>
    <message>
        <source>outside the start path</source>
        <translation>außerhalb des Startpfads</translation>
    </message>
    <message>
        <source>not matched by includePaths</source>
        <translation>nicht von includePaths erfasst</translation>
    </message>
    <message>
        <source>matched by excludePaths</source>
        <translation>von excludePaths erfasst</translation>
    </message>
    <message>
        <source>a static asset</source>
        <translation>statische Ressource</translation>
    </message>
    <message>
        <source>a likely crawler trap</source>
        <translation>vermutliche Crawler-Falle</translation>
    </message>
</context>
<context>
    <name>Sitemap</name>
    <message>
        <source>This is not a sitemap: its root element is &lt;%1&gt;.</source>
        <translation>Dies ist keine Sitemap: Ihr Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>Das XML ist in Zeile %1, Spalte %2 fehlerhaft: %3</translation>
    </message>
    <message>
        <source>The sitemap lists no URLs.</source>
        <translation>Die Sitemap enthält keine URLs.</translation>
    </message>
    <message>
        <source>The sitemap is empty.</source>
        <translation>Die Sitemap ist leer.</translation>
    </message>
    <message>
        <source>The sitemap could not be decompressed: %1.</source>
        <translation>Die Sitemap konnte nicht entpackt werden: %1.</translation>
    </message>
    <message>
        <source>The sitemap is larger than %1 bytes; the rest was ignored.</source>
        <translation>Die Sitemap ist größer als %1 Bytes; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>The sitemap lists more than %1 URLs; the rest was ignored.</source>
        <translation>Die Sitemap listet mehr als %1 URLs auf; der Rest wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>The database %1 is at schema %2, not %3.</source>
        <translation>Die Datenbank %1 hat Schemaversion %2, nicht %3.</translation>
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
        <translation>Trawl kann seine Auftragsdatenbank nicht öffnen.

%1</translation>
    </message>
</context>
</TS>
