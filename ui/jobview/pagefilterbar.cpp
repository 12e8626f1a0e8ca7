// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview/pagefilterbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int searchDelayMs = 250;
}

PageFilterBar::PageFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_state(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_contentType(new QComboBox(this))
    , m_minDepth(new QSpinBox(this))
    , m_maxDepth(new QSpinBox(this))
    , m_search(new QLineEdit(this))
    , m_depthLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_clear(new QToolButton(this))
    , m_searchDelay(new QTimer(this))
{
    // Texts are set by retranslateUi().
    m_state->setObjectName(u"stateFilter"_s);
    const auto states = [](std::initializer_list<PageState> list) {
        QStringList words;
        for (PageState state : list)
            words << PageStates::toString(state);
        return words;
    };
    m_state->addItem(QString(), QStringList());
    m_state->addItem(QString(), states({PageState::Completed}));
    m_state->addItem(QString(), states({PageState::Failed}));
    m_state->addItem(QString(), states({PageState::Skipped}));
    m_state->addItem(QString(), states({PageState::Failed, PageState::Skipped}));

    m_status->setObjectName(u"statusFilter"_s);
    m_status->setEditable(true);
    m_status->setInsertPolicy(QComboBox::NoInsert);
    m_status->addItem(QString(), QString());
    for (const QString &item : {u"2xx"_s, u"3xx"_s, u"4xx"_s, u"5xx"_s, u"0"_s})
        m_status->addItem(item, item);
    m_status->setMinimumContentsLength(8);

    m_contentType->setObjectName(u"contentTypeFilter"_s);
    m_contentType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contentType->addItem(QString(), QString());

    for (QSpinBox *depth : {m_minDepth, m_maxDepth}) {
        depth->setRange(-1, 999);
        depth->setValue(-1);
    }
    m_minDepth->setObjectName(u"minDepthFilter"_s);
    m_maxDepth->setObjectName(u"maxDepthFilter"_s);

    m_search->setObjectName(u"searchFilter"_s);
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);

    m_clear->setObjectName(u"clearFilters"_s);
    m_depthLabel->setBuddy(m_minDepth);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_state);
    layout->addWidget(m_status);
    layout->addWidget(m_contentType);
    layout->addWidget(m_depthLabel);
    layout->addWidget(m_minDepth);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_maxDepth);
    layout->addWidget(m_clear);
    retranslateUi();

    connect(m_state, &QComboBox::currentIndexChanged, this, &PageFilterBar::filterChanged);
    connect(m_contentType, &QComboBox::currentIndexChanged, this, &PageFilterBar::filterChanged);
    connect(m_status, &QComboBox::currentTextChanged, this, &PageFilterBar::statusEdited);
    connect(m_minDepth, &QSpinBox::valueChanged, this, &PageFilterBar::filterChanged);
    connect(m_maxDepth, &QSpinBox::valueChanged, this, &PageFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PageFilterBar::filterChanged);
    connect(m_clear, &QToolButton::clicked, this, &PageFilterBar::clear);
}

void PageFilterBar::retranslateUi()
{
    const QSignalBlocker stateBlocker(m_state);
    const QSignalBlocker statusBlocker(m_status);
    const QSignalBlocker typeBlocker(m_contentType);
    m_state->setToolTip(tr("Show pages in this state only"));
    m_state->setItemText(0, tr("All states"));
    m_state->setItemText(1, tr("Completed"));
    m_state->setItemText(2, tr("Failed"));
    m_state->setItemText(3, tr("Skipped"));
    m_state->setItemText(4, tr("Failed or skipped"));
    const bool anyStatus = m_minStatus < 0 && m_maxStatus < 0;
    m_status->setItemText(0, tr("Any status"));
    if (anyStatus)
        m_status->setEditText(m_status->itemText(0));
    m_status->setToolTip(tr("An HTTP status (404) or a class of them (4xx); 0: no response"));
    m_contentType->setItemText(0, tr("Any type"));
    m_contentType->setToolTip(tr("Show pages of this content type only"));
    for (QSpinBox *depth : {m_minDepth, m_maxDepth})
        depth->setSpecialValueText(tr("any"));
    m_minDepth->setToolTip(tr("Smallest depth shown (link hops from the start page)"));
    m_maxDepth->setToolTip(tr("Largest depth shown"));
    m_search->setPlaceholderText(tr("Search URL or title"));
    m_depthLabel->setText(tr("Depth"));
    m_toLabel->setText(tr("to"));
    m_clear->setText(tr("Clear filters"));
}

void PageFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PageFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool PageFilterBar::parseStatus(const QString &text, int *min, int *max)
{
    static const QRegularExpression code(u"^\\s*(\\d{1,3})\\s*$"_s);
    static const QRegularExpression statusClass(u"^\\s*([1-5])[xX]{2}\\s*$"_s);
    if (text.trimmed().isEmpty()) {
        *min = *max = -1;
        return true;
    }
    if (const auto match = code.match(text); match.hasMatch()) {
        *min = *max = match.captured(1).toInt();
        return true;
    }
    if (const auto match = statusClass.match(text); match.hasMatch()) {
        *min = match.captured(1).toInt() * 100;
        *max = *min + 99;
        return true;
    }
    return false;
}

void PageFilterBar::statusEdited()
{
    // The first item's text is "Any status": it stands for no filter.
    const QString text =
        m_status->currentIndex() == 0 && m_status->currentText() == m_status->itemText(0)
            ? QString()
            : m_status->currentText();
    int min = -1;
    int max = -1;
    if (!parseStatus(text, &min, &max)) {
        m_status->setToolTip(tr("Not a status: type a code (404) or a class (4xx)."));
        return;
    }
    m_status->setToolTip(tr("An HTTP status (404) or a class of them (4xx); 0: no response"));
    if (min == m_minStatus && max == m_maxStatus)
        return;
    m_minStatus = min;
    m_maxStatus = max;
    Q_EMIT filterChanged();
}

PageQuery PageFilterBar::filter() const
{
    PageQuery query;
    for (const QString &word : m_state->currentData().toStringList()) {
        if (const auto state = PageStates::fromString(word))
            query.states << *state;
    }
    query.minStatus = m_minStatus;
    query.maxStatus = m_maxStatus;
    query.contentType = m_contentType->currentData().toString();
    query.minDepth = m_minDepth->value();
    query.maxDepth = m_maxDepth->value();
    query.search = m_search->text().trimmed();
    return query;
}

void PageFilterBar::setContentTypes(const QStringList &types)
{
    const QString current = m_contentType->currentData().toString();
    QStringList offered;
    for (int i = 1; i < m_contentType->count(); ++i)
        offered << m_contentType->itemData(i).toString();
    if (offered == types)
        return;
    const QSignalBlocker blocker(m_contentType);
    while (m_contentType->count() > 1)
        m_contentType->removeItem(1);
    for (const QString &type : types)
        m_contentType->addItem(type, type);
    const int index = m_contentType->findData(current);
    m_contentType->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        Q_EMIT filterChanged();
}

void PageFilterBar::clear()
{
    {
        const QSignalBlocker a(m_state), b(m_status), c(m_contentType), d(m_minDepth),
            e(m_maxDepth), f(m_search);
        m_state->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_status->setEditText(m_status->itemText(0));
        m_contentType->setCurrentIndex(0);
        m_minDepth->setValue(-1);
        m_maxDepth->setValue(-1);
        m_search->clear();
        m_minStatus = m_maxStatus = -1;
    }
    m_searchDelay->stop();
    Q_EMIT filterChanged();
}
