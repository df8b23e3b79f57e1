#include "sqlscanner.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace zhibiao::test {

namespace {

struct Token
{
    enum Kind { Literal, Word, Number, Punct };
    Kind kind;
    QString text;
    int line;
};

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Just enough of C++ to tell string literals, words and operators apart, without comments
// and preprocessor lines. Adjacent literals are joined, as the compiler joins them.
QList<Token> tokenize(const QString &s)
{
    static const QStringList twoCharPunct{QStringLiteral("::"), QStringLiteral("+="), QStringLiteral("++"),
                                          QStringLiteral("->"), QStringLiteral("<<"), QStringLiteral("%="),
                                          QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("&&"),
                                          QStringLiteral("||")};
    QList<Token> tokens;
    int line = 1;
    bool lineStart = true;
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto addLiteral = [&](const QString &text, int at) {
        if (!tokens.isEmpty() && tokens.last().kind == Token::Literal)
            tokens.last().text += text;
        else
            tokens << Token{Token::Literal, text, at};
    };
    while (i < n) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            lineStart = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#') && lineStart) {
            while (i < n && (s.at(i) != QLatin1Char('\n') || s.at(i - 1) == QLatin1Char('\\'))) {
                if (s.at(i) == QLatin1Char('\n'))
                    ++line;
                ++i;
            }
            continue;
        }
        lineStart = false;
        if (s.mid(i, 2) == QLatin1String("//")) {
            while (i < n && s.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (s.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = s.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += static_cast<int>(s.mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int at = line;
            QString text;
            ++i;
            while (i < n && s.at(i) != c) {
                if (s.at(i) == QLatin1Char('\\') && i + 1 < n) {
                    text += s.at(i + 1);
                    i += 2;
                    continue;
                }
                if (s.at(i) == QLatin1Char('\n'))
                    ++line;
                text += s.at(i++);
            }
            ++i;
            if (c == QLatin1Char('"'))
                addLiteral(text, at);
            else
                tokens << Token{Token::Number, text, at};
            continue;
        }
        if (isWordStart(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(s.at(j)))
                ++j;
            const QString word = s.mid(i, j - i);
            // Raw string literal: R"delimiter( ... )delimiter"
            if (j < n && s.at(j) == QLatin1Char('"') && word.endsWith(QLatin1Char('R'))) {
                const qsizetype open = s.indexOf(QLatin1Char('('), j);
                const QString close = QLatin1Char(')') + s.mid(j + 1, open - j - 1) + QLatin1Char('"');
                const qsizetype end = s.indexOf(close, open);
                const qsizetype stop = end < 0 ? n : end + close.size();
                const QString text = s.mid(open + 1, (end < 0 ? n : end) - open - 1);
                addLiteral(text, line);
                line += static_cast<int>(text.count(QLatin1Char('\n')));
                i = stop;
                continue;
            }
            // Encoding prefixes (u8"", u"", L"") belong to the literal that follows.
            if (j < n && s.at(j) == QLatin1Char('"')
                && (word == QLatin1String("u8") || word == QLatin1String("u") || word == QLatin1String("U")
                    || word == QLatin1String("L"))) {
                i = j;
                continue;
            }
            tokens << Token{Token::Word, word, line};
            i = j;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && (isWordChar(s.at(j)) || s.at(j) == QLatin1Char('.')))
                ++j;
            tokens << Token{Token::Number, s.mid(i, j - i), line};
            i = j;
            continue;
        }
        const QString two = s.mid(i, 2);
        if (twoCharPunct.contains(two)) {
            tokens << Token{Token::Punct, two, line};
            i += 2;
            continue;
        }
        tokens << Token{Token::Punct, QString(c), line};
        ++i;
    }
    return tokens;
}

bool isPunct(const QList<Token> &t, qsizetype i, const char *text)
{
    return i >= 0 && i < t.size() && t.at(i).kind == Token::Punct && t.at(i).text == QLatin1String(text);
}

bool isWord(const QList<Token> &t, qsizetype i, const char *text)
{
    return i >= 0 && i < t.size() && t.at(i).kind == Token::Word && t.at(i).text == QLatin1String(text);
}

// A named constant by the project's style: kName.
bool isConstantName(const QString &word)
{
    return word.size() > 1 && word.at(0) == QLatin1Char('k') && word.at(1).isUpper();
}

bool isLiteralWrapper(const QString &word)
{
    return word == QLatin1String("QStringLiteral") || word == QLatin1String("QLatin1String")
           || word == QLatin1String("QLatin1StringView") || word == QLatin1String("QString");
}

// The index of the parenthesis that closes the one at open, or -1.
qsizetype closing(const QList<Token> &t, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < t.size(); ++i) {
        if (isPunct(t, i, "("))
            ++depth;
        else if (isPunct(t, i, ")") && --depth == 0)
            return i;
    }
    return -1;
}

// Whether the operand that starts at i (going right) is constant text.
bool constantOnTheRight(const QList<Token> &t, qsizetype i)
{
    if (i >= t.size())
        return false;
    const Token &token = t.at(i);
    if (token.kind == Token::Literal || token.kind == Token::Number)
        return true;
    if (token.kind != Token::Word)
        return false;
    if (isLiteralWrapper(token.text))
        return isPunct(t, i + 1, "(") && i + 2 < t.size() && t.at(i + 2).kind == Token::Literal
               && isPunct(t, i + 3, ")");
    if (token.text == QLatin1String("SqliteDialect"))
        return isPunct(t, i + 1, "::") && isPunct(t, i + 3, "(") && isPunct(t, i + 4, ")");
    return isConstantName(token.text) && !isPunct(t, i + 1, "(") && !isPunct(t, i + 1, ".")
           && !isPunct(t, i + 1, "[") && !isPunct(t, i + 1, "->");
}

// Whether the operand that ends at i (going left) is constant text.
bool constantOnTheLeft(const QList<Token> &t, qsizetype i)
{
    if (i < 0)
        return false;
    const Token &token = t.at(i);
    if (token.kind == Token::Literal || token.kind == Token::Number)
        return true;
    if (token.kind == Token::Word)
        return isConstantName(token.text) && !isPunct(t, i - 1, ".") && !isPunct(t, i - 1, "->");
    if (!isPunct(t, i, ")"))
        return false;
    int depth = 0;
    qsizetype open = i;
    for (; open >= 0; --open) {
        if (isPunct(t, open, ")"))
            ++depth;
        else if (isPunct(t, open, "(") && --depth == 0)
            break;
    }
    if (open <= 0 || t.at(open - 1).kind != Token::Word)
        return false;
    const QString &callee = t.at(open - 1).text;
    if (isLiteralWrapper(callee))
        return i - open == 2 && t.at(open + 1).kind == Token::Literal;
    return i - open == 1 && isPunct(t, open - 2, "::") && isWord(t, open - 3, "SqliteDialect");
}

} // namespace

QString SqlScanner::Finding::toString() const
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(reason, text);
}

QList<SqlScanner::Finding> SqlScanner::scanText(const QString &file, const QString &source) const
{
    static const QRegularExpression sql(QStringLiteral(
        "\\b(SELECT|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|REPLACE\\s+INTO|PRAGMA|VACUUM|ATTACH|"
        "CREATE\\s+(TABLE|INDEX|TRIGGER|VIEW)|DROP\\s+(TABLE|INDEX|TRIGGER|VIEW)|ALTER\\s+TABLE)\\b"));
    const QList<Token> all = tokenize(source);
    QList<Finding> findings;
    qsizetype begin = 0;
    for (qsizetype end = 0; end <= all.size(); ++end) {
        if (end < all.size() && !isPunct(all, end, ";") && !isPunct(all, end, "{") && !isPunct(all, end, "}"))
            continue;
        const QList<Token> t = all.mid(begin, end - begin);
        begin = end + 1;
        bool relevant = false;
        QStringList words;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const Token &token = t.at(i);
            words << (token.kind == Token::Literal ? QLatin1Char('"') + token.text + QLatin1Char('"') : token.text);
            if (token.kind == Token::Literal && sql.match(token.text).hasMatch())
                relevant = true;
            if (token.kind == Token::Word
                && (token.text == QLatin1String("Statement") || token.text == QLatin1String("QSqlQuery")))
                relevant = true;
            if ((isWord(t, i, "prepare") || isWord(t, i, "exec")) && isPunct(t, i - 1, ".")
                && isPunct(t, i + 1, "(") && !isPunct(t, i + 2, ")"))
                relevant = true;
        }
        if (!relevant)
            continue;
        const QString text = words.join(QLatin1Char(' ')).simplified();
        const bool allowed = std::any_of(m_allowed.cbegin(), m_allowed.cend(), [&](const Allowed &a) {
            return file.endsWith(a.fileSuffix) && text.contains(a.snippet);
        });
        if (allowed)
            continue;
        // One finding per statement: its first offending token.
        bool found = false;
        auto report = [&](qsizetype i, const char *reason) {
            findings << Finding{file, t.at(i).line, QString::fromLatin1(reason), text};
            found = true;
        };
        // Values handed to bind() are data by design: whatever builds them is fine.
        QList<bool> bound(t.size(), false);
        for (qsizetype i = 0; i + 2 < t.size(); ++i) {
            if (isPunct(t, i, ".") && isWord(t, i + 1, "bind") && isPunct(t, i + 2, "(")) {
                const qsizetype close = closing(t, i + 2);
                for (qsizetype j = i; j <= (close < 0 ? t.size() - 1 : close); ++j)
                    bound[j] = true;
            }
        }
        for (qsizetype i = 0; i < t.size() && !found; ++i) {
            if (bound.at(i))
                continue;
            if (isPunct(t, i, ".") && isWord(t, i + 1, "arg") && isPunct(t, i + 2, "(")) {
                const qsizetype close = closing(t, i + 2);
                const bool constant = close == i + 4 && t.at(i + 3).kind == Token::Word
                                      && isConstantName(t.at(i + 3).text);
                // .arg() on a message (the nearest literal before it is no SQL) is no SQL.
                qsizetype literal = i - 1;
                while (literal >= 0 && t.at(literal).kind != Token::Literal)
                    --literal;
                const bool onSql = literal >= 0 && sql.match(t.at(literal).text).hasMatch();
                if (!constant && onSql)
                    report(i + 1, ".arg() puts data into SQL text");
            } else if (isWord(t, i, "QString") && isPunct(t, i + 1, "::") && isWord(t, i + 2, "number")) {
                report(i, "QString::number puts data into SQL text");
            } else if (isPunct(t, i, "+=") || isPunct(t, i, "%=")) {
                report(i, "SQL text grows by +=");
            } else if (isPunct(t, i, ".") && (isWord(t, i + 1, "append") || isWord(t, i + 1, "prepend"))) {
                report(i + 1, "SQL text grows by append/prepend");
            } else if (isPunct(t, i, "+") || isPunct(t, i, "%")) {
                if (!constantOnTheLeft(t, i - 1) || !constantOnTheRight(t, i + 1))
                    report(i, "SQL text joined with something that is not a constant");
            }
        }
    }
    return findings;
}

QList<SqlScanner::Finding> SqlScanner::scanFolder(const QString &folder, int *filesScanned) const
{
    QList<Finding> findings;
    int files = 0;
    QDirIterator it(folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        findings << scanText(path, QString::fromUtf8(file.readAll()));
    }
    if (filesScanned)
        *filesScanned = files;
    return findings;
}

} // namespace zhibiao::test
