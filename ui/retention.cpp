// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/retention.h"

#include "store/jobstore.h"

namespace Retention {

QStringList apply(JobStore &store, int days, const QDateTime &now)
{
    QStringList deleted;
    if (days <= 0)
        return deleted;
    const QDateTime cutoff = now.addDays(-days);
    const QList<JobInfo> jobs = store.jobs();
    for (const JobInfo &job : jobs) {
        // A failed local job can still be resumed, but it is finished as far as age goes.
        const bool finished = JobStates::isTerminal(job.state) || job.state == JobState::Failed;
        const QDateTime ended = job.finishedAt.isValid() ? job.finishedAt : job.updatedAt;
        if (!finished || !ended.isValid() || ended >= cutoff)
            continue;
        QString error;
        if (store.deleteJob(job.id, &error))
            deleted << job.id;
        else
            qWarning("Retention: cannot delete job %s: %s", qPrintable(job.id), qPrintable(error));
    }
    return deleted;
}

} // namespace Retention
