#include "app/guimain.h"

#include <cstdio>

// Placeholder until the window lands (issue 5): the command line works without it.
int runGui(int &, char **)
{
    std::fputs("mmsplayer: the window is not built yet; use --record or --list-streams\n", stderr);
    return 2;
}
