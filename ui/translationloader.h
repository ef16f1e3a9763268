// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// Installs the interface translations for one language: Qt's own strings (qtbase_<lang>.qm, for
// the standard buttons and dialogs) and ours (mmsplayer_<lang>.qm). runGui and the translation
// test share it, so the test proves the path the application takes. The translators stay
// installed while the loader lives.
class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // The window's language: the one chosen in Preferences (AppSettings::LanguageKey), else the
    // system's.
    static QLocale chosenLocale();
    // Where our catalogues are looked for, in order: compiled into the resources (":/i18n"), then
    // a "translations" folder next to the executable (lets a translator try a new .qm unbuilt).
    static QStringList searchPaths();

    // Replaces what this loader installed by the catalogues for `locale`. Returns whether ours
    // was found; English needs none, so false is normal there.
    bool install(const QLocale &locale);
    void uninstall();

    // The files loaded by the last install(); empty when none matched.
    QString appCatalogue() const;
    QString qtCatalogue() const;

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
