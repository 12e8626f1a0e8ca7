// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/httpresponseparser.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxChunkLineBytes = 4096; // a chunk size with its extensions
constexpr int maxHexDigits = 15;              // chunk sizes below 2^60

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && (isSpace(text.back()) || text.back() == '\r'))
        text.chop(1);
    return text;
}

// Up to 60 bytes of a line for a message, control bytes and non-ASCII escaped.
QString quoted(QByteArrayView line)
{
    QString out;
    for (const char c : line.first(std::min<qsizetype>(line.size(), 60))) {
        const auto byte = uchar(c);
        if (byte >= 0x20 && byte < 0x7f)
            out += QLatin1Char(c);
        else
            out += u"\\x%1"_s.arg(byte, 2, 16, QLatin1Char('0'));
    }
    if (line.size() > 60)
        out += u"..."_s;
    return out;
}

// Whether a comma-separated field value holds `token` (case-insensitive).
bool hasToken(QByteArrayView value, QByteArrayView token)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView part = trimmed(comma < 0 ? value : value.first(comma));
        if (part.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        if (comma < 0)
            break;
        value = value.sliced(comma + 1);
    }
    return false;
}

// A Content-Length value: digits only (a list of equal values is one value). -1 when invalid.
qint64 parseLength(QByteArrayView value)
{
    qint64 result = -1;
    while (true) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView part = trimmed(comma < 0 ? value : value.first(comma));
        if (part.isEmpty() || part.size() > 18
            || !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return -1;
        const qint64 length = part.toLongLong();
        if (result >= 0 && length != result)
            return -1;
        result = length;
        if (comma < 0)
            return result;
        value = value.sliced(comma + 1);
    }
}

} // namespace

HttpResponseParser::HttpResponseParser(qsizetype maxHeaderBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
{}

void HttpResponseParser::reset(bool headRequest)
{
    m_state = State::StatusLine;
    m_headRequest = headRequest;
    m_started = false;
    m_partialLine.clear();
    m_headBytes = 0;
    m_status = 0;
    m_minorVersion = 1;
    m_reason.clear();
    m_headers.clear();
    m_trailers.clear();
    m_contentLength = -1;
    m_chunked = false;
    m_untilClose = false;
    m_closeToken = false;
    m_keepAliveToken = false;
    m_lengthAndChunked = false;
    m_remaining = 0;
    m_bodyBytes = 0;
    m_error.clear();
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    return !m_untilClose && !m_closeToken && !m_lengthAndChunked
           && (m_minorVersion >= 1 || m_keepAliveToken);
}

HttpResponseParser::Line HttpResponseParser::takeLine(const char *data, qsizetype size,
                                                      qsizetype *used, QByteArrayView *line,
                                                      qsizetype limit)
{
    const auto *newline = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    if (!newline) {
        *used = size;
        if (m_partialLine.size() + size >= limit)
            return Line::TooLong;
        m_partialLine.append(data, size);
        return Line::Incomplete;
    }
    *used = newline - data + 1;
    if (m_partialLine.size() + *used > limit)
        return Line::TooLong;
    if (m_partialLine.isEmpty()) {
        *line = QByteArrayView(data, newline - data);
    } else {
        m_partialLine.append(data, newline - data);
        m_line = std::exchange(m_partialLine, QByteArray());
        *line = m_line;
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return Line::Complete;
}

HttpResponseParser::Event HttpResponseParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    m_partialLine.clear();
    return Event::Error;
}

HttpResponseParser::Event HttpResponseParser::parse(const char *data, qsizetype size,
                                                    qsizetype *consumed, QByteArrayView *body)
{
    qsizetype pos = 0;
    const auto done = [&](Event event) {
        *consumed = pos;
        return event;
    };
    if (size > 0 && m_state == State::StatusLine)
        m_started = true;

    while (true) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::Trailers: {
            QByteArrayView line;
            qsizetype used = 0;
            const qsizetype partial = m_partialLine.size();
            const Line taken =
                takeLine(data + pos, size - pos, &used, &line, m_maxHeaderBytes - m_headBytes);
            pos += used;
            if (taken == Line::TooLong) {
                return done(fail((m_state == State::Trailers
                                      ? tr("The trailer fields of the response are larger than "
                                           "%1 bytes.")
                                      : tr("The response headers are larger than %1 bytes."))
                                     .arg(m_maxHeaderBytes)));
            }
            if (taken == Line::Incomplete)
                return done(Event::NeedMore);
            m_headBytes += partial + used;
            if (m_state == State::StatusLine) {
                if (line.isEmpty())
                    continue; // blank lines before a status line are ignored
                if (!parseStatusLine(line))
                    return done(Event::Error);
                m_state = State::Headers;
            } else if (m_state == State::Trailers) {
                if (line.isEmpty()) {
                    m_state = State::Done;
                    return done(Event::Complete);
                }
                addFieldLine(line, m_trailers);
            } else if (!line.isEmpty()) {
                addFieldLine(line, m_headers);
            } else if (m_status == 101) {
                return done(fail(
                    tr("The server switched to another protocol, which Trawl did not ask for.")));
            } else if (m_status / 100 == 1) {
                // An interim response (100 Continue, 103 Early Hints): the real one follows.
                const bool head = m_headRequest;
                reset(head);
                m_started = true;
            } else {
                if (!endHeaders())
                    return done(Event::Error);
                return done(Event::Headers);
            }
            break;
        }
        case State::LengthBody:
        case State::ChunkData:
        case State::UntilClose: {
            if (m_state != State::UntilClose && m_remaining == 0) {
                if (m_state == State::LengthBody) {
                    m_state = State::Done;
                    return done(Event::Complete);
                }
                m_state = State::ChunkDataEnd;
                break;
            }
            if (pos == size)
                return done(Event::NeedMore);
            qsizetype piece = size - pos;
            if (m_state != State::UntilClose) {
                piece = qsizetype(std::min<qint64>(m_remaining, piece));
                m_remaining -= piece;
            }
            if (body)
                *body = QByteArrayView(data + pos, piece);
            pos += piece;
            m_bodyBytes += piece;
            return done(Event::Body);
        }
        case State::ChunkSize:
        case State::ChunkDataEnd: {
            QByteArrayView line;
            qsizetype used = 0;
            const Line taken = takeLine(data + pos, size - pos, &used, &line, maxChunkLineBytes);
            pos += used;
            if (taken == Line::TooLong)
                return done(fail(tr("A chunk size line of the body is longer than %1 bytes.")
                                     .arg(maxChunkLineBytes)));
            if (taken == Line::Incomplete)
                return done(Event::NeedMore);
            if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    return done(fail(tr("A chunk of the body does not end where its size says "
                                        "(\"%1\" follows it).")
                                         .arg(quoted(line))));
                m_state = State::ChunkSize;
            } else if (!parseChunkSize(line)) {
                return done(Event::Error);
            }
            break;
        }
        case State::Done:
            return done(Event::Complete);
        case State::Failed:
            return done(Event::Error);
        }
    }
}

HttpResponseParser::Event HttpResponseParser::finish()
{
    switch (m_state) {
    case State::StatusLine:
        if (!m_started)
            return fail(tr("The server closed the connection without answering."));
        [[fallthrough]];
    case State::Headers:
        return fail(tr("The connection closed in the middle of the response headers."));
    case State::LengthBody:
        if (m_remaining == 0)
            break;
        return fail(
            QCoreApplication::translate("Fetcher", "The connection closed after %1 of %2 bytes.")
                .arg(m_bodyBytes)
                .arg(m_contentLength));
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        return fail(tr("The connection closed in the middle of the chunked body, after %1 bytes.")
                        .arg(m_bodyBytes));
    case State::UntilClose:
    case State::Done:
        break;
    case State::Failed:
        return Event::Error;
    }
    m_state = State::Done;
    return Event::Complete;
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // HTTP/1.x SP 3DIGIT [SP reason-phrase]
    const bool valid = line.size() >= 12 && line.startsWith("HTTP/1.") && line.at(7) >= '0'
                       && line.at(7) <= '9' && line.at(8) == ' '
                       && std::all_of(line.begin() + 9, line.begin() + 12,
                                      [](char c) { return c >= '0' && c <= '9'; })
                       && (line.size() == 12 || isSpace(line.at(12)));
    if (!valid) {
        fail(tr("The answer is not an HTTP/1 response: it begins with \"%1\".").arg(quoted(line)));
        return false;
    }
    m_minorVersion = line.at(7) - '0';
    m_status = line.sliced(9, 3).toInt();
    m_reason = trimmed(line.sliced(12)).toByteArray();
    if (m_status < 100) {
        fail(tr("The answer has an invalid status code: \"%1\".").arg(quoted(line)));
        return false;
    }
    return true;
}

bool HttpResponseParser::addFieldLine(QByteArrayView line, HeaderList &fields)
{
    if (isSpace(line.front())) {
        // Obsolete line folding: the line continues the previous field's value.
        if (!fields.isEmpty()) {
            const QByteArrayView more = trimmed(line);
            QByteArray &value = fields.last().second;
            if (!more.isEmpty())
                value += value.isEmpty() ? more.toByteArray() : ' ' + more.toByteArray();
        }
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon > 0 ? trimmed(line.first(colon)) : QByteArrayView();
    // Lines that are not fields are ignored, as browsers do.
    if (name.isEmpty() || std::any_of(name.begin(), name.end(), isSpace))
        return false;
    fields.append({name.toByteArray(), trimmed(line.sliced(colon + 1)).toByteArray()});
    return true;
}

bool HttpResponseParser::endHeaders()
{
    QByteArray transferEncoding;
    bool hasLength = false;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            const qint64 length = parseLength(value);
            if (length < 0 || (hasLength && length != m_contentLength)) {
                fail(tr("The response has an invalid Content-Length (\"%1\").").arg(quoted(value)));
                return false;
            }
            hasLength = true;
            m_contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            m_closeToken = m_closeToken || hasToken(value, "close");
            m_keepAliveToken = m_keepAliveToken || hasToken(value, "keep-alive");
        }
    }

    const bool noBody = m_headRequest || m_status == 204 || m_status == 304;
    if (!transferEncoding.isEmpty() && !noBody) {
        // Codings are applied in order; only chunked (and the obsolete identity) are understood.
        bool chunkedLast = false;
        for (const QByteArray &coding : transferEncoding.split(',')) {
            const QByteArrayView name = trimmed(coding);
            if (name.isEmpty() || name.compare("identity", Qt::CaseInsensitive) == 0)
                continue;
            if (name.compare("chunked", Qt::CaseInsensitive) != 0 || chunkedLast) {
                fail(tr("The body is sent with the transfer coding \"%1\", which Trawl does not "
                        "support.")
                         .arg(quoted(trimmed(transferEncoding))));
                return false;
            }
            chunkedLast = true;
        }
        if (chunkedLast) {
            // Chunked framing wins over a Content-Length, which may be an attack on a proxy:
            // the connection is not used again.
            m_chunked = true;
            m_lengthAndChunked = hasLength;
            m_contentLength = -1;
            m_state = State::ChunkSize;
            return true;
        }
    }
    if (noBody) {
        m_state = State::Done;
    } else if (hasLength) {
        m_remaining = m_contentLength;
        m_state = State::LengthBody;
    } else {
        m_untilClose = true;
        m_state = State::UntilClose;
    }
    return true;
}

bool HttpResponseParser::parseChunkSize(QByteArrayView line)
{
    // chunk-size [ BWS ; chunk-ext ] : the extensions are ignored.
    qsizetype end = 0;
    while (end < line.size() && std::isxdigit(uchar(line.at(end))))
        ++end;
    const QByteArrayView digits = line.first(end);
    const QByteArrayView rest = trimmed(line.sliced(end));
    qsizetype significant = digits.size();
    for (qsizetype i = 0; i < digits.size() && digits.at(i) == '0'; ++i)
        --significant;
    if (digits.isEmpty() || (!rest.isEmpty() && rest.front() != ';')
        || significant > maxHexDigits) {
        fail(tr("The chunked body has an invalid chunk size line: \"%1\".").arg(quoted(line)));
        return false;
    }
    bool ok = false;
    m_remaining = digits.toLongLong(&ok, 16);
    if (m_remaining == 0) {
        m_headBytes = 0; // the trailers have a cap of their own
        m_state = State::Trailers;
    } else {
        m_state = State::ChunkData;
    }
    return true;
}
