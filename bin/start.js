// `npm start` / `npm run chat`: the bot, compiled when a current build exists (see launch.js).
import { launch } from "./launch.js";

await launch("src/main", process.argv.slice(2));
