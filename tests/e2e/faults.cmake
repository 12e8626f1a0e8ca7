# SPDX-License-Identifier: GPL-3.0-or-later
# `trawl crawl` of the fault server ../shared/testsite/faults.py (slow, stalled and trickling
# bodies, error statuses with Retry-After, redirect chains and loops, size caps and a gzip bomb,
# odd charsets, malformed HTML, crawler traps, robots directives): each route's stored outcome
# and the requests the server saw must be what ../shared/testsite/README.md expects. Prints a
# route table, the crawl's seconds and peak RSS. About 70 s: 30 s of them Trawl waits for the
# Retry-After of /status/503, ~25 s go to 3,000 /many-links pages (faults.py serves ~150/s).
# Included from tests/e2e/CMakeLists.txt after find_package(Python3).
if(EXISTS ${TRAWL_SHARED_DIR}/testsite/faults.py)
    # AddressSanitizer's shadow memory and quarantine multiply RSS: the 300 MB budget is checked
    # in the ordinary build, the sanitizer build checks for memory errors instead.
    if(TRAWL_SANITIZE)
        set(_faults_rss 1500)
    else()
        set(_faults_rss 300)
    endif()
    add_test(NAME e2e_faults_crawl
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/faults_crawl.py --check
            --max-rss-mb ${_faults_rss}
            --trawl $<TARGET_FILE:trawl> --testsite ${TRAWL_SHARED_DIR}/testsite)
    set_tests_properties(e2e_faults_crawl PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
    # `trawl crawl .../js-rendered --render js` stores what only the page's script writes.
    add_test(NAME e2e_render_crawl
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/render_crawl.py
            --trawl $<TARGET_FILE:trawl> --testsite ${TRAWL_SHARED_DIR}/testsite)
    set_tests_properties(e2e_render_crawl PROPERTIES TIMEOUT 300
        ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:quarantine_size_mb=8:new_delete_type_mismatch=0;LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/support/lsan-webengine.supp")
else()
    message(WARNING "${TRAWL_SHARED_DIR}/testsite/faults.py not found: "
        "the fault-server crawl is not registered")
endif()
