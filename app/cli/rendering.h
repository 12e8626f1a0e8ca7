// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class RenderService;

// How the command line gets QtWebEngine: the executable that links it (trawl-gui, main.cpp) sets
// these; the light `trawl` executable does not, and hands every command that may render to
// trawl-gui (Cli::mayRender). Without them, a crawl that renders is refused with a message.
namespace Cli {

struct Rendering
{
    // A pool of `renderers` pages for one crawl; with `screenshots`, pages that can take them.
    // Null, with `error` set, when this process cannot render.
    std::function<std::unique_ptr<RenderService>(int renderers, bool screenshots, QString *error)>
        pool;
    // A service that starts QtWebEngine on the first page that needs it (trawl serve).
    std::function<std::unique_ptr<RenderService>(int renderers)> lazy;
};

void setRendering(Rendering rendering);
const Rendering &rendering();

} // namespace Cli
