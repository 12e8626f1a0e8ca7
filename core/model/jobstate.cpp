// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jobstate.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array jobStateWords{
    std::pair{JobState::Queued, u"queued"},   std::pair{JobState::Running, u"running"},
    std::pair{JobState::Paused, u"paused"},   std::pair{JobState::Completed, u"completed"},
    std::pair{JobState::Failed, u"failed"},   std::pair{JobState::Cancelled, u"cancelled"},
    std::pair{JobState::Expired, u"expired"},
};

constexpr std::array pageStateWords{
    std::pair{PageState::Queued, u"queued"},       std::pair{PageState::Fetching, u"fetching"},
    std::pair{PageState::Completed, u"completed"}, std::pair{PageState::Failed, u"failed"},
    std::pair{PageState::Skipped, u"skipped"},     std::pair{PageState::Cancelled, u"cancelled"},
};

template<typename Enum, std::size_t N>
QString wordOf(const std::array<std::pair<Enum, const char16_t *>, N> &words, Enum value)
{
    for (const auto &[e, word] : words) {
        if (e == value)
            return QString::fromUtf16(word);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &words,
                            QStringView word)
{
    for (const auto &[e, w] : words) {
        if (word == QStringView(w))
            return e;
    }
    return std::nullopt;
}

} // namespace

namespace JobStates {

QString toString(JobState state)
{
    return wordOf(jobStateWords, state);
}

std::optional<JobState> fromString(QStringView word)
{
    return valueOf(jobStateWords, word);
}

QString displayName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QCoreApplication::translate("JobState", "Queued");
    case JobState::Running:
        return QCoreApplication::translate("JobState", "Running");
    case JobState::Paused:
        return QCoreApplication::translate("JobState", "Paused");
    case JobState::Completed:
        return QCoreApplication::translate("JobState", "Completed");
    case JobState::Failed:
        return QCoreApplication::translate("JobState", "Failed");
    case JobState::Cancelled:
        return QCoreApplication::translate("JobState", "Cancelled");
    case JobState::Expired:
        return QCoreApplication::translate("JobState", "Expired");
    }
    return {};
}

bool isTerminal(JobState state)
{
    switch (state) {
    case JobState::Completed:
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Expired:
        return true;
    case JobState::Queued:
    case JobState::Running:
    case JobState::Paused:
        return false;
    }
    return false;
}

bool canTransition(JobState from, JobState to)
{
    switch (from) {
    case JobState::Queued:
        return to == JobState::Running || to == JobState::Cancelled || to == JobState::Failed;
    case JobState::Running:
        return to == JobState::Paused || to == JobState::Completed || to == JobState::Failed
               || to == JobState::Cancelled || to == JobState::Expired;
    case JobState::Paused:
        return to == JobState::Running || to == JobState::Cancelled || to == JobState::Failed;
    case JobState::Failed:
        // A failed local job can be resumed: its frontier is still in the store.
        return to == JobState::Running;
    case JobState::Completed:
        // Only a remote service forgets a job; the results stay in the store.
        return to == JobState::Expired;
    case JobState::Cancelled:
    case JobState::Expired:
        return false;
    }
    return false;
}

} // namespace JobStates

namespace PageStates {

QString toString(PageState state)
{
    return wordOf(pageStateWords, state);
}

std::optional<PageState> fromString(QStringView word)
{
    return valueOf(pageStateWords, word);
}

} // namespace PageStates
