// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview/pagetext.h"

#include <QCoreApplication>

namespace PageText {

QString stateName(PageState state)
{
    switch (state) {
    case PageState::Queued:
        return QCoreApplication::translate("PageText", "queued");
    case PageState::Fetching:
        return QCoreApplication::translate("PageText", "fetching");
    case PageState::Completed:
        return QCoreApplication::translate("PageText", "completed");
    case PageState::Failed:
        return QCoreApplication::translate("PageText", "failed");
    case PageState::Skipped:
        return QCoreApplication::translate("PageText", "skipped");
    case PageState::Cancelled:
        return QCoreApplication::translate("PageText", "cancelled");
    }
    return {};
}

} // namespace PageText
