// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/rendering.h"

#include "crawl/renderservice.h"

namespace Cli {

namespace {

Rendering &current()
{
    static Rendering rendering;
    return rendering;
}

} // namespace

void setRendering(Rendering rendering)
{
    current() = std::move(rendering);
}

const Rendering &rendering()
{
    return current();
}

} // namespace Cli
