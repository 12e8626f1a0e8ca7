// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview/pagetext.h"

#include <QCoreApplication>

namespace PageText {

QString stateName(PageState state)
{
    switch (state) {
    case PageState::Queued:
        return QCoreApplication::translate("PageText", "Queued");
    case PageState::Fetching:
        return QCoreApplication::translate("PageText", "Fetching");
    case PageState::Completed:
        return QCoreApplication::translate("PageText", "Completed");
    case PageState::Failed:
        return QCoreApplication::translate("PageText", "Failed");
    case PageState::Skipped:
        return QCoreApplication::translate("PageText", "Skipped");
    case PageState::Cancelled:
        return QCoreApplication::translate("PageText", "Cancelled");
    }
    return {};
}

} // namespace PageText
