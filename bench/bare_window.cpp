// The floor for the start-up benchmark: a bare Qt Widgets program that shows a main window
// with a table and quits once the table has painted, with none of the program's work (no
// database, no translations, no models).
// Usage: bare_window [--chinese]   (--chinese: Chinese headers and cells, CJK font)
#include <QApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QTableWidget>
#include <QTimer>

namespace {

// Quits on the event loop's next turn after the first paint of the watched widget.
class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool chinese = QCoreApplication::arguments().contains(QStringLiteral("--chinese"));
    if (chinese)
        QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    QMainWindow window;
    auto *table = new QTableWidget(30, 8, &window);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            table->setItem(row, column, new QTableWidgetItem(chinese ? QStringLiteral("城镇新增就业 %1").arg(row)
                                                                     : QStringLiteral("cell %1").arg(row)));
    }
    window.setCentralWidget(table);
    window.resize(1000, 700);
    QuitAfterPaint quitter;
    table->viewport()->installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
