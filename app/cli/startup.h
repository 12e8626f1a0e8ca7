// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

// What both executables do first: the application's name and version, and its translations.
namespace Startup {

void describeApplication();
void installTranslators(QCoreApplication &app);

} // namespace Startup
