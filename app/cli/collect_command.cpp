#include "collect_command.h"

#include "cli_messages.h"
#include "model/collect.h"
#include "model/project_file.h"

#include <QCommandLineParser>
#include <cstdio>

namespace reelcut::cli {

int collectCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Copy every media file the project uses into one folder beside it and save the "
        "project pointing there, so the two can be zipped and sent. Built-in stickers are "
        "not copied: every ReelCut has them.");
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument("PROJECT", "The .reelcut project (updated in place).");
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption output(
        {"o", "output"}, "Folder for the media (default: NAME-media beside PROJECT).", "DIR");
    parser.addOptions({help, output});
    if (!parser.parse(QStringList{"reelcut-cli collect"} + args)) {
        return fail(parser.errorText(), kUsageError);
    }
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(
            QStringLiteral("collect: expected 1 argument(s), try 'reelcut-cli collect --help'"),
            kUsageError);
    }
    try {
        const boost::filesystem::path projectFile =
            parser.positionalArguments().first().toStdString();
        const Project project = loadProject(projectFile);
        const boost::filesystem::path folder = parser.isSet(output)
                                                   ? parser.value(output).toStdString()
                                                   : collectFolderFor(projectFile);
        CollectReport report;
        const Project collected = collectMedia(project, folder, &report);
        saveProject(collected, projectFile);
        std::printf("copied %d file(s) (%.1f MB) to %s; %d already there; saved %s\n",
                    report.copied, static_cast<double>(report.bytes) / 1e6, folder.c_str(),
                    report.alreadyThere, projectFile.c_str());
        return 0;
    } catch (const std::exception& e) {
        return fail(messageOf(e));
    }
}

} // namespace reelcut::cli
