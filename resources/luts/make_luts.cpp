// reelcut-make-luts DIR: writes the built-in looks (effects/color/looks.cpp) as .cube
// files into DIR. Run through `cmake --build build --target generate_luts`, which writes
// them here, into resources/luts/; tst_luts fails when the files and the code disagree.

#include "color/looks.h"

#include <QFile>
#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fputs("usage: reelcut-make-luts DIR\n", stderr);
        return 2;
    }
    for (const reelcut::LookRecipe& look : reelcut::lookRecipes()) {
        const QString path = QString::fromLocal8Bit(argv[1]) + "/" + look.id + ".cube";
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(reelcut::writeCube(reelcut::makeLookCube(look), reelcut::kLookDecimals)) < 0) {
            std::fprintf(stderr, "reelcut-make-luts: %s: %s\n", qPrintable(path),
                         qPrintable(f.errorString()));
            return 1;
        }
    }
    return 0;
}
