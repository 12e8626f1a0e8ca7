// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// Parses one HTTP/1.x response (RFC 9112) from bytes as they arrive, in pieces of any size: the
// status line, the header fields (names case-insensitive, repeated fields kept in order,
// obsolete line folding joined), interim 1xx responses skipped, then the body framed by
// Content-Length, by chunked transfer coding (extensions and trailers accepted), or by the end
// of the connection; none for HEAD, 204 and 304. Body bytes are not copied: each Body event
// points into the caller's input. A pure class: no I/O, no Qt event loop.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

    static constexpr qsizetype defaultMaxHeaderBytes = 64 * 1024;

    enum class Event
    {
        NeedMore, // every byte given was used: give the next ones
        Headers,  // the final status line and header fields are in
        Body,     // *body holds the next piece of the body
        Complete, // the response ended; bytes after it were not consumed
        Error,    // errorString() says why; parse() returns Error from now on
    };

    explicit HttpResponseParser(qsizetype maxHeaderBytes = defaultMaxHeaderBytes);

    // Forgets everything and waits for the status line of the response to a new request.
    void reset(bool headRequest = false);

    // Parses `data` up to the next event. *consumed says how many bytes it used; call again
    // with the rest until it returns NeedMore (or Complete/Error), even with no bytes left: the
    // end of a body that needs no more bytes is reported that way.
    Event parse(const char *data, qsizetype size, qsizetype *consumed,
                QByteArrayView *body = nullptr);
    // The connection closed (no more bytes will come): Complete when the body runs until the
    // close (or already ended), Error when the response was cut short.
    Event finish();

    int status() const { return m_status; }
    int minorVersion() const { return m_minorVersion; } // HTTP/1.x
    const QByteArray &reasonPhrase() const { return m_reason; }
    const HeaderList &headers() const { return m_headers; }
    const HeaderList &trailers() const { return m_trailers; }
    // The first value of that field (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;
    // From Headers on: the body's framing.
    qint64 contentLength() const { return m_contentLength; } // -1: not framed by a length
    bool isChunked() const { return m_chunked; }
    bool readsUntilClose() const { return m_untilClose; }
    // Whether the connection may carry another request once this response is complete.
    bool keepAlive() const;

    bool hasStarted() const { return m_started; } // any byte of a response arrived
    bool headersDone() const { return m_state > State::Headers; }
    bool isComplete() const { return m_state == State::Done; }
    qint64 bodyBytes() const { return m_bodyBytes; } // body bytes reported so far
    bool hasError() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }

private:
    enum class State
    {
        StatusLine,
        Headers,
        LengthBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Done,
        Failed,
    };

    enum class Line
    {
        Complete,
        Incomplete, // every byte was kept for later
        TooLong,    // more than `limit` bytes with what was kept before
    };
    // The next line (without its CR LF or LF) from data. *used: the bytes of data it took.
    Line takeLine(const char *data, qsizetype size, qsizetype *used, QByteArrayView *line,
                  qsizetype limit);
    bool parseStatusLine(QByteArrayView line);
    bool addFieldLine(QByteArrayView line, HeaderList &fields);
    // The blank line after the header fields: decides the framing. False on an error.
    bool endHeaders();
    bool parseChunkSize(QByteArrayView line);
    Event fail(const QString &message);

    qsizetype m_maxHeaderBytes;
    State m_state = State::StatusLine;
    bool m_headRequest = false;
    bool m_started = false;
    QByteArray m_partialLine;  // a line whose end has not arrived yet
    QByteArray m_line;         // the last line completed from m_partialLine
    qsizetype m_headBytes = 0; // of the head (or the trailers) so far, against the cap

    int m_status = 0;
    int m_minorVersion = 1;
    QByteArray m_reason;
    HeaderList m_headers;
    HeaderList m_trailers;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_untilClose = false;
    bool m_closeToken = false;
    bool m_keepAliveToken = false;
    bool m_lengthAndChunked = false;

    qint64 m_remaining = 0; // of the body (length framing) or of the current chunk
    qint64 m_bodyBytes = 0;
    QString m_error;
};
