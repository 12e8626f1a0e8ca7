<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiBodies</name>
    <message>
        <source>urls is required.</source>
        <translation>urls ist erforderlich.</translation>
    </message>
    <message>
        <source>urls must be a non-empty array of strings.</source>
        <translation>urls muss ein nicht leeres Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>origin must be a string.</source>
        <translation>origin muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>urls[%1] must be a string.</source>
        <translation>urls[%1] muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>urls[%1]: %2</source>
        <translation>urls[%1]: %2</translation>
    </message>
    <message>
        <source>urls has no valid URL.</source>
        <translation>urls enthält keine gültige URL.</translation>
    </message>
    <message>
        <source>url is required.</source>
        <translation>url ist erforderlich.</translation>
    </message>
    <message>
        <source>url must be a string.</source>
        <translation>url muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>ignoreSitemap and sitemapOnly cannot both be true.</source>
        <translation>ignoreSitemap und sitemapOnly können nicht beide true sein.</translation>
    </message>
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
</context>
<context>
    <name>AppServices</name>
    <message>
        <source>Remote crawl</source>
        <translation>Remote-Crawl</translation>
    </message>
    <message>
        <source>The crawl could not be started: %1</source>
        <translation>Der Crawl konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>No system keychain answered: API keys are kept for this session only.</source>
        <translation>Kein Systemschlüsselbund hat geantwortet: API-Schlüssel werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain (%1); it is kept for this session only.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden (%1); er wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Sample crawl</source>
        <translation>Beispiel-Crawl</translation>
    </message>
    <message>
        <source>The sample crawl cannot start: %1</source>
        <translation>Der Beispiel-Crawl kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Monitor remote job</source>
        <translation>Remote-Auftrag überwachen</translation>
    </message>
    <message>
        <source>Starting the crawl on %1…</source>
        <translation>Der Crawl wird auf %1 gestartet…</translation>
    </message>
    <message>
        <source>API key needed</source>
        <translation>API-Schlüssel erforderlich</translation>
    </message>
    <message>
        <source>Trawl needs the %1 API key to go on following job %2 (%3).</source>
        <translation>Trawl benötigt den API-Schlüssel für %1, um Auftrag %2 (%3) weiter zu verfolgen.</translation>
    </message>
    <message>
        <source>The service refused the key: %1</source>
        <translation>Der Dienst hat den Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Lokaler API-Server</translation>
    </message>
    <message>
        <source>The local API server was on when Trawl last closed, but it cannot start again: %1

Choose another port in File → Local API Server.</source>
        <translation>Der lokale API-Server war eingeschaltet, als Trawl zuletzt geschlossen wurde, kann aber nicht wieder starten: %1

Wählen Sie unter Datei → Lokaler API-Server einen anderen Port.</translation>
    </message>
    <message>
        <source>Local API server listening on %1.</source>
        <translation>Lokaler API-Server lauscht auf %1.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Pages stored over time</source>
        <translation>Gespeicherte Seiten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Pages by HTTP status</source>
        <translation>Seiten nach HTTP-Status</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>Pages by depth</source>
        <translation>Seiten nach Tiefe</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Seconds since the first page</source>
        <translation>Sekunden seit der ersten Seite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
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
        <translation>Antwortzeit (ms)</translation>
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
    <message>
        <source>When the crawl ends, export it in format F (see trawl export).</source>
        <translation>Den Crawl nach seinem Ende im Format F exportieren (siehe trawl export).</translation>
    </message>
    <message>
        <source>Where --export writes.</source>
        <translation>Wohin --export schreibt.</translation>
    </message>
    <message>
        <source>Crawl the sample site built into Trawl instead of a URL (served on 127.0.0.1 while the crawl runs; works offline).</source>
        <translation>Statt einer URL die in Trawl eingebaute Beispiel-Website crawlen (wird während des Crawls auf 127.0.0.1 bereitgestellt; funktioniert offline).</translation>
    </message>
    <message>
        <source>--export and --output go together.</source>
        <translation>--export und --output gehören zusammen.</translation>
    </message>
    <message>
        <source>unknown --export format &quot;%1&quot;.</source>
        <translation>unbekanntes --export-Format „%1“.</translation>
    </message>
    <message>
        <source>While rendering, load no images, media or fonts.</source>
        <translation>Beim Rendern keine Bilder, Medien oder Schriften laden.</translation>
    </message>
    <message>
        <source>When rendering, wait MS after the page loaded before reading it (default 0).</source>
        <translation>Beim Rendern nach dem Laden der Seite MS warten, bevor sie gelesen wird (Standard 0).</translation>
    </message>
    <message>
        <source>Give up rendering a page after MS: load, waits and reading (default 30000).</source>
        <translation>Das Rendern einer Seite nach MS aufgeben: Laden, Wartezeiten und Lesen (Standard 30000).</translation>
    </message>
    <message>
        <source>Run the pages&apos; JavaScript in QtWebEngine: static (never, the default), js (every page) or auto (pages whose HTML is an empty app shell).</source>
        <translation>Das JavaScript der Seiten in QtWebEngine ausführen: static (nie, Standard), js (jede Seite) oder auto (Seiten, deren HTML eine leere App-Hülle ist).</translation>
    </message>
    <message>
        <source>When rendering, wait until the page has an element matching this CSS selector.</source>
        <translation>Beim Rendern warten, bis die Seite ein Element enthält, das auf diesen CSS-Selektor passt.</translation>
    </message>
    <message>
        <source>--sample-site crawls the built-in site: give no URL.</source>
        <translation>--sample-site crawlt die eingebaute Website: Geben Sie keine URL an.</translation>
    </message>
    <message>
        <source>--render must be static, js or auto, not &quot;%1&quot;.</source>
        <translation>--render muss static, js oder auto sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>rendering needs a GUI application object.</source>
        <translation>Rendern erfordert ein GUI-Anwendungsobjekt.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: %2).</source>
        <translation>unbekanntes Format „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>The status format: %1 (default firecrawl-v1).</source>
        <translation>Das Statusformat: %1 (Standard firecrawl-v1).</translation>
    </message>
    <message>
        <source>Which page of the answer (from 1): Geonode&apos;s page, or the N-th 10 MB chunk of Firecrawl v1 (default 1).</source>
        <translation>Welche Seite der Antwort (ab 1): die Seite bei Geonode oder der N-te 10-MB-Block bei Firecrawl v1 (Standard 1).</translation>
    </message>
    <message>
        <source>Geonode&apos;s page_size, 1 to 50 (default 10).</source>
        <translation>page_size von Geonode, 1 bis 50 (Standard 10).</translation>
    </message>
    <message>
        <source>Print a job as the service&apos;s status endpoint would answer now.</source>
        <translation>Einen Auftrag so ausgeben, wie ihn der Status-Endpunkt des Dienstes jetzt liefern würde.</translation>
    </message>
    <message>
        <source>there is no page %1; the answer has %2.</source>
        <translation>es gibt keine Seite %1; die Antwort hat %2.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>The file to write (a folder for markdown-dir). It appears only when complete.</source>
        <translation>Die zu schreibende Datei (ein Ordner bei markdown-dir). Sie erscheint erst, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>Write a job to a file in a documented status format, jsonl, csv or a folder of markdown files.</source>
        <translation>Einen Auftrag in eine Datei schreiben: in einem dokumentierten Statusformat, als jsonl, csv oder als Ordner mit markdown-Dateien.</translation>
    </message>
    <message>
        <source>--format is required (%1).</source>
        <translation>--format ist erforderlich (%1).</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output ist erforderlich.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported job %1 (%2 pages) as %3 to %4.</source>
        <translation>Auftrag %1 (%2 Seiten) als %3 nach %4 exportiert.</translation>
    </message>
    <message>
        <source>A status document or a jsonl export.</source>
        <translation>Ein Statusdokument oder ein jsonl-Export.</translation>
    </message>
    <message>
        <source>The file&apos;s format: %1 (default: recognized from the file).</source>
        <translation>Das Format der Datei: %1 (Standard: aus der Datei erkannt).</translation>
    </message>
    <message>
        <source>Read an exported file into a new job; prints its id.</source>
        <translation>Eine exportierte Datei in einen neuen Auftrag einlesen; gibt dessen ID aus.</translation>
    </message>
    <message>
        <source>one file is required.</source>
        <translation>eine Datei ist erforderlich.</translation>
    </message>
    <message>
        <source>The API: %1.</source>
        <translation>Die API: %1.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The job id the service gave.</source>
        <translation>Die Auftrags-ID, die der Dienst vergeben hat.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where the API is (default: the service&apos;s; a self-hosted Firecrawl&apos;s URL for one).</source>
        <translation>Wo die API ist (Standard: die des Dienstes; für ein selbst gehostetes Firecrawl dessen URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key (the key itself is never stored).</source>
        <translation>Die Umgebungsvariable, die den API-Schlüssel enthält (der Schlüssel selbst wird nie gespeichert).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Milliseconds between looks while the job changes (default 2000).</source>
        <translation>Millisekunden zwischen zwei Abfragen, solange sich der Auftrag ändert (Standard 2000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Milliseconds between looks at most, while it does not (default 30000).</source>
        <translation>Höchstens so viele Millisekunden zwischen zwei Abfragen, solange er sich nicht ändert (Standard 30000).</translation>
    </message>
    <message>
        <source>takes no arguments; give --provider and --job.</source>
        <translation>erwartet keine Argumente; geben Sie --provider und --job an.</translation>
    </message>
    <message>
        <source>--provider is required (%1).</source>
        <translation>--provider ist erforderlich (%1).</translation>
    </message>
    <message>
        <source>--provider: unknown &quot;%1&quot;; one of %2.</source>
        <translation>--provider: unbekannt „%1“; einer von %2.</translation>
    </message>
    <message>
        <source>--job is required: the id the service gave the job.</source>
        <translation>--job ist erforderlich: die ID, die der Dienst dem Auftrag gegeben hat.</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http or https URL.</source>
        <translation>--base-url: „%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>--api-key-env: the environment variable %1 is not set or empty.</source>
        <translation>--api-key-env: Die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>Job %1 already ended %2.</source>
        <translation>Auftrag %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <source>the service refused the API key (%1); the job stays as it is: run again with a valid --api-key-env.</source>
        <translation>der Dienst hat den API-Schlüssel abgelehnt (%1); der Auftrag bleibt unverändert: Führen Sie den Befehl mit einem gültigen --api-key-env erneut aus.</translation>
    </message>
    <message>
        <source>Interrupted: run the same command again to go on.</source>
        <translation>Unterbrochen: Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Job %1 %2: %3 pages, %4 failed.</source>
        <translation>Auftrag %1 (%2): %3 Seiten, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The port to listen on (default %1; 0: any free port).</source>
        <translation>Der Port, auf dem gelauscht wird (Standard %1; 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Listen on ADDR instead of 127.0.0.1 (other machines could then reach it).</source>
        <translation>Auf ADDR statt auf 127.0.0.1 lauschen (dann könnten andere Rechner ihn erreichen).</translation>
    </message>
    <message>
        <source>Crawls run at once at most; more are refused with 429 (default %1).</source>
        <translation>Höchstzahl gleichzeitig laufender Crawls; weitere werden mit 429 abgelehnt (Standard %1).</translation>
    </message>
    <message>
        <source>Answer Firecrawl&apos;s API (v1 and v0) on this machine: SDKs and scripts written for Firecrawl start local crawls. Prints the URL to give them; Ctrl+C stops.</source>
        <translation>Die API von Firecrawl (v1 und v0) auf diesem Rechner bereitstellen: Für Firecrawl geschriebene SDKs und Skripte starten damit lokale Crawls. Gibt die URL aus, die ihnen zu übergeben ist; Ctrl+C beendet.</translation>
    </message>
    <message>
        <source>--port must be at most 65535.</source>
        <translation>--port darf höchstens 65535 sein.</translation>
    </message>
    <message>
        <source>--listen expects an IP address, not &quot;%1&quot;.</source>
        <translation>--listen erwartet eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>Warning: listening on %1: other machines that reach it can use the API with the token, over plain HTTP.</source>
        <translation>Warnung: Lauscht auf %1: Andere Rechner, die diese Adresse erreichen, können die API mit dem Token nutzen, über unverschlüsseltes HTTP.</translation>
    </message>
    <message>
        <source>the environment variable %1 is empty or not set.</source>
        <translation>die Umgebungsvariable %1 ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>Auftrag %1 gestartet.</translation>
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
  status JOB            den Auftrag so ausgeben, wie ihn der Status-Endpunkt
                        eines Dienstes liefert
  export JOB            einen Auftrag in eine Datei schreiben (--format, --output)
  import FILE           eine exportierte Datei in einen neuen Auftrag einlesen
  monitor               einen Auftrag auf einer gehosteten Crawl-API verfolgen,
                        bis er endet
  serve                 die API von Firecrawl auf 127.0.0.1 bereitstellen
                        (--port, --token-env)

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
        <source>Follow a job running on a hosted crawl API until it ends, storing every page it returns once; prints the local job id. Run again after an interruption to go on where it stopped. Exit codes: 0 completed, 1 failed, cancelled or expired (pages kept), 2 bad usage, a refused key, or a job another live process monitors.</source>
        <translation>Einen Auftrag, der auf einer gehosteten Crawl-API läuft, bis zu seinem Ende verfolgen und jede zurückgegebene Seite einmal speichern; gibt die lokale Auftrags-ID aus. Nach einer Unterbrechung erneut ausführen, um dort fortzufahren, wo er angehalten hat. Exit-Codes: 0 abgeschlossen, 1 fehlgeschlagen, abgebrochen oder abgelaufen (Seiten bleiben erhalten), 2 falsche Verwendung, abgelehnter Schlüssel oder ein Auftrag, den ein anderer laufender Prozess überwacht.</translation>
    </message>
    <message>
        <source>Pages rendered at once, 1 to %1 (default %2).</source>
        <translation>Gleichzeitig gerenderte Seiten, 1 bis %1 (Standard %2).</translation>
    </message>
    <message>
        <source>--renderers must be at most %1 (pages rendered at once), not %2.</source>
        <translation>--renderers darf höchstens %1 sein (gleichzeitig gerenderte Seiten), nicht %2.</translation>
    </message>
    <message>
        <source>Token: %1 (kept in the system keychain; the window&apos;s Local API server uses the same)</source>
        <translation>Token: %1 (im Schlüsselbund des Systems gespeichert; der lokale API-Server des Fensters verwendet denselben)</translation>
    </message>
    <message>
        <source>Token: %1 (new, kept in the system keychain for the next runs and the window&apos;s Local API server)</source>
        <translation>Token: %1 (neu, im Schlüsselbund des Systems gespeichert für die nächsten Läufe und den lokalen API-Server des Fensters)</translation>
    </message>
    <message>
        <source>Token: %1 (for this run only: no system keychain answered; --token-env VAR sets one that lasts)</source>
        <translation>Token: %1 (nur für diesen Lauf: kein Schlüsselbund des Systems hat geantwortet; --token-env VAR setzt einen dauerhaften)</translation>
    </message>
    <message>
        <source>Take the bearer token from environment variable VAR (default: the token kept in the system keychain, the one the window&apos;s Local API server shows, made on first use; printed on stderr).</source>
        <translation>Das Bearer-Token aus der Umgebungsvariablen VAR nehmen (Standard: das im Schlüsselbund des Systems gespeicherte Token, das der lokale API-Server des Fensters anzeigt, bei der ersten Verwendung erzeugt; auf stderr ausgegeben).</translation>
    </message>
    <message>
        <source>The token could not be kept in the keychain (%1): it lasts for this run only.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden (%1): Es gilt nur für diesen Lauf.</translation>
    </message>
    <message>
        <source>Choose another with --port N (--port 0 takes any free port).</source>
        <translation>Wählen Sie einen anderen mit --port N (--port 0 nimmt einen beliebigen freien Port).</translation>
    </message>
    <message>
        <source>Listening on all interfaces, port %1. On this machine use the URL below; from another, http://ADDRESS:%1 with one of this machine&apos;s addresses (%2).</source>
        <translation>Lauscht auf allen Schnittstellen, Port %1. Auf diesem Rechner die URL unten verwenden; von einem anderen http://ADRESSE:%1 mit einer der Adressen dieses Rechners (%2).</translation>
    </message>
    <message>
        <source>this executable cannot render pages.</source>
        <translation>dieses Programm kann keine Seiten rendern.</translation>
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
        <source>Unknown format &quot;%1&quot; (known: %2).</source>
        <translation>Unbekanntes Format „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header (expected &quot;Name: value&quot;).</source>
        <translation>„%1“ ist kein Header (erwartet: „Name: value“).</translation>
    </message>
    <message>
        <source>The %1 format needs JavaScript rendering (render mode js or auto).</source>
        <translation>Das Format %1 erfordert JavaScript-Rendering (Render-Modus js oder auto).</translation>
    </message>
    <message>
        <source>Ask for screenshot or screenshot@fullPage, not both.</source>
        <translation>Fordern Sie screenshot oder screenshot@fullPage an, nicht beides.</translation>
    </message>
    <message>
        <source>waitFor must be between 0 and %1 ms.</source>
        <translation>waitFor muss zwischen 0 und %1 ms liegen.</translation>
    </message>
    <message>
        <source>The render timeout must be between 1 second and 10 minutes.</source>
        <translation>Das Zeitlimit für das Rendern muss zwischen 1 Sekunde und 10 Minuten liegen.</translation>
    </message>
    <message>
        <source>The selector to wait for cannot contain line breaks.</source>
        <translation>Der Selektor, auf den gewartet wird, darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>waitFor needs JavaScript rendering (render mode js or auto).</source>
        <translation>waitFor erfordert JavaScript-Rendering (Render-Modus js oder auto).</translation>
    </message>
    <message>
        <source>Waiting for a selector needs JavaScript rendering (render mode js or auto).</source>
        <translation>Das Warten auf einen Selektor erfordert JavaScript-Rendering (Render-Modus js oder auto).</translation>
    </message>
    <message>
        <source>waitFor (%1 ms) must be shorter than the render timeout (%2 ms), which also counts the load and the reading of each page.</source>
        <translation>waitFor (%1 ms) muss kürzer sein als das Zeitlimit für das Rendern (%2 ms), das auch das Laden und Auslesen jeder Seite umfasst.</translation>
    </message>
</context>
<context>
    <name>CrawlOptionsForm</name>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Politeness</source>
        <translation>Rücksichtnahme</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Rendern</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Headers and authentication</source>
        <translation>Header und Authentifizierung</translation>
    </message>
    <message>
        <source>One regular expression per line, e.g. ^/blog/.*</source>
        <translation>Ein regulärer Ausdruck pro Zeile, z. B. ^/blog/.*</translation>
    </message>
    <message>
        <source>Only URLs whose path matches one of these regular expressions are crawled (Firecrawl&apos;s includePaths). Empty: every path.</source>
        <translation>Nur URLs, deren Pfad auf einen dieser regulären Ausdrücke passt, werden gecrawlt (includePaths von Firecrawl). Leer: jeder Pfad.</translation>
    </message>
    <message>
        <source>Include paths:</source>
        <translation>Einzuschließende Pfade:</translation>
    </message>
    <message>
        <source>One regular expression per line, e.g. ^/tag/</source>
        <translation>Ein regulärer Ausdruck pro Zeile, z. B. ^/tag/</translation>
    </message>
    <message>
        <source>URLs whose path matches any of these regular expressions are not crawled (Firecrawl&apos;s excludePaths).</source>
        <translation>URLs, deren Pfad auf einen dieser regulären Ausdrücke passt, werden nicht gecrawlt (excludePaths von Firecrawl).</translation>
    </message>
    <message>
        <source>Exclude paths:</source>
        <translation>Auszuschließende Pfade:</translation>
    </message>
    <message>
        <source>Match the expressions against the whole URL</source>
        <translation>Ausdrücke mit der ganzen URL abgleichen</translation>
    </message>
    <message>
        <source>Apply include and exclude paths to the full URL (scheme, host and query too), not only its path.</source>
        <translation>Ein- und auszuschließende Pfade auf die vollständige URL anwenden (auch Schema, Host und Query), nicht nur auf ihren Pfad.</translation>
    </message>
    <message>
        <source>Crawl the entire domain</source>
        <translation>Die gesamte Domain crawlen</translation>
    </message>
    <message>
        <source>Follow links anywhere on the start page&apos;s site, not only under the start URL&apos;s path.</source>
        <translation>Links überall auf der Website der Startseite folgen, nicht nur unterhalb des Pfads der Start-URL.</translation>
    </message>
    <message>
        <source>Follow links to subdomains</source>
        <translation>Links zu Subdomains folgen</translation>
    </message>
    <message>
        <source>Also crawl blog.example.com when starting at example.com.</source>
        <translation>Beim Start auf example.com auch blog.example.com crawlen.</translation>
    </message>
    <message>
        <source>Follow links to other sites</source>
        <translation>Links zu anderen Websites folgen</translation>
    </message>
    <message>
        <source>Crawl pages on other hosts too (the limit and depth still apply).</source>
        <translation>Auch Seiten auf anderen Hosts crawlen (Limit und Tiefe gelten weiterhin).</translation>
    </message>
    <message>
        <source>Ignore the sitemap</source>
        <translation>Sitemap ignorieren</translation>
    </message>
    <message>
        <source>Do not seed the crawl from robots.txt sitemaps and /sitemap.xml; only follow links.</source>
        <translation>Den Crawl nicht mit URLs aus den Sitemaps in robots.txt und /sitemap.xml befüllen; nur Links folgen.</translation>
    </message>
    <message>
        <source>Ignore query parameters</source>
        <translation>Query-Parameter ignorieren</translation>
    </message>
    <message>
        <source>Treat /page?a=1 and /page?a=2 as the same page, fetched once.</source>
        <translation>/page?a=1 und /page?a=2 als dieselbe Seite behandeln, die nur einmal abgerufen wird.</translation>
    </message>
    <message>
        <source>Treat similar URLs as one page</source>
        <translation>Ähnliche URLs als eine Seite behandeln</translation>
    </message>
    <message>
        <source>www and non-www, http and https, index.html and a trailing slash count as one page.</source>
        <translation>Mit und ohne www, http und https, index.html und ein abschließender Schrägstrich zählen als eine Seite.</translation>
    </message>
    <message>
        <source>The most pages fetched, successful or failed (Firecrawl&apos;s limit).</source>
        <translation>Höchstzahl abgerufener Seiten, erfolgreich oder fehlgeschlagen (limit von Firecrawl).</translation>
    </message>
    <message>
        <source>Page limit:</source>
        <translation>Seitenlimit:</translation>
    </message>
    <message>
        <source>Link hops from the start page; 0 fetches only the start page.</source>
        <translation>Link-Schritte ab der Startseite; 0 ruft nur die Startseite ab.</translation>
    </message>
    <message>
        <source>Maximum depth:</source>
        <translation>Maximale Tiefe:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long one request may take before it fails with TIMEOUT (100 ms to 10 minutes).</source>
        <translation>Wie lange eine Anfrage dauern darf, bevor sie mit TIMEOUT fehlschlägt (100 ms bis 10 Minuten).</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Zeitlimit pro Anfrage:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A page larger than this (after decompression) fails with TOO_LARGE.</source>
        <translation>Eine Seite, die (nach dem Entpacken) größer ist, schlägt mit TOO_LARGE fehl.</translation>
    </message>
    <message>
        <source>Largest page:</source>
        <translation>Größte Seite:</translation>
    </message>
    <message>
        <source>Requests in flight at once, over all hosts (Firecrawl&apos;s maxConcurrency).</source>
        <translation>Gleichzeitig laufende Anfragen über alle Hosts hinweg (maxConcurrency von Firecrawl).</translation>
    </message>
    <message>
        <source>Concurrent requests:</source>
        <translation>Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Requests in flight at once to one host; 0 means as many as the concurrent requests.</source>
        <translation>Gleichzeitig laufende Anfragen an einen Host; 0 bedeutet so viele wie die gleichzeitigen Anfragen.</translation>
    </message>
    <message>
        <source>Same as above</source>
        <translation>Wie oben</translation>
    </message>
    <message>
        <source>Per host:</source>
        <translation>Pro Host:</translation>
    </message>
    <message>
        <source>Wait this long between two requests to the same host; any delay means one request at a time per host.</source>
        <translation>So lange zwischen zwei Anfragen an denselben Host warten; jede Verzögerung bedeutet eine Anfrage gleichzeitig pro Host.</translation>
    </message>
    <message>
        <source>Delay between requests:</source>
        <translation>Verzögerung zwischen Anfragen:</translation>
    </message>
    <message>
        <source>Extra attempts for timeouts, connection failures, 429 and 5xx answers, with growing pauses.</source>
        <translation>Zusätzliche Versuche bei Zeitüberschreitungen, Verbindungsfehlern, 429- und 5xx-Antworten, mit wachsenden Pausen.</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Respect robots.txt and meta robots</source>
        <translation>robots.txt und Meta-Robots beachten</translation>
    </message>
    <message>
        <source>Skip what robots.txt, &lt;meta name=robots&gt; and X-Robots-Tag forbid, and honour Crawl-delay.</source>
        <translation>Überspringen, was robots.txt, &lt;meta name=robots&gt; und X-Robots-Tag verbieten, und Crawl-delay einhalten.</translation>
    </message>
    <message>
        <source>Static: the HTML as fetched</source>
        <translation>Statisch: das HTML wie abgerufen</translation>
    </message>
    <message>
        <source>JavaScript: render every page</source>
        <translation>JavaScript: jede Seite rendern</translation>
    </message>
    <message>
        <source>Automatic: render pages that need it</source>
        <translation>Automatisch: Seiten rendern, die es benötigen</translation>
    </message>
    <message>
        <source>Whether pages are run in a browser engine before they are read. Rendering is slower but sees what scripts build; Automatic renders only pages whose HTML looks like an empty application shell.</source>
        <translation>Ob Seiten vor dem Lesen in einer Browser-Engine ausgeführt werden. Rendern ist langsamer, erfasst aber, was Skripte aufbauen; Automatisch rendert nur Seiten, deren HTML wie eine leere Anwendungshülle aussieht.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Wait after load:</source>
        <translation>Nach dem Laden warten:</translation>
    </message>
    <message>
        <source>e.g. #content, .article</source>
        <translation>z. B. #content, .article</translation>
    </message>
    <message>
        <source>Wait until an element matching this CSS selector exists before reading the page.</source>
        <translation>Mit dem Lesen der Seite warten, bis ein Element existiert, das auf diesen CSS-Selektor passt.</translation>
    </message>
    <message>
        <source>Wait for element:</source>
        <translation>Auf Element warten:</translation>
    </message>
    <message>
        <source>Loading and waiting together may take this long per page.</source>
        <translation>So lange dürfen Laden und Warten zusammen pro Seite dauern.</translation>
    </message>
    <message>
        <source>Render timeout:</source>
        <translation>Zeitlimit fürs Rendern:</translation>
    </message>
    <message>
        <source>Do not load images, media and fonts</source>
        <translation>Keine Bilder, Medien und Schriften laden</translation>
    </message>
    <message>
        <source>Faster rendering; pages that lay out by image size may differ.</source>
        <translation>Schnelleres Rendern; Seiten, deren Layout von Bildgrößen abhängt, können abweichen.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Cleaned HTML</source>
        <translation>Bereinigtes HTML</translation>
    </message>
    <message>
        <source>Raw HTML</source>
        <translation>Rohes HTML</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Keep the page&apos;s %1 (Firecrawl format &quot;%2&quot;).</source>
        <translation>%1 der Seite behalten (Firecrawl-Format „%2“).</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Only the main content</source>
        <translation>Nur der Hauptinhalt</translation>
    </message>
    <message>
        <source>Drop headers, footers, navigation, sidebars, cookie banners and ads; keep &lt;main&gt; or &lt;article&gt;.</source>
        <translation>Kopfzeilen, Fußzeilen, Navigation, Seitenleisten, Cookie-Banner und Werbung verwerfen; &lt;main&gt; oder &lt;article&gt; behalten.</translation>
    </message>
    <message>
        <source>Remove inline base64 images</source>
        <translation>Eingebettete base64-Bilder entfernen</translation>
    </message>
    <message>
        <source>Replace data: images by a short placeholder.</source>
        <translation>data:-Bilder durch einen kurzen Platzhalter ersetzen.</translation>
    </message>
    <message>
        <source>One CSS selector per line, e.g. article</source>
        <translation>Ein CSS-Selektor pro Zeile, z. B. article</translation>
    </message>
    <message>
        <source>Keep only the parts of a page that match these selectors.</source>
        <translation>Nur die Teile einer Seite behalten, die auf diese Selektoren passen.</translation>
    </message>
    <message>
        <source>Include tags:</source>
        <translation>Einzuschließende Tags:</translation>
    </message>
    <message>
        <source>One CSS selector per line, e.g. .comments</source>
        <translation>Ein CSS-Selektor pro Zeile, z. B. .comments</translation>
    </message>
    <message>
        <source>Drop the parts of a page that match these selectors.</source>
        <translation>Die Teile einer Seite verwerfen, die auf diese Selektoren passen.</translation>
    </message>
    <message>
        <source>Exclude tags:</source>
        <translation>Auszuschließende Tags:</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>Name: Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>Sent with every request, e.g. Accept-Language: de or Cookie: a=b.</source>
        <translation>Wird mit jeder Anfrage gesendet, z. B. Accept-Language: de oder Cookie: a=b.</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Anfrage-Header:</translation>
    </message>
    <message>
        <source>Headers are stored with the job so that it can be resumed: for a login, use a session cookie or token you can revoke afterwards.</source>
        <translation>Header werden mit dem Auftrag gespeichert, damit er fortgesetzt werden kann: Verwenden Sie für eine Anmeldung ein Sitzungscookie oder Token, das Sie danach widerrufen können.</translation>
    </message>
    <message>
        <source>The User-Agent header; empty: Trawl&apos;s own. robots.txt rules for &quot;%1&quot; apply either way.</source>
        <translation>Der User-Agent-Header; leer: der von Trawl. Die robots.txt-Regeln für „%1“ gelten in jedem Fall.</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Accept invalid TLS certificates</source>
        <translation>Ungültige TLS-Zertifikate akzeptieren</translation>
    </message>
    <message>
        <source>Crawl https sites whose certificate is self-signed or expired. Only for sites you trust.</source>
        <translation>https-Websites crawlen, deren Zertifikat selbst signiert oder abgelaufen ist. Nur für Websites, denen Sie vertrauen.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid regular expression: %3 (at character %4).</source>
        <translation>Zeile %1: „%2“ ist kein gültiger regulärer Ausdruck: %3 (bei Zeichen %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a selector Trawl understands: %2</source>
        <translation>„%1“ ist kein Selektor, den Trawl versteht: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>After the page has loaded, wait this long before reading it (Firecrawl&apos;s waitFor, at most %1 seconds).</source>
        <translation>Nach dem Laden der Seite so lange warten, bevor sie gelesen wird (Firecrawls waitFor, höchstens %1 Sekunden).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Visible area (1280×800)</source>
        <translation>Sichtbarer Bereich (1280×800)</translation>
    </message>
    <message>
        <source>Full page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Keep a PNG of each rendered page: its first screen (Firecrawl format &quot;%1&quot;) or its whole height (&quot;%2&quot;). Needs JavaScript rendering (Rendering tab).</source>
        <translation>Von jeder gerenderten Seite ein PNG behalten: ihren ersten Bildschirm (Firecrawl-Format „%1“) oder ihre ganze Höhe („%2“). Erfordert JavaScript-Rendering (Reiter Rendering).</translation>
    </message>
    <message>
        <source>Screenshot:</source>
        <translation>Screenshot:</translation>
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
    <message>
        <source>trawl.render must be &quot;static&quot;, &quot;js&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>trawl.render muss „static“, „js“ oder „auto“ sein, nicht „%1“.</translation>
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
    <message>
        <source>This crawl renders JavaScript pages, but no renderer was started.</source>
        <translation>Dieser Crawl rendert JavaScript-Seiten, aber es wurde kein Renderer gestartet.</translation>
    </message>
    <message>
        <source>While rendering %1, Trawl refused: %2.</source>
        <translation>Beim Rendern von %1 hat Trawl abgelehnt: %2.</translation>
    </message>
    <message>
        <source>While rendering, the page tried what Trawl refuses: %1.</source>
        <translation>Beim Rendern versuchte die Seite, was Trawl ablehnt: %1.</translation>
    </message>
    <message>
        <source>Rendering failed, the page is kept as fetched: %1</source>
        <translation>Das Rendern ist fehlgeschlagen, die Seite wird so behalten, wie sie abgerufen wurde: %1</translation>
    </message>
    <message>
        <source>Fetched pages are not journaled (%1): each request waits until its page is stored.</source>
        <translation>Abgerufene Seiten werden nicht im Journal festgehalten (%1): Jede Anfrage wartet, bis ihre Seite gespeichert ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) fetched before the crawl stopped but not stored are parsed from the journal, not fetched again.</source>
        <translation>
            <numerusform>%n Seite, die vor dem Anhalten abgerufen, aber nicht gespeichert wurde, wird aus dem Journal ausgewertet statt erneut abgerufen.</numerusform>
            <numerusform>%n Seiten, die vor dem Anhalten abgerufen, aber nicht gespeichert wurden, werden aus dem Journal ausgewertet statt erneut abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched pages are not journaled any more (%1): each request waits until its page is stored.</source>
        <translation>Abgerufene Seiten werden nicht mehr im Journal festgehalten (%1): Jede Anfrage wartet, bis ihre Seite gespeichert ist.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Firecrawl v0: the answer of GET /v0/crawl/status (one JSON file).</source>
        <translation>Firecrawl v0: die Antwort von GET /v0/crawl/status (eine JSON-Datei).</translation>
    </message>
    <message>
        <source>Firecrawl v1: the answer of GET /v1/crawl/{id} (one JSON file).</source>
        <translation>Firecrawl v1: die Antwort von GET /v1/crawl/{id} (eine JSON-Datei).</translation>
    </message>
    <message>
        <source>Spidra: the crawl status document (one JSON file).</source>
        <translation>Spidra: das Crawl-Statusdokument (eine JSON-Datei).</translation>
    </message>
    <message>
        <source>Geonode: the crawl results document (one JSON file).</source>
        <translation>Geonode: das Crawl-Ergebnisdokument (eine JSON-Datei).</translation>
    </message>
    <message>
        <source>JSON Lines: one Firecrawl v1 document per page, failed pages too.</source>
        <translation>JSON Lines: ein Firecrawl-v1-Dokument pro Seite, auch für fehlgeschlagene Seiten.</translation>
    </message>
    <message>
        <source>CSV: one row per page (URL, status, title, errors…), for a spreadsheet.</source>
        <translation>CSV: eine Zeile pro Seite (URL, Status, Titel, Fehler…), für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>A folder of Markdown files, one per page, with an index.md.</source>
        <translation>Ein Ordner mit Markdown-Dateien, eine pro Seite, mit einer index.md.</translation>
    </message>
    <message>
        <source>Export Job</source>
        <translation>Auftrag exportieren</translation>
    </message>
    <message>
        <source>The documented status formats of the hosted APIs, JSON Lines, CSV or a folder of Markdown files.</source>
        <translation>Die dokumentierten Statusformate der gehosteten APIs, JSON Lines, CSV oder ein Ordner mit Markdown-Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n Seite</numerusform>
            <numerusform>%1 — %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Auftrag:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Choose the folder to create</source>
        <translation>Wählen Sie den anzulegenden Ordner</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Wählen Sie die zu schreibende Datei</translation>
    </message>
    <message>
        <source>Folder to Create the Markdown Folder In</source>
        <translation>Ordner, in dem der Markdown-Ordner angelegt wird</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*%2)</source>
        <translation>%1-Dateien (*%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n page(s)…</source>
        <translation>
            <numerusform>%n Seite wird exportiert…</numerusform>
            <numerusform>%n Seiten werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite nach %1 exportiert.</numerusform>
            <numerusform>%n Seiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 von %2 Seiten</translation>
    </message>
    <message>
        <source>Exporting: %1, %2 written…</source>
        <translation>Export läuft: %1, %2 geschrieben…</translation>
    </message>
    <message>
        <source>Exporting: %1…</source>
        <translation>Export läuft: %1…</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The job %1 no longer exists.</source>
        <translation>Der Auftrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FetchJournal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
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
    <message>
        <source>The body is encoded as %1, which Trawl did not ask for.</source>
        <translation>Der Body ist als %1 codiert, worum Trawl nicht gebeten hat.</translation>
    </message>
    <message>
        <source>The body could not be decompressed: %1.</source>
        <translation>Der Body konnte nicht entpackt werden: %1.</translation>
    </message>
    <message>
        <source>The address of %1 was not found within %2 ms.</source>
        <translation>Die Adresse von %1 wurde nicht innerhalb von %2 ms gefunden.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 ms.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>Nothing arrived for %1 ms.</source>
        <translation>%1 ms lang ist nichts angekommen.</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL that can be fetched.</source>
        <translation>%1 ist keine abrufbare http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>FirecrawlClient</name>
    <message>
        <source>Pages %1 to %2 left partial_data before they were read; they are taken from data when the job completes.</source>
        <translation>Die Seiten %1 bis %2 haben partial_data verlassen, bevor sie gelesen wurden; sie werden aus data übernommen, wenn der Auftrag abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The service&apos;s next link does not advance (%1); not followed.</source>
        <translation>Der next-Link des Dienstes kommt nicht weiter (%1); ihm wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>errors[%1].url: missing or not a string</source>
        <translation>errors[%1].url: fehlt oder ist keine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>FirecrawlExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>FirecrawlImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unbekannter Status</translation>
    </message>
    <message>
        <source>not an array or null</source>
        <translation>weder ein Array noch null</translation>
    </message>
</context>
<context>
    <name>GeonodeImport</name>
    <message>
        <source>Not a Geonode crawl status: &quot;%1&quot; %2</source>
        <translation>Kein Geonode-Crawl-Status: „%1“ %2</translation>
    </message>
    <message>
        <source>is not a whole number &gt;= 1</source>
        <translation>ist keine ganze Zahl &gt;= 1</translation>
    </message>
    <message>
        <source>is not a whole number &gt;= 0</source>
        <translation>ist keine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>is missing or not a string</source>
        <translation>fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>is missing or neither a string nor null</source>
        <translation>fehlt oder ist weder eine Zeichenkette noch null</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is missing or not an array</source>
        <translation>fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>holds something not a string</source>
        <translation>enthält etwas, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>is neither an object nor null</source>
        <translation>ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>ist kein bekannter Status</translation>
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
    <name>HttpClientConnection</name>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the answer: %2</source>
        <translation>Die Verbindung zu %1 ist vor der Antwort abgebrochen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed during the answer: %2</source>
        <translation>Die Verbindung zu %1 ist während der Antwort abgebrochen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 closed while connecting.</source>
        <translation>Die Verbindung zu %1 wurde beim Verbindungsaufbau geschlossen.</translation>
    </message>
</context>
<context>
    <name>HttpConnectionPool</name>
    <message>
        <source>Host %1 not found.</source>
        <translation>Host %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>The address of %1 could not be looked up: %2</source>
        <translation>Die Adresse von %1 konnte nicht ermittelt werden: %2</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The trailer fields of the response are larger than %1 bytes.</source>
        <translation>Die Trailer-Felder der Antwort sind größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The response headers are larger than %1 bytes.</source>
        <translation>Die Header der Antwort sind größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The server switched to another protocol, which Trawl did not ask for.</source>
        <translation>Der Server ist auf ein anderes Protokoll umgestiegen, um das Trawl nicht gebeten hat.</translation>
    </message>
    <message>
        <source>A chunk size line of the body is longer than %1 bytes.</source>
        <translation>Eine Chunk-Größenzeile des Bodys ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>A chunk of the body does not end where its size says (&quot;%1&quot; follows it).</source>
        <translation>Ein Chunk des Bodys endet nicht dort, wo seine Größe es angibt (es folgt „%1“).</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the response headers.</source>
        <translation>Die Verbindung wurde mitten in den Headern der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the chunked body, after %1 bytes.</source>
        <translation>Die Verbindung wurde mitten im Chunked-Body geschlossen, nach %1 Bytes.</translation>
    </message>
    <message>
        <source>The answer is not an HTTP/1 response: it begins with &quot;%1&quot;.</source>
        <translation>Die Antwort ist keine HTTP/1-Antwort: Sie beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>The answer has an invalid status code: &quot;%1&quot;.</source>
        <translation>Die Antwort hat einen ungültigen Statuscode: „%1“.</translation>
    </message>
    <message>
        <source>The response has an invalid Content-Length (&quot;%1&quot;).</source>
        <translation>Die Antwort hat eine ungültige Content-Length („%1“).</translation>
    </message>
    <message>
        <source>The body is sent with the transfer coding &quot;%1&quot;, which Trawl does not support.</source>
        <translation>Der Body wird mit der Transfer-Codierung „%1“ gesendet, die Trawl nicht unterstützt.</translation>
    </message>
    <message>
        <source>The chunked body has an invalid chunk size line: &quot;%1&quot;.</source>
        <translation>Der Chunked-Body hat eine ungültige Chunk-Größenzeile: „%1“.</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>The request headers are too large.</source>
        <translation>Die Anfrage-Header sind zu groß.</translation>
    </message>
    <message>
        <source>Malformed request line.</source>
        <translation>Fehlerhafte Anfragezeile.</translation>
    </message>
    <message>
        <source>Malformed header line.</source>
        <translation>Fehlerhafte Header-Zeile.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length.</source>
        <translation>Senden Sie den Body mit einem Content-Length-Header.</translation>
    </message>
    <message>
        <source>Invalid Content-Length.</source>
        <translation>Ungültige Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Anfrage-Body ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program (another trawl serve, or Trawl&apos;s window with its local API server on?).</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm verwendet (ein anderes trawl serve oder das Trawl-Fenster mit eingeschaltetem lokalem API-Server?).</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>not JSON: %1 (at byte %2).</source>
        <translation>kein JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>JSON-Objekt erwartet.</translation>
    </message>
    <message>
        <source>not a Firecrawl, Spidra or Geonode status document; give --format.</source>
        <translation>kein Statusdokument von Firecrawl, Spidra oder Geonode; geben Sie --format an.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;.</source>
        <translation>unbekanntes Format „%1“.</translation>
    </message>
</context>
<context>
    <name>JobController</name>
    <message>
        <source>The job %1 no longer exists.</source>
        <translation>Der Auftrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The job is %1, not running.</source>
        <translation>Der Auftrag hat den Status %1, er läuft nicht.</translation>
    </message>
    <message>
        <source>The job is already running.</source>
        <translation>Der Auftrag läuft bereits.</translation>
    </message>
    <message>
        <source>The job is %1 and cannot be resumed.</source>
        <translation>Der Auftrag hat den Status %1 und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The job is already %1.</source>
        <translation>Der Auftrag hat bereits den Status %1.</translation>
    </message>
    <message>
        <source>Only crawls run on this computer can be run again here.</source>
        <translation>Nur Crawls, die auf diesem Computer gelaufen sind, können hier erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>The job is running; pause or cancel it first.</source>
        <translation>Der Auftrag läuft; pausieren oder brechen Sie ihn zuerst ab.</translation>
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
    <message>
        <source>Job %1 on %2</source>
        <translation>Auftrag %1 auf %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Pages/s</source>
        <translation>Seiten/s</translation>
    </message>
    <message>
        <source>Waiting for API key</source>
        <translation>Wartet auf API-Schlüssel</translation>
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
    <message>
        <source>Job %1 runs on %2: only a local crawl can fetch its failed pages again.</source>
        <translation>Auftrag %1 läuft auf %2: Nur ein lokaler Crawl kann seine fehlgeschlagenen Seiten erneut abrufen.</translation>
    </message>
    <message>
        <source>Job %1 is %2: pause it or let it end before fetching its failed pages again.</source>
        <translation>Auftrag %1 hat den Status %2: Pausieren Sie ihn oder lassen Sie ihn enden, bevor seine fehlgeschlagenen Seiten erneut abgerufen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed page(s) queued to be fetched again.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Seite zum erneuten Abrufen eingereiht.</numerusform>
            <numerusform>%n fehlgeschlagene Seiten zum erneuten Abrufen eingereiht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobView</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Retry failed pages</source>
        <translation>Fehlgeschlagene Seiten erneut &amp;abrufen</translation>
    </message>
    <message>
        <source>Queue the failed pages (not the skipped ones) again and resume the crawl to fetch them</source>
        <translation>Die fehlgeschlagenen Seiten (nicht die übersprungenen) erneut einreihen und den Crawl fortsetzen, um sie abzurufen</translation>
    </message>
    <message>
        <source>%1 failed, %2 skipped.</source>
        <translation>%1 fehlgeschlagen, %2 übersprungen.</translation>
    </message>
    <message>
        <source>Cannot retry: %1</source>
        <translation>Erneuter Versuch nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed page(s) queued again; the crawl resumes to fetch them.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Seite erneut eingereiht; der Crawl wird fortgesetzt, um sie abzurufen.</numerusform>
            <numerusform>%n fehlgeschlagene Seiten erneut eingereiht; der Crawl wird fortgesetzt, um sie abzurufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed, %2 skipped, %3 completed with an error.</source>
        <translation>%1 fehlgeschlagen, %2 übersprungen, %3 mit einem Fehler abgeschlossen.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Pages</source>
        <translation>Fehlgeschlagene Seiten &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Find Pages…</source>
        <translation>Seiten &amp;suchen…</translation>
    </message>
    <message>
        <source>Search the pages of the job by URL or title</source>
        <translation>Die Seiten des Auftrags nach URL oder Titel durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Load %n earlier line(s)</source>
        <translation>
            <numerusform>%n frühere Zeile &amp;laden</numerusform>
            <numerusform>%n frühere Zeilen &amp;laden</numerusform>
        </translation>
    </message>
    <message>
        <source>The log&apos;s latest lines; earlier ones are kept.</source>
        <translation>Die neuesten Zeilen des Protokolls; frühere sind gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed, skipped or completed with an error</source>
        <translation>
            <numerusform>%n Seite fehlgeschlagen, übersprungen oder mit einem Fehler abgeschlossen</numerusform>
            <numerusform>%n Seiten fehlgeschlagen, übersprungen oder mit einem Fehler abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonOut</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LocalApiServer</name>
    <message>
        <source>The local API needs a token.</source>
        <translation>Die lokale API benötigt ein Token.</translation>
    </message>
    <message>
        <source>The local API was stopped.</source>
        <translation>Die lokale API wurde beendet.</translation>
    </message>
    <message>
        <source>There is no %1 %2 here.</source>
        <translation>%1 %2 gibt es hier nicht.</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3.</source>
        <translation>%1 akzeptiert %2, nicht %3.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Der Body ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Body muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Rate limit exceeded: %1 crawls are running, the most this server runs at once. Retry when one has ended.</source>
        <translation>Ratenlimit überschritten: Es laufen %1 Crawls, die Höchstzahl, die dieser Server gleichzeitig ausführt. Versuchen Sie es erneut, wenn einer beendet ist.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2.</source>
        <translation>%1 muss eine ganze Zahl von mindestens %2 sein.</translation>
    </message>
    <message>
        <source>The job is already %1.</source>
        <translation>Der Auftrag hat bereits den Status %1.</translation>
    </message>
    <message>
        <source>The scrape ended %1 without a page.</source>
        <translation>Der Scrape endete mit dem Status %1 ohne Seite.</translation>
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
        <translation>&amp;Datei</translation>
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
        <source>About Trawl</source>
        <translation>Über Trawl</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No crawls yet&lt;/h2&gt;&lt;p&gt;Start a crawl with &lt;b&gt;New crawl…&lt;/b&gt;: type the address of a site, choose how far to go, and watch its pages arrive here.&lt;br&gt;You can also drop a link, or a text file with one address per line, on this window.&lt;/p&gt;&lt;p&gt;Not sure yet? Try a crawl of the small sample site that comes with Trawl: nothing leaves your computer.&lt;/p&gt;&lt;p&gt;Crawls started from a terminal (&lt;code&gt;trawl crawl URL&lt;/code&gt;) show up here too. Every page is kept in&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Crawls&lt;/h2&gt;&lt;p&gt;Starten Sie einen Crawl mit &lt;b&gt;Neuer Crawl…&lt;/b&gt;: Geben Sie die Adresse einer Website ein, legen Sie fest, wie weit gecrawlt werden soll, und sehen Sie zu, wie ihre Seiten hier eintreffen.&lt;br&gt;Sie können auch einen Link oder eine Textdatei mit einer Adresse pro Zeile auf dieses Fenster ziehen.&lt;/p&gt;&lt;p&gt;Noch unsicher? Probieren Sie einen Crawl der kleinen Beispiel-Website aus, die mit Trawl geliefert wird: Nichts verlässt Ihren Computer.&lt;/p&gt;&lt;p&gt;Crawls, die in einem Terminal gestartet wurden (&lt;code&gt;trawl crawl URL&lt;/code&gt;), erscheinen ebenfalls hier. Jede Seite wird gespeichert in&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Crawl…</source>
        <translation>&amp;Neuer Crawl…</translation>
    </message>
    <message>
        <source>Configure and start a crawl</source>
        <translation>Einen Crawl einrichten und starten</translation>
    </message>
    <message>
        <source>&amp;Monitor Remote Job…</source>
        <translation>&amp;Remote-Auftrag überwachen…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Follow a job running on Firecrawl, Spidra or Geonode</source>
        <translation>Einen Auftrag verfolgen, der auf Firecrawl, Spidra oder Geonode läuft</translation>
    </message>
    <message>
        <source>Local &amp;API Server…</source>
        <translation>Lokaler &amp;API-Server…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Answer Firecrawl&apos;s API on this computer, for scripts and SDKs</source>
        <translation>Die API von Firecrawl auf diesem Computer bereitstellen, für Skripte und SDKs</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause the crawl; resume it later where it stopped</source>
        <translation>Den Crawl pausieren; später dort fortsetzen, wo er angehalten hat</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Continue the crawl where it stopped</source>
        <translation>Den Crawl dort fortsetzen, wo er angehalten hat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Stop the crawl for good; its pages are kept</source>
        <translation>Den Crawl endgültig beenden; seine Seiten bleiben erhalten</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Start a new crawl with the same options</source>
        <translation>Einen neuen Crawl mit denselben Optionen starten</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the job to a file in a status format, JSON Lines, CSV or Markdown</source>
        <translation>Den Auftrag in eine Datei schreiben: in einem Statusformat, als JSON Lines, CSV oder Markdown</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the job and its pages from the database</source>
        <translation>Den Auftrag und seine Seiten aus der Datenbank löschen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the jobs again</source>
        <translation>Die Aufträge neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Defaults for new crawls, data folder, retention, language</source>
        <translation>Standards für neue Crawls, Datenordner, Aufbewahrung, Sprache</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close Trawl; running crawls pause and resume later</source>
        <translation>Trawl schließen; laufende Crawls werden pausiert und später fortgesetzt</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>Auf&amp;trag</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Jobs: %1 · Running: %2 · Pages stored: %3 · Failed: %4</source>
        <translation>Aufträge: %1 · Laufend: %2 · Gespeicherte Seiten: %3 · Fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>New Crawl</source>
        <translation>Neuer Crawl</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>Auftrag löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the job %1 and its %n stored page(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Den Auftrag %1 und seine %n gespeicherte Seite löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Den Auftrag %1 und seine %n gespeicherten Seiten löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;A desktop crawl manager: local crawls and hosted crawl APIs in one window, every job kept in SQLite.&lt;/p&gt;&lt;p&gt;Jobs database: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trawl %1&lt;/h3&gt;&lt;p&gt;Ein Crawl-Manager für den Desktop: lokale Crawls und gehostete Crawl-APIs in einem Fenster, jeder Auftrag in SQLite gespeichert.&lt;/p&gt;&lt;p&gt;Auftragsdatenbank: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show &amp;API Scrapes</source>
        <translation>&amp;API-Scrapes anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>List the one-page jobs of the local API&apos;s /v1/scrape among the jobs</source>
        <translation>Die Einzelseiten-Aufträge von /v1/scrape der lokalen API in der Auftragsliste zeigen</translation>
    </message>
    <message>
        <source>The job could not be deleted: %1</source>
        <translation>Der Auftrag konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Sample Crawl</source>
        <translation>Neuer &amp;Beispiel-Crawl</translation>
    </message>
    <message>
        <source>Crawl the small sample site that comes with Trawl (nothing leaves this computer)</source>
        <translation>Die kleine Beispielseite crawlen, die Trawl mitbringt (nichts verlässt diesen Computer)</translation>
    </message>
    <message>
        <source>&amp;New crawl…</source>
        <translation>&amp;Neuer Crawl…</translation>
    </message>
    <message>
        <source>&amp;Try a crawl on the built-in sample site</source>
        <translation>Einen Crawl der eingebauten Beispielseite &amp;ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>NewCrawlDialog</name>
    <message>
        <source>New Crawl</source>
        <translation>Neuer Crawl</translation>
    </message>
    <message>
        <source>https://example.com/docs/</source>
        <translation>https://example.com/docs/</translation>
    </message>
    <message>
        <source>The first page of the crawl. Links are followed from here; by default only pages under this path are crawled.</source>
        <translation>Die erste Seite des Crawls. Von hier aus wird Links gefolgt; standardmäßig werden nur Seiten unterhalb dieses Pfads gecrawlt.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
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
        <translation>Von diesem Computer aus crawlen, oder den Crawl auf einer gehosteten Crawl-API starten und hier verfolgen.</translation>
    </message>
    <message>
        <source>Where the service&apos;s API is (a self-hosted Firecrawl has its own).</source>
        <translation>Wo die API des Dienstes ist (ein selbst gehostetes Firecrawl hat eine eigene).</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Start &amp;URL:</source>
        <translation>Start-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>&amp;Ausführen auf:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>The same crawl as the body of Firecrawl&apos;s POST /v1/crawl. Edit it or paste one: a valid request fills the form.</source>
        <translation>Derselbe Crawl als Body von POST /v1/crawl bei Firecrawl. Bearbeiten Sie ihn oder fügen Sie einen ein: Eine gültige Anfrage füllt das Formular aus.</translation>
    </message>
    <message>
        <source>POST /v1/crawl: edit this request or paste one; options only Trawl has are under &quot;trawl&quot;.</source>
        <translation>POST /v1/crawl: Bearbeiten Sie diese Anfrage oder fügen Sie eine ein; Optionen, die nur Trawl kennt, stehen unter „trawl“.</translation>
    </message>
    <message>
        <source>Show these options as a Firecrawl request, to copy, edit or replace by a pasted one.</source>
        <translation>Diese Optionen als Firecrawl-Anfrage anzeigen, um sie zu kopieren, zu bearbeiten oder durch eine eingefügte zu ersetzen.</translation>
    </message>
    <message>
        <source>Fill the options from a saved set. Your own presets are kept in %1.</source>
        <translation>Die Optionen aus einer gespeicherten Vorlage übernehmen. Ihre eigenen Vorlagen werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Keep the options below (not the URL) under a name.</source>
        <translation>Die Optionen unten (nicht die URL) unter einem Namen speichern.</translation>
    </message>
    <message>
        <source>Defaults (from Settings)</source>
        <translation>Standards (aus den Einstellungen)</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset (the URL is not saved):</source>
        <translation>Name der Vorlage (die URL wird nicht gespeichert):</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2.</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2.</translation>
    </message>
    <message>
        <source>The request must be a JSON object ({…}).</source>
        <translation>Die Anfrage muss ein JSON-Objekt sein ({…}).</translation>
    </message>
    <message>
        <source>URL %1 of the batch: %2</source>
        <translation>URL %1 des Stapels: %2</translation>
    </message>
    <message>
        <source>The API base URL must be an http or https URL.</source>
        <translation>Die API-Basis-URL muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>%1 needs an API key.</source>
        <translation>%1 benötigt einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Firecrawl request: %1</source>
        <translation>Firecrawl-Anfrage: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more URL(s): each gets its own crawl with these options.</source>
        <translation>
            <numerusform>und %n weitere URL: Sie erhält einen eigenen Crawl mit diesen Optionen.</numerusform>
            <numerusform>und %n weitere URLs: Jede erhält einen eigenen Crawl mit diesen Optionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an http or https URL.</source>
        <translation>Keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>The service&apos;s API key, sent only to the API base URL.</source>
        <translation>Der API-Schlüssel des Dienstes; er wird nur an die API-Basis-URL gesendet.</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <source>Show as &amp;Firecrawl request</source>
        <translation>Als &amp;Firecrawl-Anfrage zeigen</translation>
    </message>
    <message>
        <source>&amp;Start crawl</source>
        <translation>Crawl s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Start on %1</source>
        <translation>Auf %1 s&amp;tarten</translation>
    </message>
    <message>
        <source>Show the &amp;form</source>
        <translation>&amp;Formular zeigen</translation>
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
    <message>
        <source>Rendering the page took too long</source>
        <translation>Das Rendern der Seite hat zu lange gedauert</translation>
    </message>
    <message>
        <source>The render process crashed</source>
        <translation>Der Render-Prozess ist abgestürzt</translation>
    </message>
    <message>
        <source>The page could not be rendered</source>
        <translation>Die Seite konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>While rendering, the page tried something Trawl refuses</source>
        <translation>Beim Rendern versuchte die Seite etwas, das Trawl ablehnt</translation>
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
    <name>PageFilterBar</name>
    <message>
        <source>Show pages in this state only</source>
        <translation>Nur Seiten mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Jeder Status</translation>
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
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed or skipped</source>
        <translation>Fehlgeschlagen oder übersprungen</translation>
    </message>
    <message>
        <source>An HTTP status (404) or a class of them (4xx); 0: no response</source>
        <translation>Ein HTTP-Status (404) oder eine Klasse davon (4xx); 0: keine Antwort</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder HTTP-Status</translation>
    </message>
    <message>
        <source>Show pages of this content type only</source>
        <translation>Nur Seiten mit diesem Inhaltstyp anzeigen</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Smallest depth shown (link hops from the start page)</source>
        <translation>Kleinste angezeigte Tiefe (Link-Schritte ab der Startseite)</translation>
    </message>
    <message>
        <source>Largest depth shown</source>
        <translation>Größte angezeigte Tiefe</translation>
    </message>
    <message>
        <source>Search URL or title</source>
        <translation>URL oder Titel suchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Not a status: type a code (404) or a class (4xx).</source>
        <translation>Kein Status: Geben Sie einen Code (404) oder eine Klasse (4xx) ein.</translation>
    </message>
</context>
<context>
    <name>PageInspector</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Double-click a link that is a page of this job to open it</source>
        <translation>Doppelklicken Sie auf einen Link, der eine Seite dieses Auftrags ist, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Cleaned HTML</source>
        <translation>Bereinigtes HTML</translation>
    </message>
    <message>
        <source>Raw HTML</source>
        <translation>Rohes HTML</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Links (%1)</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>Endgültige URL</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Gefunden auf</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>Abgerufen am</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Double-click a page, or select it and press Enter, to see it here: its markdown, HTML, links, metadata, headers and screenshot.</source>
        <translation>Doppelklicken Sie auf eine Seite oder wählen Sie sie aus und drücken Sie die Eingabetaste, um sie hier zu sehen: ihr Markdown, HTML, ihre Links, Metadaten, Header und ihr Screenshot.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Rendered (JavaScript)</source>
        <translation>Gerendert (JavaScript)</translation>
    </message>
    <message>
        <source>Static (the HTML as fetched)</source>
        <translation>Statisch (das HTML wie abgerufen)</translation>
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
    <name>PageText</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Wird abgerufen</translation>
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
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>PagesModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Quick look (100 pages, 2 links deep)</source>
        <translation>Kurzer Blick (100 Seiten, 2 Links tief)</translation>
    </message>
    <message>
        <source>Whole site (10,000 pages, subdomains too)</source>
        <translation>Ganze Website (10.000 Seiten, auch Subdomains)</translation>
    </message>
    <message>
        <source>Gentle (one request a second)</source>
        <translation>Schonend (eine Anfrage pro Sekunde)</translation>
    </message>
    <message>
        <source>Archive (every format, whole pages)</source>
        <translation>Archiv (alle Formate, ganze Seiten)</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset; choose another name.</source>
        <translation>„%1“ ist eine eingebaute Vorlage; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot create the presets folder %1.</source>
        <translation>Der Vorlagenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; of yours to delete.</source>
        <translation>Es gibt keine eigene Vorlage „%1“, die gelöscht werden könnte.</translation>
    </message>
</context>
<context>
    <name>RemoteJobDialog</name>
    <message>
        <source>Monitor remote job</source>
        <translation>Remote-Auftrag überwachen</translation>
    </message>
    <message>
        <source>Where the API is: the service&apos;s own address, or a self-hosted Firecrawl&apos;s.</source>
        <translation>Wo die API ist: die eigene Adresse des Dienstes oder die eines selbst gehosteten Firecrawl.</translation>
    </message>
    <message>
        <source>The id the service gave the job</source>
        <translation>Die ID, die der Dienst dem Auftrag gegeben hat</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Job id:</source>
        <translation>Auftrags-&amp;ID:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Sent in the %1 header.</source>
        <translation>Wird im Header %1 gesendet.</translation>
    </message>
    <message>
        <source>Base URL: empty (the service&apos;s default is %1).</source>
        <translation>Basis-URL: leer (Standard des Dienstes ist %1).</translation>
    </message>
    <message>
        <source>Base URL: &quot;%1&quot; is not an http or https address.</source>
        <translation>Basis-URL: „%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Base URL: no query or fragment, only the API&apos;s address.</source>
        <translation>Basis-URL: keine Query und kein Fragment, nur die Adresse der API.</translation>
    </message>
    <message>
        <source>Job id: empty.</source>
        <translation>Auftrags-ID: leer.</translation>
    </message>
    <message>
        <source>Job id: &quot;%1&quot; holds a space, / ? or #; copy the id alone.</source>
        <translation>Auftrags-ID: „%1“ enthält ein Leerzeichen, / ? oder #; kopieren Sie nur die ID.</translation>
    </message>
    <message>
        <source>API key: empty (only a self-hosted server on this computer may do without one).</source>
        <translation>API-Schlüssel: leer (nur ein selbst gehosteter Server auf diesem Computer kommt ohne aus).</translation>
    </message>
    <message>
        <source>API key: holds a space.</source>
        <translation>API-Schlüssel: enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>Looking for the system keychain...</source>
        <translation>Systemschlüsselbund wird gesucht...</translation>
    </message>
    <message>
        <source>The key will be kept in the system keychain.</source>
        <translation>Der Schlüssel wird im Systemschlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain answers: the key is kept only for this session and asked for again after a restart.</source>
        <translation>Kein Systemschlüsselbund antwortet: Der Schlüssel wird nur für diese Sitzung aufbewahrt und nach einem Neustart erneut abgefragt.</translation>
    </message>
    <message>
        <source>A key for this service at this address is stored: leave the field empty to use it, or type another to replace it.</source>
        <translation>Für diesen Dienst unter dieser Adresse ist ein Schlüssel gespeichert: Lassen Sie das Feld leer, um ihn zu verwenden, oder geben Sie einen anderen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>Ver&amp;folgen</translation>
    </message>
</context>
<context>
    <name>RemoteJobRow</name>
    <message>
        <source>Cannot update the job: %1</source>
        <translation>Der Auftrag kann nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>RemoteJobs</name>
    <message>
        <source>provider: unknown &quot;%1&quot;; one of %2.</source>
        <translation>provider: unbekannt „%1“; einer von %2.</translation>
    </message>
    <message>
        <source>base URL: not an http or https URL.</source>
        <translation>Basis-URL: keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>job: the provider&apos;s job id is empty.</source>
        <translation>job: Die Auftrags-ID des Anbieters ist leer.</translation>
    </message>
    <message>
        <source>The service did not start the crawl (HTTP %1): %2</source>
        <translation>Der Dienst hat den Crawl nicht gestartet (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No API key is stored for %1 at %2.</source>
        <translation>Für %1 unter %2 ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>job %1 is monitored by process %2 (alive %3 s ago); a job has one monitor at a time: stop that one first.</source>
        <translation>Auftrag %1 wird von Prozess %2 überwacht (vor %3 s noch aktiv); ein Auftrag wird immer nur von einem Prozess überwacht: Beenden Sie zuerst diesen.</translation>
    </message>
</context>
<context>
    <name>RemoteMonitor</name>
    <message>
        <source>A new API key was given; monitoring goes on.</source>
        <translation>Ein neuer API-Schlüssel wurde angegeben; die Überwachung wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Monitoring %1 job %2 at %3.</source>
        <translation>Auftrag %2 (%1) auf %3 wird überwacht.</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a job.</source>
        <translation>%1 bietet keine Möglichkeit, einen Auftrag abzubrechen.</translation>
    </message>
    <message>
        <source>The service accepted the cancellation.</source>
        <translation>Der Dienst hat den Abbruch angenommen.</translation>
    </message>
    <message>
        <source>The service refused to cancel the job (HTTP %1): %2</source>
        <translation>Der Dienst hat den Abbruch des Auftrags abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1: %2). Monitoring stops until the API key is fixed.</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (HTTP %1: %2). Die Überwachung ruht, bis der API-Schlüssel korrigiert ist.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on this server (HTTP 404); read as empty.</source>
        <translation>%1 existiert auf diesem Server nicht (HTTP 404); wird als leer gelesen.</translation>
    </message>
    <message>
        <source>Job not found</source>
        <translation>Auftrag nicht gefunden</translation>
    </message>
    <message>
        <source>The service does not know job %1: %2</source>
        <translation>Der Dienst kennt den Auftrag %1 nicht: %2</translation>
    </message>
    <message>
        <source>The service no longer has the job (HTTP 404: %1); the %2 pages stored are kept.</source>
        <translation>Der Dienst hat den Auftrag nicht mehr (HTTP 404: %1); die %2 gespeicherten Seiten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429: %1); asking again in %2 s.</source>
        <translation>Ratenlimit erreicht (HTTP 429: %1); neue Anfrage in %2 s.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON: %2 at byte %3 of %4.</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON: %2 bei Byte %3 von %4.</translation>
    </message>
    <message>
        <source>The answer from %1 is not a JSON object.</source>
        <translation>Die Antwort von %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Part of the answer could not be read: %1</source>
        <translation>Ein Teil der Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The service&apos;s answer for this page could not be read: %1</source>
        <translation>Die Antwort des Dienstes für diese Seite konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job ended %1 with %2 pages stored by this monitor.</source>
        <translation>Der Auftrag endete mit dem Status %1; diese Überwachung hat %2 Seiten gespeichert.</translation>
    </message>
    <message>
        <source>%1 redirects to %2 (HTTP %3); the API key is sent to the base URL only, so redirects are not followed.</source>
        <translation>%1 leitet auf %2 um (HTTP %3); der API-Schlüssel wird nur an die Basis-URL gesendet, daher werden Weiterleitungen nicht verfolgt.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <source>The service rejected the request to %1 (HTTP %2: %3).</source>
        <translation>Der Dienst hat die Anfrage an %1 abgelehnt (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>The service forgot the job before its failed pages could be read (%1: HTTP 404, %2); the %3 pages stored are kept.</source>
        <translation>Der Dienst hat den Auftrag vergessen, bevor seine fehlgeschlagenen Seiten gelesen werden konnten (%1: HTTP 404, %2); die %3 gespeicherten Seiten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Monitoring stopped: %1 Check the base URL (%2), then monitor the job again; the %3 pages stored are kept.</source>
        <translation>Überwachung beendet: %1 Prüfen Sie die Basis-URL (%2) und überwachen Sie den Auftrag dann erneut; die %3 gespeicherten Seiten bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>RemoteProviders</name>
    <message>
        <source>Firecrawl (v0 crawl)</source>
        <translation>Firecrawl (v0-Crawl)</translation>
    </message>
    <message>
        <source>Firecrawl (v1 crawl)</source>
        <translation>Firecrawl (v1-Crawl)</translation>
    </message>
    <message>
        <source>Firecrawl (v1 batch scrape)</source>
        <translation>Firecrawl (v1-Batch-Scrape)</translation>
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
        <translation>url: keine absolute URL</translation>
    </message>
    <message>
        <source>provider: unknown &quot;%1&quot;</source>
        <translation>provider: unbekannt „%1“</translation>
    </message>
    <message>
        <source>%1: missing in the service&apos;s answer</source>
        <translation>%1: fehlt in der Antwort des Dienstes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RendererPool</name>
    <message>
        <source>The render process ended while rendering the page (status %1, exit code %2).</source>
        <translation>Der Render-Prozess endete, während die Seite gerendert wurde (Status %1, Exit-Code %2).</translation>
    </message>
    <message>
        <source>The browser could not load the page.</source>
        <translation>Der Browser konnte die Seite nicht laden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CSS selector.</source>
        <translation>„%1“ ist kein gültiger CSS-Selektor.</translation>
    </message>
    <message>
        <source>The rendered page is larger than the size limit (%1 MB).</source>
        <translation>Die gerenderte Seite ist größer als die Größenbeschränkung (%1 MB).</translation>
    </message>
    <message>
        <source>The page did not finish loading within %1 ms.</source>
        <translation>Die Seite wurde nicht innerhalb von %1 ms fertig geladen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not appear within %2 ms.</source>
        <translation>„%1“ ist nicht innerhalb von %2 ms erschienen.</translation>
    </message>
    <message>
        <source>The page loaded, but its scripts kept changing it or kept running until the render timeout of %1 ms ran out.</source>
        <translation>Die Seite wurde geladen, aber ihre Skripte haben sie weiter verändert oder liefen weiter, bis das Zeitlimit für das Rendern von %1 ms abgelaufen war.</translation>
    </message>
    <message>
        <source>The render timeout of %1 ms ran out while waiting %2 ms (waitFor) after the load: make the render timeout longer than waitFor.</source>
        <translation>Das Zeitlimit für das Rendern von %1 ms lief ab, während nach dem Laden %2 ms gewartet wurde (waitFor): Wählen Sie ein Zeitlimit für das Rendern, das länger als waitFor ist.</translation>
    </message>
    <message>
        <source>The page&apos;s scripts did not let it be read within %1 ms (an endless script, or a very large page).</source>
        <translation>Die Skripte der Seite ließen sie nicht innerhalb von %1 ms auslesen (ein endloses Skript oder eine sehr große Seite).</translation>
    </message>
</context>
<context>
    <name>SampleCrawl</name>
    <message>
        <source>The sample crawl %1 is already running.</source>
        <translation>Der Beispiel-Crawl %1 läuft bereits.</translation>
    </message>
    <message>
        <source>The sample job&apos;s address %1 names no port.</source>
        <translation>Die Adresse %1 des Beispielauftrags nennt keinen Port.</translation>
    </message>
    <message>
        <source>%1. The sample job&apos;s pages are at that port; start a new sample crawl instead.</source>
        <translation>%1. Die Seiten des Beispielauftrags liegen unter diesem Port; starten Sie stattdessen einen neuen Beispiel-Crawl.</translation>
    </message>
</context>
<context>
    <name>SampleSiteServer</name>
    <message>
        <source>The sample site cannot listen on 127.0.0.1: %1</source>
        <translation>Die Beispiel-Website kann nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>The sample site cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Die Beispiel-Website kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>it already listens on port %1</source>
        <translation>sie lauscht bereits auf Port %1</translation>
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
    <name>ServerDialog</name>
    <message>
        <source>Local API server</source>
        <translation>Lokaler API-Server</translation>
    </message>
    <message>
        <source>A new token: scripts using the old one are refused from now on.</source>
        <translation>Ein neues Token: Skripte, die das alte verwenden, werden ab sofort abgelehnt.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Give SDKs the base URL as their API URL and the token as their API key. Only programs on this computer can connect; jobs they start appear in the job list.</source>
        <translation>Übergeben Sie SDKs die Basis-URL als API-URL und das Token als API-Schlüssel. Nur Programme auf diesem Computer können sich verbinden; von ihnen gestartete Aufträge erscheinen in der Auftragsliste.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Nicht aktiv: %1</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>Lauscht auf %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>&amp;Answer Firecrawl&apos;s API on this computer</source>
        <translation>Firecrawls API auf diesem Computer &amp;beantworten</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Use port %1 &amp;instead</source>
        <translation>&amp;Stattdessen Port %1 verwenden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Where Trawl keeps its job database (trawl.sqlite). Empty: the default folder.</source>
        <translation>Wo Trawl seine Auftragsdatenbank (trawl.sqlite) ablegt. Leer: der Standardordner.</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start of Trawl; jobs are not moved.</source>
        <translation>Ein neuer Datenordner wird ab dem nächsten Start von Trawl verwendet; Aufträge werden nicht verschoben.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Für immer behalten</translation>
    </message>
    <message>
        <source>At each start, delete finished jobs (with their pages) that ended longer ago than this.</source>
        <translation>Bei jedem Start beendete Aufträge (mit ihren Seiten) löschen, deren Ende länger zurückliegt.</translation>
    </message>
    <message>
        <source>The language of the window.</source>
        <translation>Die Sprache des Fensters.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Every new crawl starts with these options.</source>
        <translation>Jeder neue Crawl beginnt mit diesen Optionen.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>New Crawl Defaults</source>
        <translation>Standards für neue Crawls</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>How many pages of crawls that run JavaScript are rendered at the same time. More is faster and takes more memory; applies from the next page rendered.</source>
        <translation>Wie viele Seiten von Crawls, die JavaScript ausführen, gleichzeitig gerendert werden. Mehr ist schneller und braucht mehr Speicher; gilt ab der nächsten gerenderten Seite.</translation>
    </message>
    <message>
        <source>Pages &amp;rendered at once:</source>
        <translation>Gleichzeitig &amp;gerenderte Seiten:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Delete finished jobs &amp;after:</source>
        <translation>Beendete Aufträge löschen &amp;nach:</translation>
    </message>
    <message>
        <source>The window changes to the new language as soon as you press OK.</source>
        <translation>Das Fenster wechselt in die neue Sprache, sobald Sie OK drücken.</translation>
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
    <name>SpidraImport</name>
    <message>
        <source>Not a Spidra crawl status: &quot;%1&quot; %2</source>
        <translation>Kein Spidra-Crawl-Status: „%1“ %2</translation>
    </message>
    <message>
        <source>is not a whole number &gt;= 0</source>
        <translation>ist keine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>is missing or not a string</source>
        <translation>fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>ist kein bekannter Status</translation>
    </message>
    <message>
        <source>is missing or neither an array nor null</source>
        <translation>fehlt oder ist weder ein Array noch null</translation>
    </message>
    <message>
        <source>is neither a string nor null</source>
        <translation>ist weder eine Zeichenkette noch null</translation>
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
    <message>
        <source>trawl: cannot start %1: %2</source>
        <translation>trawl: %1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
</TS>
