package org.mandateworkbench.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Writes made-up secretariat notes in Chinese or English, laid out as PDF extraction leaves them
 * (header block, page marks, running symbol lines, footnotes, a recommendations section), with the
 * symbols, dates, resolutions, articles and States the recognizers look for. Same seed, same text.
 */
final class DocumentGenerator {

	/** Language of a generated document. */
	enum Language {
		ZH, EN
	}

	private static final List<String> STATES_ZH = List.of("阿根廷", "澳大利亚", "丹麦", "奥地利", "巴西", "加拿大", "智利",
			"埃及", "法国", "德国", "印度", "意大利", "日本", "墨西哥", "挪威", "秘鲁", "葡萄牙", "大韩民国", "南非", "西班牙", "瑞典",
			"泰国", "突尼斯", "多民族玻利维亚国");
	private static final List<String> STATES_EN = List.of("Argentina", "Australia", "Denmark", "Austria", "Brazil",
			"Canada", "Chile", "Egypt", "France", "Germany", "India", "Italy", "Japan", "Mexico", "Norway", "Peru",
			"Portugal", "Republic of Korea", "South Africa", "Spain", "Sweden", "Thailand", "Tunisia",
			"Plurinational State of Bolivia");
	private static final List<String> TOPICS_ZH = List.of("引渡", "司法协助", "资产追回", "执法合作", "主管机关");
	private static final List<String> TOPICS_EN = List.of("extradition", "mutual legal assistance", "asset recovery",
			"law enforcement cooperation", "competent authorities");
	private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December");
	private static final String[] ZH_DIGITS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
	private static final int LINES_PER_PAGE = 40;

	private final Random random;
	private final Language language;
	private final String symbol;
	private final String job;
	private final StringBuilder out = new StringBuilder();
	private int lines;
	private long bytes;
	private int page = 1;

	private DocumentGenerator(long seed, Language language) {
		this.random = new Random(seed);
		this.language = language;
		this.symbol = "CAC/COSP/WG.2/" + (2015 + random.nextInt(8)) + "/" + (1 + random.nextInt(9));
		this.job = String.format("V.%02d-%05d", 15 + random.nextInt(8), random.nextInt(100000));
	}

	/** A document of about {@code targetBytes} bytes in UTF-8. */
	static String generate(long seed, Language language, long targetBytes) {
		return new DocumentGenerator(seed, language).write(targetBytes);
	}

	private String write(long targetBytes) {
		boolean zh = language == Language.ZH;
		header(zh);
		int paragraph = 1;
		int section = 0;
		while (bytes < targetBytes * 0.95) {
			if (paragraph % 12 == 1) {
				section++;
				line("");
				line(zh ? ZH_DIGITS[(section - 1) % 10] + "、" + pick(TOPICS_ZH) + "方面的进展"
						: roman(section) + ". Progress in " + pick(TOPICS_EN));
				line("");
			}
			line(paragraph + ". " + sentence(zh) + sentence(zh) + sentence(zh));
			paragraph++;
			if (random.nextInt(10) == 0) {
				line((1 + random.nextInt(9)) + (zh ? " 详见 " + otherSymbol() + " 号文件。" : " See " + otherSymbol() + "."));
			}
		}
		line("");
		line(zh ? ZH_DIGITS[section % 10] + "、结论和建议" : roman(section + 1) + ". Conclusions and recommendations");
		line("");
		line(paragraph + (zh ? ". 工作组不妨提出如下建议：" : ". The working group may wish to recommend the following:"));
		for (int i = 0; i < 6; i++) {
			line("(" + (char) ('a' + i) + ") " + recommendation(zh));
		}
		return out.toString();
	}

	private void header(boolean zh) {
		line(symbol);
		line(job + (zh ? " (C)" : " (E)"));
		line("");
		line(zh ? "联合国反腐败公约缔约国会议" : "Conference of the States Parties to the United Nations Convention against Corruption");
		line("");
		line("Distr.: General");
		line(englishDate());
		line(zh ? "Chinese" : "English");
		line("Original: English");
		line("");
		line(zh ? "资产追回工作组第" + ZH_DIGITS[random.nextInt(10)] + "次会议" : "Working Group on Asset Recovery");
		line(zh ? "2019年5月6日至7日，维也纳" : "Vienna, 6-7 May 2019");
		line(zh ? "临时议程*项目" + (2 + random.nextInt(5)) : "Item " + (2 + random.nextInt(5)) + " of the provisional agenda*");
		line(zh ? "资料汇编工作的进展情况" : "Progress in compiling information");
		line("");
		line(zh ? "秘书处的说明" : "Note by the Secretariat");
	}

	private String sentence(boolean zh) {
		return switch (random.nextInt(7)) {
		case 0 -> zh ? pick(STATES_ZH) + "报告称，该国已于" + chineseDate() + "通过了关于" + pick(TOPICS_ZH) + "的新规定，并提供了两个案例。"
				: pick(STATES_EN) + " reported that on " + englishDate() + " it adopted new rules on " + pick(TOPICS_EN)
						+ " and described two cases. ";
		case 1 -> zh ? "秘书处在" + chineseDate() + "的普通照会中请各缔约国说明执行第 " + resolution() + " 号决议第 " + (1 + random.nextInt(40))
				+ " 段的情况。"
				: "By a note verbale dated " + englishDate() + ", the Secretariat asked States parties how they applied paragraph "
						+ (1 + random.nextInt(40)) + " of resolution " + resolution() + ". ";
		case 2 -> zh ? "截至" + chineseDate() + "，有 " + (3 + random.nextInt(40)) + " 个缔约国作出答复。"
				: "As at " + englishDate() + ", " + (3 + random.nextInt(40)) + " States parties had replied. ";
		case 3 -> zh ? pick(STATES_ZH) + "和" + pick(STATES_ZH) + "介绍了在" + pick(TOPICS_ZH) + "方面与邻国合作的做法。"
				: pick(STATES_EN) + " and " + pick(STATES_EN) + " described how they work with neighbouring States on "
						+ pick(TOPICS_EN) + ". ";
		case 4 -> zh ? "根据《公约》第" + ZH_DIGITS[random.nextInt(10)] + "十" + ZH_DIGITS[random.nextInt(9)] + "条第"
				+ ZH_DIGITS[random.nextInt(5)] + "款，缔约国应当尽可能相互协助，另见 " + otherSymbol() + " 号文件。"
				: "Under article " + (10 + random.nextInt(60)) + ", paragraph " + (1 + random.nextInt(5))
						+ ", of the Convention, States parties should assist one another, see also " + otherSymbol() + ". ";
		case 5 -> zh ? "工作组注意到第 " + (1 + random.nextInt(8)) + "/" + (1 + random.nextInt(9)) + " 号决定，并请秘书处在下届会议之前更新有关资料。"
				: "The working group took note of decision " + (1 + random.nextInt(8)) + "/" + (1 + random.nextInt(9))
						+ " and asked the Secretariat to update the information before its next session. ";
		default -> zh ? "与会者交流了经验，并讨论了在" + pick(TOPICS_ZH) + "方面仍然存在的困难。"
				: "Participants exchanged experience and discussed the difficulties that remain in " + pick(TOPICS_EN) + ". ";
		};
	}

	private String recommendation(boolean zh) {
		return switch (random.nextInt(3)) {
		case 0 -> zh ? "秘书处应继续更新关于" + pick(TOPICS_ZH) + "的资料；" : "The Secretariat should keep updating the information on "
				+ pick(TOPICS_EN) + ";";
		case 1 -> zh ? "鼓励缔约国指定处理" + pick(TOPICS_ZH) + "请求的中央机关；"
				: "States parties are encouraged to designate central authorities for " + pick(TOPICS_EN) + ";";
		default -> zh ? "会员国应当考虑提供关于" + pick(TOPICS_ZH) + "的案例；"
				: "Member States should consider sharing cases on " + pick(TOPICS_EN) + ";";
		};
	}

	/** Appends a line; every {@value #LINES_PER_PAGE} lines a page ends with its mark and running symbol. */
	private void line(String text) {
		append(text + "\n");
		if (++lines % LINES_PER_PAGE == 0) {
			page++;
			append(job + " " + page + "/99\n" + symbol + "\n");
		}
	}

	private void append(String text) {
		out.append(text);
		bytes += text.getBytes(StandardCharsets.UTF_8).length;
	}

	private String otherSymbol() {
		return "CAC/COSP/" + (2009 + random.nextInt(12)) + "/" + (1 + random.nextInt(20));
	}

	private String resolution() {
		return (1 + random.nextInt(9)) + "/" + (1 + random.nextInt(9));
	}

	private String chineseDate() {
		return (2015 + random.nextInt(8)) + " 年 " + (1 + random.nextInt(12)) + " 月 " + (1 + random.nextInt(28)) + " 日";
	}

	private String englishDate() {
		return (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + (2015 + random.nextInt(8));
	}

	private String pick(List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String roman(int n) {
		String[] numerals = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
		return numerals[(n - 1) % numerals.length];
	}
}
