// Every test file starts the way the bot does (`app.ts`): with all features' catalogues registered,
// so a test that builds a dispatcher from a few commands still reads their messages.
import "../../src/messages.js";
