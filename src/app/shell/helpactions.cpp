#include "app/shell/helpactions.h"

#include "ui_helpdialog.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QUrl>

namespace zhibiao {

namespace {

void showPage(QMainWindow *window, const QString &title, const QString &objectName,
              const std::function<void(QTextBrowser *)> &fill)
{
    auto *dialog = new QDialog(window);
    Ui::HelpDialog ui;
    ui.setupUi(dialog);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(ui.buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    fill(ui.browser);
    dialog->show(); // beside the window, not blocking it: the guide is read while working
}

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

} // namespace

void HelpActions::install(QMainWindow *window, QMenuBar *menuBar)
{
    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("User &Guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QObject::connect(guide, &QAction::triggered, window, [window] { showGuide(window); });
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    QObject::connect(keys, &QAction::triggered, window, [window] { showShortcuts(window); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Zhibiao"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        QMessageBox::about(window, tr("About Zhibiao"),
                           tr("<h3>Zhibiao (指标) %1</h3><p>Annual targets of a bureau: quarterly figures, "
                              "completion against the year's schedule, and the year-end report.</p>"
                              "<p>Built with Qt %2 and SQLite.</p>")
                               .arg(QStringLiteral(ZHIBIAO_VERSION), QString::fromLatin1(qVersion())));
    });
}

QString HelpActions::guideResource()
{
    // The catalogue in use says which language the interface speaks.
    const bool chinese = tr("User &Guide") != QLatin1String("User &Guide");
    return chinese ? QStringLiteral(":/docs/guide-zh.md") : QStringLiteral(":/docs/guide-en.md");
}

QString HelpActions::shortcutsHtml(const QMainWindow *window)
{
    QString rows;
    const auto row = [&rows](const QString &what, const QString &keys) {
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
    };
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        row(withoutMnemonic(action->text()), action->shortcut().toString(QKeySequence::NativeText));
    }
    row(tr("Save the cell and go down"), tr("Enter"));
    row(tr("Save the cell and go right"), tr("Tab"));
    row(tr("Leave the cell as it was"), tr("Esc"));
    row(tr("Open a menu or a field by its underlined letter"), tr("Alt+letter"));
    return QStringLiteral("<h3>%1</h3><table cellpadding=\"4\">%2</table>").arg(tr("Keyboard Shortcuts"), rows);
}

void HelpActions::showGuide(QMainWindow *window)
{
    showPage(window, tr("User Guide"), QStringLiteral("guideDialog"), [](QTextBrowser *browser) {
        QFile file(guideResource());
        if (!file.open(QIODevice::ReadOnly)) {
            browser->setPlainText(tr("The user guide is missing from this installation (%1).").arg(file.fileName()));
            return;
        }
        // Relative picture paths (screenshots/…) resolve inside the shipped docs.
        browser->setSearchPaths({QStringLiteral(":/docs")});
        browser->document()->setBaseUrl(QUrl(QStringLiteral("qrc:/docs/")));
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    });
}

void HelpActions::showShortcuts(QMainWindow *window)
{
    showPage(window, tr("Keyboard Shortcuts"), QStringLiteral("shortcutsDialog"),
             [window](QTextBrowser *browser) { browser->setHtml(shortcutsHtml(window)); });
}

} // namespace zhibiao
