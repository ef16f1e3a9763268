// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/translationloader.h"

#include "ui/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
const QString Prefix = QStringLiteral("_");
} // namespace

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

QLocale TranslationLoader::chosenLocale()
{
    const QString chosen = AppSettings().language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

QStringList TranslationLoader::searchPaths()
{
    return { QStringLiteral(":/i18n"),
             QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")) };
}

bool TranslationLoader::install(const QLocale &locale)
{
    uninstall();
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages from the most to
    // the least specific (zh_Hans_CN, zh_CN, zh): a German user in Austria still gets "de".
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), Prefix,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get()))
        m_qt = std::move(qt);

    auto app = std::make_unique<QTranslator>();
    for (const QString &dir : searchPaths()) {
        if (app->load(locale, QStringLiteral("mmsplayer"), Prefix, dir)) {
            if (QCoreApplication::installTranslator(app.get()))
                m_app = std::move(app);
            break;
        }
    }
    return m_app != nullptr;
}

void TranslationLoader::uninstall()
{
    // Removing sends LanguageChange to the widgets alive; the translators are deleted after.
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

QString TranslationLoader::appCatalogue() const
{
    return m_app ? m_app->filePath() : QString();
}

QString TranslationLoader::qtCatalogue() const
{
    return m_qt ? m_qt->filePath() : QString();
}
