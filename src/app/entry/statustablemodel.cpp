#include "app/entry/statustablemodel.h"

#include "app/entry/statuscolours.h"
#include "core/numberformat.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace zhibiao {

namespace {

// How a child ("其中") indicator is introduced in the reports; part of the data's phrasing.
const QString &childPrefix()
{
    static const QString prefix = QStringLiteral("\u3000其中：");
    return prefix;
}

// A difference of two rates with its sign: "+7.9百分点", "-0.8百分点".
QString signedPoints(double difference)
{
    const QString magnitude = NumberFormat::number(std::abs(difference), 1);
    QString sign;
    if (magnitude != NumberFormat::number(0.0, 1))
        sign = difference > 0 ? QStringLiteral("+") : QStringLiteral("-");
    return sign + magnitude + QStringLiteral("百分点");
}

bool keptSoFar(Status status)
{
    return status == Status::Ahead || status == Status::Met;
}

QString optionalNumber(const std::optional<double> &value, const Indicator &indicator)
{
    return value ? NumberFormat::number(*value, indicator.precision) : QString();
}

} // namespace

StatusTableModel::StatusTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_darkTheme(StatusColours::isDark(QGuiApplication::palette()))
{
}

void StatusTableModel::setRows(QList<StatusRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void StatusTableModel::setDarkTheme(bool dark)
{
    if (dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

QString StatusTableModel::statusText(const Evaluation &evaluation)
{
    switch (evaluation.status) {
    case Status::Ahead:
        return tr("On track");
    case Status::Behind:
        return tr("Behind");
    case Status::SeriouslyBehind:
        return tr("Seriously behind");
    case Status::Met:
        return evaluation.reachedEarly ? tr("Met early") : tr("Met");
    case Status::Missed:
        return tr("Missed");
    case Status::NoTarget:
        return tr("No target");
    case Status::NoData:
        return tr("No data");
    }
    return {};
}

QString StatusTableModel::completionText(const StatusRow &row)
{
    const Evaluation &e = row.evaluation;
    if (!e.value || !e.target)
        return {};
    QString amount;
    if (e.differencePp)
        amount = signedPoints(*e.differencePp);
    else if (e.completion)
        amount = NumberFormat::percent(*e.completion);
    if (row.indicator.direction != Direction::Ceiling)
        return amount;
    const bool kept = keptSoFar(e.status);
    if (amount.isEmpty())
        return kept ? tr("Within limit") : tr("Exceeded");
    return (kept ? tr("Within limit, %1") : tr("Exceeded, %1")).arg(amount);
}

int StatusTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StatusTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatusRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        switch (column) {
        case TargetColumn:
        case ValueColumn:
        case CompletionColumn:
        case ExpectedColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case UnitColumn:
        case StatusColumn:
            return QVariant(Qt::AlignCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (column != StatusColumn)
            return {};
        const StatusColours colours = StatusColours::forStatus(row.evaluation.status, m_darkTheme);
        const QColor &colour = role == Qt::BackgroundRole ? colours.background : colours.foreground;
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case StatusRole:
        return static_cast<int>(row.evaluation.status);
    case CategoryRole:
        return row.indicator.category;
    case CodeRole:
        return row.indicator.code;
    default:
        return {};
    }
}

QString StatusTableModel::displayText(const StatusRow &row, int column) const
{
    const Evaluation &e = row.evaluation;
    switch (column) {
    case CodeColumn:
        return row.indicator.code;
    case CategoryColumn:
        return row.indicator.subcategory.isEmpty()
                   ? row.indicator.category
                   : row.indicator.category + QStringLiteral(" \u00b7 ") + row.indicator.subcategory;
    case NameColumn:
        return row.indicator.parentCode.isEmpty() ? row.indicator.name
                                                  : childPrefix() + row.indicator.name;
    case UnitColumn:
        return row.indicator.unit;
    case TargetColumn:
        return optionalNumber(e.target, row.indicator);
    case ValueColumn: {
        const QString value = optionalNumber(e.value, row.indicator);
        // A figure older than the chosen quarter says which quarter it is from.
        if (e.value && e.valueQuarter != e.period.quarter)
            return tr("%1 (Q%2)").arg(value).arg(e.valueQuarter);
        return value;
    }
    case CompletionColumn:
        return completionText(row);
    case ExpectedColumn:
        return e.target && row.indicator.hasAbsoluteTarget() && e.expected
                   ? NumberFormat::percent(*e.expected)
                   : QString();
    case StatusColumn:
        return statusText(e);
    case NoteColumn:
        return row.note;
    default:
        return {};
    }
}

QString StatusTableModel::toolTip(const StatusRow &row, int column) const
{
    const Evaluation &e = row.evaluation;
    const Indicator &indicator = row.indicator;
    switch (column) {
    case CategoryColumn:
    case NameColumn:
        return indicator.subcategory.isEmpty()
                   ? indicator.category
                   : indicator.category + QStringLiteral(" / ") + indicator.subcategory;
    case StatusColumn:
        if (!e.value || !e.target)
            return {};
        if (e.completion && e.expected && indicator.direction == Direction::Higher
            && (e.status == Status::Behind || e.status == Status::SeriouslyBehind))
            return tr("%1 of the annual target done, %2 expected by the end of Q%3: %4 short")
                .arg(NumberFormat::percent(*e.completion), NumberFormat::percent(*e.expected))
                .arg(e.period.quarter)
                .arg(NumberFormat::withUnit(e.shortfall.value_or(0.0), indicator));
        return tr("Figure %1, target %2").arg(NumberFormat::withUnit(*e.value, indicator),
                                              NumberFormat::withUnit(*e.target, indicator));
    case NoteColumn:
        return row.note;
    default:
        return {};
    }
}

QVariant StatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ExpectedColumn)
        return tr("Share of the annual target expected to be done by the end of the quarter");
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = section == TargetColumn || section == ValueColumn
                             || section == CompletionColumn || section == ExpectedColumn;
        return QVariant((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case CategoryColumn:
        return tr("Category");
    case NameColumn:
        return tr("Indicator");
    case UnitColumn:
        return tr("Unit");
    case TargetColumn:
        return tr("Target");
    case ValueColumn:
        return tr("Actual");
    case CompletionColumn:
        return tr("Completion");
    case ExpectedColumn:
        return tr("Expected");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace zhibiao
