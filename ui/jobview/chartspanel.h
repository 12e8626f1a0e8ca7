// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class JobStore;
class QChart;
class QChartView;

// The job's charts: pages stored over time, pages by HTTP status, a response-time histogram and
// a depth histogram. Each refresh() asks the store for four small aggregates (JobStats).
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    explicit ChartsPanel(JobStore *store, QWidget *parent = nullptr);

    void setJob(const QString &jobId);
    QString jobId() const { return m_jobId; }
    void refresh();
    int refreshCount() const { return m_refreshes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPagesOverTime();
    void showStatusCodes();
    void showDurations();
    void showDepths();

    JobStore *m_store;
    QString m_jobId;
    QChartView *m_overTime;
    QChartView *m_status;
    QChartView *m_durations;
    QChartView *m_depths;
    int m_refreshes = 0;
};
