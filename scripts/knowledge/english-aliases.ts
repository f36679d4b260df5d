/**
 * English search aliases for the certificates students most often ask about in English.
 * Each is the plain literal translation of the Chinese name (or of its curated short name),
 * a search helper like the Chinese aliases, never a statement about the certificate.
 * Written in the singular and lower case: search ignores case, spacing, hyphens and a plural s.
 */
export const ENGLISH_ALIASES: Record<string, string[]> = {
	"建筑信息模型（BIM）": [
		"building information modelling",
		"building information modeling",
	],
	Web前端开发: ["web front-end development", "front-end development"],
	物流管理: ["logistics management"],
	老年照护: ["elderly care"],
	汽车运用与维修: ["automobile use and repair", "car repair"],
	智能新能源汽车: ["intelligent new energy vehicle", "new energy vehicle"],
	电子商务数据分析: ["e-commerce data analysis"],
	网店运营推广: ["online store operation and promotion"],
	工业机器人操作与运维: ["industrial robot operation and maintenance"],
	工业机器人应用编程: ["industrial robot application programming"],
	工业机器人装调: ["industrial robot installation and commissioning"],
	特殊焊接技术: ["special welding technology"],
	智能财税: ["smart finance and tax"],
	母婴护理: ["maternal and infant care"],
	幼儿照护: ["early childhood care", "child care"],
	传感网应用开发: ["sensor network application development"],
	失智老年人照护: ["elderly dementia care", "dementia care"],
	云计算平台运维与开发: ["cloud computing platform operation and development"],
	云计算开发与运维: ["cloud computing development and operation"],
	Python程序开发: ["python program development"],
	大数据分析与应用: ["big data analysis and application"],
	"大数据应用开发（Python）": ["big data application development"],
	人工智能数据处理: ["artificial intelligence data processing"],
	人工智能深度学习工程应用: [
		"artificial intelligence deep learning engineering application",
	],
	人工智能语音应用开发: [
		"artificial intelligence speech application development",
	],
	网络系统建设与运维: ["network system construction and maintenance"],
	网络安全运维: ["network security operation and maintenance"],
	网络安全评估: ["network security assessment"],
	网络安全渗透测试: ["network security penetration testing"],
	网络安全风险管理: ["network security risk management"],
	无人机驾驶: ["drone piloting", "uav piloting"],
	无人机拍摄: ["drone photography", "uav photography"],
	虚拟现实应用开发: ["virtual reality application development"],
	供应链运营: ["supply chain operation"],
	室内设计: ["interior design"],
	界面设计: ["interface design"],
	数据标注: ["data annotation"],
	新媒体运营: ["new media operation"],
	跨境电子商务多平台运营: ["cross-border e-commerce multi-platform operation"],
};
