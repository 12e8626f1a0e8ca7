// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/webenginesetup.h"

#include <QTest>

// A Qt Test main for QtWebEngine tests: the process prepared for WebEngine (headless, sandbox
// off as root, Chromium flags) before the application object, which is an `App` (QGuiApplication,
// or QApplication for screenshots).
#define TRAWL_RENDER_TEST_MAIN(App, TestObject)                                                    \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        WebEngineSetup::prepareProcess(true);                                                      \
        App app(argc, argv);                                                                       \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
