/** Messages of `npm run knowledge -- import|export`: what was read, and every bad line. */
const zh = {
	"knowledge.import_usage":
		'用法：npm run knowledge -- import <文件.csv|文件.xlsx> [--source "文件名称或网址"] [--kind x|skill-level|other] [--dry-run] [--wait 秒]\n      npm run knowledge -- export [--out 目录] [--full]\n      （加 --lang en 用英文输出）',
	"knowledge.import_cannot_read": "无法读取 {file}（{detail}）。请检查路径。",
	"knowledge.import_bad_kind":
		"--kind「{value}」不认识：x（X证书，默认）、skill-level（职业技能等级认定）、other（其他证书）。",
	"knowledge.import_handed":
		"机器人正在运行：文件检查无误，已交给机器人导入（{id}），等待结果……",
	"knowledge.import_not_picked_up":
		"{seconds} 秒内机器人没有处理（编号 {id}）。文件留在 {dir} 中，机器人下次检查时会导入；也可以停止机器人后重新运行本命令。",
	"knowledge.import_inbox_failed":
		"机器人导入时出错（{detail}），没有写入任何内容。请查看机器人日志后重试。",
	"knowledge.import_line": "第 {line} 行：{reason}",
	"knowledge.import_refused":
		"{file}：发现 {count} 个问题，整个文件都没有导入。改好后重新运行同一条命令。",
	"knowledge.import_more": "……另有 {count} 个问题未列出。",
	"knowledge.import_done":
		"{file}（{format}）：{rows} 行；新增证书 {added} 个，补充已有证书 {merged} 个，{unchanged} 行与已有记录相同。",
	"knowledge.import_dry_run":
		"试运行：文件没有问题，以上内容没有写入。去掉 --dry-run 即可导入。",
	"knowledge.import_added_list": "新增：{list}",
	"knowledge.import_merged_list": "补充：{list}",
	"knowledge.import_conflict":
		"第 {line} 行：{name}（{id}）已知的培训评价组织是「{existing}」，文件里是「{incoming}」，保留已知的。如果文件是对的，请用 /kb cert edit {id} 组织=… 来源=… 修改。",
	"knowledge.import_ignored": "未导入的列：{columns}",
	"knowledge.import_formula_note":
		"XLSX 里的公式按 Excel 保存时显示的值读取；以 = 开头的 CSV 单元格按公式拒绝。",
	"knowledge.import_timing":
		"用时：读取 {read} ms，校验与合并 {plan} ms，写入 {write} ms，重建搜索索引 {rebuild} ms。",
	"knowledge.import_exported":
		"已导出到 {dir}：证书 {certificates} 条、关联 {links} 条、问答 {faq} 条、删除与修改 {changes} 条。",
	"knowledge.import_empty":
		"文件是空的。请导出带表头（序号、证书名称、培训评价组织）和证书行的 CSV 或 XLSX。",
	"knowledge.import_no_header":
		"前 10 行里没有表头“证书名称”或“职业技能等级证书名称”（文件按 {format} 读取）。表头应是这样：序号,证书名称,培训评价组织,等级,简介,来源（顺序不限）。如果表头是乱码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 XLSX。",
	"knowledge.import_column_twice":
		"表头里有两列都表示同一项（「{column}」），请删掉多余的一列。",
	"knowledge.import_no_org_column":
		"表头里没有“培训评价组织”列。官方名单的列是：序号,证书名称,培训评价组织（可选：等级,简介,来源）。",
	"knowledge.import_header_only": "只有表头，没有证书行。",
	"knowledge.import_old_excel":
		"这是旧版 Excel 文件（.xls）或加密的工作簿，读不了。请在 Excel 中取消密码后“另存为” .xlsx 或“CSV UTF-8（逗号分隔）”。",
	"knowledge.import_bad_xlsx":
		"读不了这个 XLSX 文件（{detail}）。请在 Excel 中重新保存，或另存为 CSV。",
	"knowledge.import_binary":
		"这不是文本表格（文件里有空字节）。请导出 CSV（UTF-8）或 XLSX。",
	"knowledge.import_unclosed_quote":
		"引号没有闭合：从这一行起直到文件末尾都在一对引号里。请检查这一行的双引号。",
	"knowledge.import_formula":
		"「{column}」列是公式（{value}），公式不是数据，这一行没有导入。请在 Excel 里复制该列，“选择性粘贴 → 数值”后再导出。",
	"knowledge.import_name_empty":
		"证书名称是空的。如果这个单元格是公式，请先粘贴为数值；不需要的行请删掉。",
	"knowledge.import_name_too_long":
		"证书名称有 {length} 个字，最多 {max} 个字。多半是列错位或把简介粘进了名称列，请检查这一行。",
	"knowledge.import_org_too_long":
		"培训评价组织有 {length} 个字，最多 {max} 个字。请检查这一行的列是否错位。",
	"knowledge.import_description_too_long":
		"简介有 {length} 个字，最多 {max} 个字。请缩短后再导入。",
	"knowledge.import_bad_level":
		"等级「{value}」不认识：只能写 初级、中级、高级（多个用顿号或逗号分隔）。",
	"knowledge.import_no_source":
		'这一行没有来源。请在“来源”列写文件名称或网址，或运行时加 --source "文件名称或网址"。',
	"knowledge.import_no_source_at_all":
		'文件没有“来源”列，也没有给 --source。每条导入的记录都要有来源：加 --source "第四批职业技能等级证书名单 https://…"，或在表里加“来源”列。',
	"knowledge.import_bad_default_source":
		"--source 的内容不能用：请写文件名称，或以 https:// 开头的完整网址（300 字以内）。",
	"knowledge.import_source_too_long":
		"来源太长了，请只写文件名称和网址（300 字以内）。",
	"knowledge.import_source_bad_url":
		"来源里的网址不完整，请写出完整的网址，如 https://www.example.edu.cn/tz/2026.html",
} as const;

const en: Record<keyof typeof zh, string> = {
	"knowledge.import_usage":
		'Usage: npm run knowledge -- import <file.csv|file.xlsx> [--source "document or address"] [--kind x|skill-level|other] [--dry-run] [--wait seconds]\n       npm run knowledge -- export [--out folder] [--full]\n       (--lang en for English output)',
	"knowledge.import_cannot_read":
		"Cannot read {file} ({detail}). Check the path.",
	"knowledge.import_bad_kind":
		"Unknown --kind “{value}”: x (X certificate, the default), skill-level (职业技能等级认定), other.",
	"knowledge.import_handed":
		"The bot is running: the file checks out and was handed to the bot to import ({id}); waiting for the result…",
	"knowledge.import_not_picked_up":
		"The bot did not take it within {seconds} s (id {id}). The file stays in {dir} and the bot imports it at its next check; or stop the bot and run this command again.",
	"knowledge.import_inbox_failed":
		"The bot failed to import it ({detail}); nothing was written. Check the bot's log and try again.",
	"knowledge.import_line": "Line {line}: {reason}",
	"knowledge.import_refused":
		"{file}: {count} problem(s) found; nothing of the file was imported. Fix them and run the same command again.",
	"knowledge.import_more": "… and {count} more problem(s) not listed.",
	"knowledge.import_done":
		"{file} ({format}): {rows} {rows|row|rows}; {added} {added|certificate|certificates} added, {merged} existing ones completed, {unchanged} {unchanged|row|rows} already known.",
	"knowledge.import_dry_run":
		"Dry run: the file has no problems and nothing above was written. Leave out --dry-run to import.",
	"knowledge.import_added_list": "Added: {list}",
	"knowledge.import_merged_list": "Completed: {list}",
	"knowledge.import_conflict":
		"Line {line}: {name} ({id}) is known with the organisation “{existing}”; the file says “{incoming}”. The known one is kept; if the file is right, change it with /kb cert edit {id} org=… source=…",
	"knowledge.import_ignored": "Columns not imported: {columns}",
	"knowledge.import_formula_note":
		"XLSX formulas are read as the value Excel saved with them; CSV cells starting with = are refused as formulas.",
	"knowledge.import_timing":
		"Time: read {read} ms, check and merge {plan} ms, write {write} ms, rebuild the search index {rebuild} ms.",
	"knowledge.import_exported":
		"Exported to {dir}: {certificates} {certificates|certificate|certificates}, {links} {links|link|links}, {faq} {faq|answer|answers}, {changes} removals and changes.",
	"knowledge.import_empty":
		"The file is empty. Export a CSV or XLSX with a header (序号, 证书名称, 培训评价组织) and certificate rows.",
	"knowledge.import_no_header":
		"None of the first 10 rows is a header with 证书名称 or 职业技能等级证书名称 (the file was read as {format}). A header looks like: 序号,证书名称,培训评价组织,等级,简介,来源 (any order). If the header is garbled, save the file from Excel as “CSV UTF-8” or XLSX.",
	"knowledge.import_column_twice":
		"Two header columns mean the same thing (“{column}”); delete one of them.",
	"knowledge.import_no_org_column":
		"The header has no 培训评价组织 column. The official list has: 序号,证书名称,培训评价组织 (optional: 等级,简介,来源).",
	"knowledge.import_header_only":
		"There is only a header, no certificate rows.",
	"knowledge.import_old_excel":
		"This is an old Excel file (.xls) or a password-protected workbook, which cannot be read. In Excel, remove the password and save it as .xlsx or as “CSV UTF-8”.",
	"knowledge.import_bad_xlsx":
		"This XLSX file cannot be read ({detail}). Save it again in Excel, or save it as CSV.",
	"knowledge.import_binary":
		"This is not a text table (it holds NUL bytes). Export CSV (UTF-8) or XLSX.",
	"knowledge.import_unclosed_quote":
		"A quote is not closed: from this line to the end of the file everything is inside one pair of quotes. Check the double quotes on this line.",
	"knowledge.import_formula":
		"The “{column}” cell is a formula ({value}); a formula is not data, so this row was not imported. In Excel copy the column and paste it as values, then export again.",
	"knowledge.import_name_empty":
		"The certificate name is empty. If the cell is a formula, paste it as a value first; delete rows you do not need.",
	"knowledge.import_name_too_long":
		"The certificate name has {length} characters; at most {max}. Most likely the columns are shifted or a description was pasted into the name column: check this line.",
	"knowledge.import_org_too_long":
		"The organisation has {length} characters; at most {max}. Check whether the columns of this line are shifted.",
	"knowledge.import_description_too_long":
		"The description has {length} characters; at most {max}. Shorten it and import again.",
	"knowledge.import_bad_level":
		"Unknown level “{value}”: only 初级, 中级, 高级 (several separated by 、 or commas).",
	"knowledge.import_no_source":
		'This row has no source. Write a document title or address in the 来源 column, or add --source "document or address".',
	"knowledge.import_no_source_at_all":
		'The file has no 来源 column and no --source was given. Every imported record needs a source: add --source "Batch 4 certificate list https://…", or a 来源 column.',
	"knowledge.import_bad_default_source":
		"The --source value cannot be used: give a document title or a full address starting with https:// (at most 300 characters).",
	"knowledge.import_source_too_long":
		"The source is too long: give the document title and address only (at most 300 characters).",
	"knowledge.import_source_bad_url":
		"The address in the source is incomplete; write the whole address, like https://www.example.edu.cn/tz/2026.html",
};

export const knowledgeImport = { zh, en };
