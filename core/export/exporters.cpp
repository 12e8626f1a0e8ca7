// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporter.h"

#include "export/csvexport.h"
#include "export/firecrawlexport.h"
#include "export/geonodeexport.h"
#include "export/jsonlexport.h"
#include "export/spidraexport.h"

using namespace Qt::StringLiterals;

namespace Exporters {

QStringList formats()
{
    return {u"firecrawl-v0"_s, u"firecrawl-v1"_s, u"spidra"_s, u"geonode"_s, u"jsonl"_s, u"csv"_s};
}

std::unique_ptr<Exporter> create(const QString &format)
{
    if (format == u"firecrawl-v0"_s)
        return std::make_unique<FirecrawlV0Export>();
    if (format == u"firecrawl-v1"_s)
        return std::make_unique<FirecrawlV1Export>();
    if (format == u"spidra"_s)
        return std::make_unique<SpidraExport>();
    if (format == u"geonode"_s)
        return std::make_unique<GeonodeExport>();
    if (format == u"jsonl"_s)
        return std::make_unique<JsonlExport>();
    if (format == u"csv"_s)
        return std::make_unique<CsvExport>();
    return nullptr;
}

} // namespace Exporters
