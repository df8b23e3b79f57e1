#include "testsupport.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <set>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList forms; // the translation, or its numerus forms
    QString type;      // empty, "unfinished", "obsolete" or "vanished"
};

struct Catalogue
{
    QList<Message> messages;
    QString error;
};

Catalogue parse(const QByteArray &xml)
{
    Catalogue result;
    QXmlStreamReader reader(xml);
    QString context;
    Message message;
    bool inMessage = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            if (reader.isEndElement() && reader.name() == QLatin1String("message")) {
                result.messages << message;
                inMessage = false;
            }
            continue;
        }
        const auto name = reader.name();
        if (name == QLatin1String("name") && !inMessage) {
            context = reader.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}};
            inMessage = true;
        } else if (name == QLatin1String("source") && inMessage) {
            message.source = reader.readElementText();
        } else if (name == QLatin1String("translation") && inMessage) {
            message.type = reader.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform> children.
            QString text;
            while (!(reader.isEndElement() && reader.name() == QLatin1String("translation")) && !reader.atEnd()) {
                reader.readNext();
                if (reader.isCharacters())
                    text += reader.text();
                else if (reader.isStartElement() && reader.name() == QLatin1String("numerusform"))
                    message.forms << reader.readElementText();
            }
            if (message.forms.isEmpty())
                message.forms << text;
        }
    }
    if (reader.hasError())
        result.error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return result;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(" / \"") + m.source + QLatin1Char('"');
}

// What lupdate would still call unfinished, plus translations that drop a %1/%n.
QStringList problems(const Catalogue &catalogue)
{
    QStringList found;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    for (const Message &m : catalogue.messages) {
        if (!m.type.isEmpty()) {
            found << QStringLiteral("%1 is %2").arg(where(m), m.type);
            continue;
        }
        std::set<QString> wanted;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted.insert(it.next().captured(0));
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                found << QStringLiteral("%1 has an empty translation").arg(where(m));
                continue;
            }
            for (const QString &p : wanted) {
                if (!form.contains(p))
                    found << QStringLiteral("%1: \"%2\" lacks %3").arg(where(m), form, p);
            }
        }
    }
    return found;
}

Catalogue chineseCatalogue()
{
    return parse(zhibiao::test::readFile(zhibiao::test::sourcePath(
        QStringLiteral("resources/translations/zhibiao_zh_CN.ts"))));
}

QByteArray tsWith(const char *messages)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                      "<TS version=\"2.1\" language=\"zh_CN\"><context><name>C</name>")
        + messages + "</context></TS>";
}

TEST(TranslationCheck, FindsEveryKindOfFault)
{
    const Catalogue bad = parse(tsWith(
        "<message><source>Open</source><translation type=\"unfinished\">打开</translation></message>"
        "<message><source>Gone</source><translation type=\"vanished\">没了</translation></message>"
        "<message><source>Old</source><translation type=\"obsolete\">旧</translation></message>"
        "<message><source>Empty</source><translation></translation></message>"
        "<message><source>%1 of %2</source><translation>%1</translation></message>"
        "<message numerus=\"yes\"><source>%n row(s)</source>"
        "<translation><numerusform>几行</numerusform></translation></message>"));
    ASSERT_TRUE(bad.error.isEmpty()) << bad.error.toStdString();
    ASSERT_EQ(bad.messages.size(), 6);
    const QStringList found = problems(bad);
    EXPECT_EQ(found.size(), 6) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.filter(QStringLiteral("lacks %2")).size() == 1);
    EXPECT_TRUE(found.filter(QStringLiteral("lacks %n")).size() == 1);
}

TEST(TranslationCheck, AcceptsAFinishedCatalogue)
{
    const Catalogue good = parse(tsWith(
        "<message><source>&amp;File</source><translation>文件(&amp;F)</translation></message>"
        "<message><source>%2 and %1</source><translation>%1和%2</translation></message>"
        "<message numerus=\"yes\"><source>%n row(s)</source>"
        "<translation><numerusform>%n 行</numerusform></translation></message>"));
    ASSERT_TRUE(good.error.isEmpty()) << good.error.toStdString();
    ASSERT_EQ(good.messages.size(), 3);
    EXPECT_EQ(good.messages.at(0).forms, QStringList{QStringLiteral("文件(&F)")});
    EXPECT_TRUE(problems(good).isEmpty()) << problems(good).join(QLatin1Char('\n')).toStdString();
}

TEST(ChineseCatalogue, IsWellFormedAndCoversTheInterface)
{
    const Catalogue catalogue = chineseCatalogue();
    ASSERT_TRUE(catalogue.error.isEmpty()) << catalogue.error.toStdString();
    // The program has hundreds of strings; a handful means the file was truncated.
    EXPECT_GT(catalogue.messages.size(), 500);
}

TEST(ChineseCatalogue, EveryMessageIsTranslatedWithItsPlaceholders)
{
    const QStringList found = problems(chineseCatalogue());
    EXPECT_TRUE(found.isEmpty()) << found.size() << " problem(s); run scripts/update-translations.sh, then "
                                                    "translate:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

TEST(ChineseCatalogue, KeepsKeyboardMnemonics)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    QStringList lost;
    for (const Message &m : chineseCatalogue().messages) {
        QString source = m.source;
        if (!source.remove(QStringLiteral("&&")).contains(mnemonic))
            continue;
        for (const QString &form : m.forms) {
            if (!form.contains(QLatin1Char('&')))
                lost << where(m);
        }
    }
    EXPECT_TRUE(lost.isEmpty()) << lost.join(QLatin1Char('\n')).toStdString();
}

TEST(ChineseCatalogue, EmbeddedCatalogueLoadsAndTranslates)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("zhibiao"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
    EXPECT_EQ(translator.translate("zhibiao::CliApp", "no command given"), QStringLiteral("未给出命令"));
    EXPECT_EQ(translator.translate("zhibiao::MainWindow", "&Quarter"), QStringLiteral("季度(&Q)"));
    EXPECT_EQ(translator.translate("zhibiao::TargetsDialog", "%n target(s) saved.", nullptr, 3),
              QStringLiteral("已保存 %n 个目标。"));
    // A string that is not in the catalogue stays untranslated.
    EXPECT_TRUE(translator.translate("zhibiao::CliApp", "no such source text").isEmpty());
}

} // namespace
