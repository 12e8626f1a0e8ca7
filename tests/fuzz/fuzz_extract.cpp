// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the whole extraction path a fetched page takes: charset sniffing and
// decoding, tokenizing, tree building, main content, markdown, cleaned HTML, metadata, links and
// plain text (PageExtractor does all of it in one pass).
// Build: cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DTRAWL_FUZZ=ON
//        cmake --build build-fuzz --target fuzz_extract
// Run:   build-fuzz/tests/fuzz/fuzz_extract -max_total_time=600 NEW_CORPUS tests/fuzz/corpus
#include "extract/pageextractor.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks the declared charset and the content options, so those paths are
    // fuzzed too.
    const std::uint8_t mode = size > 0 ? data[0] : 0;
    static const char *const charsets[] = {"",         "utf-8",        "iso-8859-1", "shift_jis",
                                           "utf-16le", "windows-1251", "gb18030",    "bogus"};
    PageExtractor::Options options;
    options.markdown = true;
    options.html = (mode & 0x10) != 0;
    options.rawHtml = (mode & 0x20) != 0;
    options.links = true;
    options.onlyMainContent = (mode & 0x8) != 0;
    if (mode & 0x40)
        options.excludeTags = {u"nav, .ad > p"_s};
    if (mode & 0x80)
        options.includeTags = {u"article, main #content"_s};
    static const auto extractor = [] {
        return PageExtractor::create(PageExtractor::Options{}, nullptr);
    }();
    const auto configured = PageExtractor::create(options, nullptr);
    const PageExtractor &chosen = configured ? *configured : *extractor;
    chosen.extract(body, QString::fromLatin1(charsets[mode % 8]),
                   QUrl(u"http://fuzz.test/dir/page.html"_s), u"Trawl"_s);
    return 0;
}
