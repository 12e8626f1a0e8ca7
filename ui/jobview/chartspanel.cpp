// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview/chartspanel.h"

#include "store/jobstats.h"
#include "store/jobstore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

QChartView *makeView(QWidget *parent, const QString &name)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
    return view;
}

// A bar chart of `counts` under `categories`, with a count axis. The series and axes are made once
// and then only given new values: Qt Charts leaves the items of removed axes on screen for a
// while, so a chart rebuilt on every refresh shows ghost labels.
void showBars(QChart *chart, const QString &setName, const QStringList &categories,
              const QList<qint64> &counts, const QString &axisTitle)
{
    auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
    if (!series) {
        series = new QBarSeries;
        series->append(new QBarSet(setName));
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        QFont labels = x->labelsFont();
        labels.setPointSizeF(labels.pointSizeF() * 0.9); // "100–200" under a bar of nine
        x->setLabelsFont(labels);
        auto *y = new QValueAxis;
        y->setLabelFormat(u"%d"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QBarSet *set = series->barSets().constFirst();
    set->setLabel(setName);
    set->remove(0, set->count());
    qint64 most = 0;
    for (qint64 count : counts) {
        *set << double(count);
        most = std::max(most, count);
    }
    auto *x = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    if (x->titleText() != axisTitle)
        x->setTitleText(axisTitle);
    if (x->categories() != categories) {
        x->clear();
        x->append(categories);
    }
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    y->setRange(0, double(std::max<qint64>(1, most)));
    y->applyNiceNumbers();
}

} // namespace

ChartsPanel::ChartsPanel(JobStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_overTime(makeView(this, u"chartPagesOverTime"_s))
    , m_status(makeView(this, u"chartStatusCodes"_s))
    , m_durations(makeView(this, u"chartDurations"_s))
    , m_depths(makeView(this, u"chartDepths"_s))
{
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_overTime, 0, 0);
    layout->addWidget(m_status, 0, 1);
    layout->addWidget(m_durations, 1, 0);
    layout->addWidget(m_depths, 1, 1);
    retranslateUi();
}

void ChartsPanel::retranslateUi()
{
    m_overTime->chart()->setTitle(tr("Pages stored over time"));
    m_status->chart()->setTitle(tr("Pages by HTTP status"));
    m_durations->chart()->setTitle(tr("Response times"));
    m_depths->chart()->setTitle(tr("Pages by depth"));
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // axis titles and labels
    }
    QWidget::changeEvent(event);
}

void ChartsPanel::setJob(const QString &jobId)
{
    m_jobId = jobId;
    refresh();
}

void ChartsPanel::refresh()
{
    ++m_refreshes;
    showPagesOverTime();
    showStatusCodes();
    showDurations();
    showDepths();
}

void ChartsPanel::showPagesOverTime()
{
    QChart *chart = m_overTime->chart();
    const auto buckets =
        m_jobId.isEmpty() ? QList<JobStats::Bucket>() : JobStats::pagesOverTime(*m_store, m_jobId);
    QList<QPointF> points{{0, 0}};
    qint64 most = 0;
    double last = 1;
    for (const JobStats::Bucket &bucket : buckets) {
        last = double(bucket.key) / 1000.0;
        points.append({last, double(bucket.count)});
        most = std::max(most, bucket.count);
    }
    // Made once, then given new points (see showBars).
    auto *series = qobject_cast<QLineSeries *>(chart->series().value(0));
    if (!series) {
        series = new QLineSeries;
        chart->addSeries(series);
        auto *x = new QValueAxis;
        x->setLabelFormat(u"%d"_s);
        auto *y = new QValueAxis;
        y->setLabelFormat(u"%d"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    series->replace(points);
    series->setName(tr("Pages"));
    auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    if (const QString title = tr("Seconds since the first page"); x->titleText() != title)
        x->setTitleText(title);
    // Whole seconds once there are enough of them, tenths before (no "0 0 1 1 2" ticks).
    x->setLabelFormat(last >= 10 ? u"%d"_s : u"%.1f"_s);
    x->setRange(0, last);
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    y->setRange(0, double(std::max<qint64>(1, most)));
    y->applyNiceNumbers();
}

void ChartsPanel::showStatusCodes()
{
    QStringList categories;
    QList<qint64> counts;
    if (!m_jobId.isEmpty()) {
        for (const JobStats::Bucket &bucket : JobStats::statusCodes(*m_store, m_jobId)) {
            categories << (bucket.key == 0 ? tr("none") : QString::number(bucket.key));
            counts << bucket.count;
        }
    }
    showBars(m_status->chart(), tr("Pages"), categories, counts, tr("HTTP status"));
}

void ChartsPanel::showDurations()
{
    QStringList categories;
    QList<qint64> counts;
    const QLocale locale;
    const QList<qint64> bounds = JobStats::durationBounds();
    if (!m_jobId.isEmpty()) {
        for (const JobStats::Bucket &bucket : JobStats::durations(*m_store, m_jobId)) {
            // Bounds in ms ("<50", "<1k", "≥10k"; a bucket holds the durations below its key),
            // short so that every bar keeps its label whole. Chart labels are rich text: "<" is
            // written &lt; (a bare "<50" would start a tag and vanish).
            auto ms = [&locale](qint64 value) {
                return value >= 1000 && value % 1000 == 0
                           ? tr("%1k").arg(locale.toString(value / 1000))
                           : locale.toString(value);
            };
            categories << (bucket.key < 0 ? tr("≥%1").arg(ms(bounds.constLast()))
                                          : tr("&lt;%1").arg(ms(bucket.key)));
            counts << bucket.count;
        }
    }
    showBars(m_durations->chart(), tr("Pages"), categories, counts, tr("Response time (ms)"));
}

void ChartsPanel::showDepths()
{
    QStringList categories;
    QList<qint64> counts;
    if (!m_jobId.isEmpty()) {
        for (const JobStats::Bucket &bucket : JobStats::depths(*m_store, m_jobId)) {
            categories << QString::number(bucket.key);
            counts << bucket.count;
        }
    }
    showBars(m_depths->chart(), tr("Pages"), categories, counts, tr("Depth"));
}
