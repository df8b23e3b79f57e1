#include "app/entry/entrygridmodel.h"

#include "app/entry/entrycelllook.h"
#include "app/entry/statuscolours.h"
#include "app/entry/statustablemodel.h"
#include "core/numberformat.h"
#include "core/numberinput.h"
#include "core/statustable.h"
#include "dashboard/dashboardsettings.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace zhibiao {

namespace {

// How a "其中" indicator is introduced in the reports; part of the data's phrasing.
QString childPrefix(int depth)
{
    return QString(depth, QChar(0x3000)) + QStringLiteral("其中：");
}

QIcon warningIcon()
{
    static const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return icon;
}

} // namespace

EntryGridModel::EntryGridModel(QObject *parent)
    : QAbstractTableModel(parent), m_darkTheme(StatusColours::isDark(QGuiApplication::palette()))
{
}

void EntryGridModel::setData(EntryGridData data)
{
    beginResetModel();
    m_data = std::move(data);
    m_evaluations.clear();
    m_warnings.clear();
    for (int row = 0; row < m_data.rows.size(); ++row) {
        m_evaluations << Evaluation{};
        m_warnings << QList<PlausibilityWarning>{};
        evaluateRow(row);
    }
    endResetModel();
}

void EntryGridModel::setDarkTheme(bool dark)
{
    if (dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EntryGridModel::evaluateRow(int row)
{
    const EntryGridRow &r = m_data.rows.at(row);
    if (r.isGroup())
        return;
    const Evaluation evaluation = evaluate(r.indicator, r.target, r.shownValues(),
                                           Period{m_data.year, m_data.quarter}, DashboardSettings::thresholds());
    m_evaluations[row] = evaluation;
    m_warnings[row] = checkPlausibility(r.indicator, r.shownValues(), r.lastYear, evaluation, r.notes);
    if (r.countySum)
        m_warnings[row] << checkAgainstCountySum(r.indicator, r.values, r.countySum->values);
}

void EntryGridModel::applyFigure(const QString &code, int quarter, std::optional<double> value,
                                 const QString &note, int version)
{
    const int row = rowOf(code);
    if (row < 0 || quarter < 1 || quarter > 4)
        return;
    EntryGridRow &r = m_data.rows[row];
    r.values[static_cast<size_t>(quarter - 1)] = value;
    r.notes[static_cast<size_t>(quarter - 1)] = note;
    r.versions[static_cast<size_t>(quarter - 1)] = version;
    evaluateRow(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EntryGridModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_data.rows.size(); ++row) {
        if (!m_data.rows.at(row).isGroup() && m_data.rows.at(row).indicator.code == code)
            return row;
    }
    return -1;
}

int EntryGridModel::quarterOfColumn(int column)
{
    return column >= Q1Column && column <= Q4Column ? column - Q1Column + 1 : 0;
}

bool EntryGridModel::isQuarterLocked(int quarter) const
{
    if (quarter < 1 || quarter > 4)
        return false;
    return !QuarterWorkflow::figuresEditable(m_data.quarterStates[static_cast<size_t>(quarter - 1)],
                                             m_data.role);
}

QList<std::pair<int, PlausibilityWarning>> EntryGridModel::warnings() const
{
    QList<std::pair<int, PlausibilityWarning>> all;
    for (int row = 0; row < m_warnings.size(); ++row) {
        for (const PlausibilityWarning &warning : m_warnings.at(row))
            all << std::pair{row, warning};
    }
    return all;
}

QString EntryGridModel::cellName(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const EntryGridRow &r = m_data.rows.at(index.row());
    // The header's first line only: "Q3", not "Q3\n(locked)", which would break a dock's title.
    const QString column = headerData(index.column(), Qt::Horizontal).toString().section(QLatin1Char('\n'), 0, 0);
    return tr("%1, %2").arg(r.isGroup() ? r.title : r.indicator.name, column);
}

int EntryGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.rows.size());
}

int EntryGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<CellEdit> EntryGridModel::editFor(const QModelIndex &index, const QString &text,
                                        QString *error) const
{
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = tr("%1: %2").arg(cellName(index), why);
        return QList<CellEdit>{};
    };
    if (!index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return refuse(tr("this cell cannot be changed."));
    const EntryGridRow &r = m_data.rows.at(index.row());
    const int quarter = index.column() == NoteColumn ? m_data.quarter : quarterOfColumn(index.column());
    const auto slot = static_cast<size_t>(quarter - 1);
    CellEdit edit{r.indicator.code, quarter, r.values[slot], 0.0, r.notes[slot], r.notes[slot],
                  r.versions[slot], 0};
    if (index.column() == NoteColumn) {
        if (!r.values[slot])
            return refuse(tr("enter the figure first, then its note."));
        edit.newValue = *r.values[slot];
        edit.newNote = text.trimmed();
    } else {
        const NumberInput input = parseNumberInput(text, r.indicator.precision);
        if (!input.ok())
            return refuse(tr("“%1”: %2").arg(text, numberInputMessage(input.error, r.indicator.precision)));
        edit.newValue = *input.value;
    }
    return {edit};
}

bool EntryGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editHandler)
        return false;
    const QList<CellEdit> edits = editFor(index, value.toString(), nullptr);
    if (edits.isEmpty())
        return false;
    const CellEdit &edit = edits.constFirst();
    if (edit.oldValue == edit.newValue && edit.oldNote == edit.newNote)
        return true;
    return m_editHandler(edits);
}

Qt::ItemFlags EntryGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const EntryGridRow &r = m_data.rows.at(index.row());
    if (r.isGroup())
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int quarter = index.column() == NoteColumn ? m_data.quarter : quarterOfColumn(index.column());
    if (quarter > 0 && !r.countySum && !isQuarterLocked(quarter))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QStringList EntryGridModel::cellWarnings(int row, int column) const
{
    QStringList messages;
    const int quarter = quarterOfColumn(column);
    for (const PlausibilityWarning &warning : m_warnings.value(row)) {
        const bool noteCell = warning.rule == PlausibilityRule::RedWithoutNote;
        if ((noteCell && column == NoteColumn) || (!noteCell && warning.quarter == quarter)
            || column == NameColumn)
            messages << warning.message;
    }
    return messages;
}

QString EntryGridModel::displayText(int row, int column) const
{
    const EntryGridRow &r = m_data.rows.at(row);
    if (r.isGroup())
        return column == NameColumn ? r.title : QString();
    const Indicator &indicator = r.indicator;
    const Evaluation &evaluation = m_evaluations.at(row);
    const auto number = [&](const std::optional<double> &value) {
        return value ? NumberFormat::number(*value, indicator.precision) : QString();
    };
    switch (column) {
    case NameColumn: {
        QString name = r.depth > 0 ? childPrefix(r.depth) + indicator.name : indicator.name;
        if (r.countySum)
            name += QStringLiteral("  ") + tr("Σ %n counties", nullptr, r.countySum->counties);
        return name;
    }
    case UnitColumn:
        return indicator.unit;
    case TargetColumn:
        return number(r.target);
    case Q1Column:
    case Q2Column:
    case Q3Column:
    case Q4Column:
        return number(r.shownValues()[static_cast<size_t>(quarterOfColumn(column) - 1)]);
    case YearColumn:
        return number(evaluation.value);
    case CompletionColumn:
        return StatusTableModel::completionText(StatusRow{indicator, evaluation, {}});
    case StatusColumn:
        return StatusTableModel::statusText(evaluation);
    case NoteColumn:
        return r.notes[static_cast<size_t>(m_data.quarter - 1)];
    }
    return {};
}

QString EntryGridModel::readOnlyReason(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EntryGridRow &r = m_data.rows.at(index.row());
    const int quarter = quarterOfColumn(index.column());
    if (r.isGroup() || quarter == 0 || (flags(index) & Qt::ItemIsEditable))
        return {};
    if (r.countySum)
        return tr("%1 of %2 is the sum of its %n counties' figures, computed: enter the figures in each "
                  "county (choose it under Org unit).", nullptr, r.countySum->counties)
            .arg(r.indicator.name, m_data.orgUnitName.isEmpty() ? m_data.orgUnitCode : m_data.orgUnitName);
    return tr("Q%1 is %2 and locked: nothing typed is saved. A leader can change it, or return the "
              "quarter (Quarter > Return Quarter…) to open it again.")
        .arg(quarter)
        .arg(displayName(m_data.quarterStates[static_cast<size_t>(quarter - 1)]));
}

QString EntryGridModel::toolTip(int row, int column) const
{
    const EntryGridRow &r = m_data.rows.at(row);
    if (r.isGroup())
        return {};
    QStringList lines = cellWarnings(row, column);
    const int quarter = column == NoteColumn ? m_data.quarter : quarterOfColumn(column);
    if (r.countySum && (quarter > 0 || column == NameColumn)) {
        const int reporting = quarter > 0 ? r.countySum->reporting[static_cast<size_t>(quarter - 1)]
                                          : r.countySum->counties;
        if (reporting == r.countySum->counties)
            lines << tr("The sum of the %n counties' figures, computed, so read-only: change the counties' "
                        "figures instead.", nullptr, reporting);
        else
            lines << tr("The sum of %1 of %2 counties' figures, computed, so read-only: "
                        "change the counties' figures instead.")
                         .arg(reporting)
                         .arg(r.countySum->counties);
    }
    if (quarter > 0 && isQuarterLocked(quarter))
        lines << tr("Q%1 is %2 and locked: only a leader can change it.")
                     .arg(quarter)
                     .arg(displayName(m_data.quarterStates[static_cast<size_t>(quarter - 1)]));
    if (column == StatusColumn || column == CompletionColumn)
        lines << StatusTableModel::statusText(m_evaluations.at(row));
    // A long name or note may be wider than its column: the whole text is always on hover.
    if (column == NoteColumn || column == NameColumn || column == StatusColumn) {
        const QString whole = displayText(row, column);
        if (!whole.isEmpty() && !lines.contains(whole))
            lines.prepend(whole);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant EntryGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    const EntryGridRow &r = m_data.rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole: {
        const int quarter = quarterOfColumn(column);
        if (quarter > 0 && !r.isGroup()) {
            const std::optional<double> value = r.values[static_cast<size_t>(quarter - 1)];
            return value ? NumberFormat::number(*value, r.indicator.precision) : QString();
        }
        return displayText(row, column);
    }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        if (!cellWarnings(row, column).isEmpty() && column != NameColumn)
            return warningIcon();
        return {};
    case Qt::TextAlignmentRole:
    case Qt::FontRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        const int quarter = quarterOfColumn(column);
        const EntryCellLook look{r,
                                 quarter,
                                 quarter > 0 && isQuarterLocked(quarter),
                                 column == StatusColumn,
                                 column == TargetColumn || column == YearColumn || column == CompletionColumn
                                     || quarter > 0,
                                 m_evaluations.at(row).status,
                                 m_darkTheme};
        return look.value(role);
    }
    case CodeRole:
        return r.isGroup() ? QString() : r.indicator.code;
    case GroupRole:
        return r.isGroup();
    case QuarterRole:
        return column == NoteColumn ? m_data.quarter : quarterOfColumn(column);
    case PrecisionRole:
        return r.indicator.precision;
    case UnitRole:
        return r.indicator.unit;
    case WarningsRole:
        return cellWarnings(row, column);
    case StatusRole:
        return static_cast<int>(m_evaluations.at(row).status);
    }
    return {};
}

QVariant EntryGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int quarter = quarterOfColumn(section);
    if (quarter > 0)
        // On two lines, so that four quarter columns and the name fit a 1280 px screen.
        return isQuarterLocked(quarter) ? tr("Q%1\n(locked)").arg(quarter) : tr("Q%1").arg(quarter);
    switch (section) {
    case NameColumn:
        return tr("Indicator");
    case UnitColumn:
        return tr("Unit");
    case TargetColumn:
        return tr("Target");
    case YearColumn:
        return tr("Year figure");
    case CompletionColumn:
        return tr("Completion");
    case StatusColumn:
        return tr("Status Q%1").arg(m_data.quarter);
    case NoteColumn:
        return tr("Note Q%1").arg(m_data.quarter);
    }
    return {};
}

} // namespace zhibiao
