package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.StateMention;
import org.mandateworkbench.ingest.recognize.StateRecognizer;
import org.mandateworkbench.model.reference.StateCatalog;

/** State names inside words for languages, waters, cities and "developing countries" are not States. */
class StateNameBoundaryTest {

	private static final StateRecognizer RECOGNIZER = new StateRecognizer(StateCatalog.standard());

	private static List<String> codes(String text) {
		return RECOGNIZER.recognize(text).stream().map(StateMention::iso3).toList();
	}

	@Test
	void chineseLanguageWordsAreNotStates() {
		assertEquals(List.of(), codes("材料有西班牙文、葡萄牙语和俄罗斯语三个版本"));
		assertEquals(List.of("ESP", "ESP"), codes("西班牙文件所述的西班牙做法"));
	}

	@Test
	void chineseWatersCitiesAndDistrictsAreNotStates() {
		assertEquals(List.of(), codes("印度洋沿岸和几内亚湾的合作，在巴拿马城和科威特城举行，华盛顿哥伦比亚特区"));
		assertEquals(List.of("IND", "PAN"), codes("印度和巴拿马作了发言"));
	}

	@Test
	void developingCountriesIsNotChina() {
		assertEquals(List.of(), codes("发展中国家和其中国家的需要"));
		assertEquals(List.of("CHN"), codes("中国提交了答复"));
	}

	@Test
	void englishCitiesAndWatersAreNotStates() {
		assertEquals(List.of(), codes("a workshop in Kuwait City and a meeting on the Gulf of Guinea and the Gulf of Mexico"));
		assertEquals(List.of("KWT", "GIN", "MEX"), codes("Kuwait, Guinea and Mexico replied"));
	}

	@Test
	void longOfficialFormsAreOneState() {
		assertEquals(List.of("BOL", "VEN", "GBR"),
				codes("the Plurinational State of Bolivia, the Bolivarian Republic of Venezuela and the United Kingdom of Great Britain and Northern Ireland"));
		assertEquals(List.of("BOL", "VEN", "KOR", "GBR"), codes("多民族玻利维亚国、委内瑞拉玻利瓦尔共和国、大韩民国和联合王国"));
	}

	@Test
	void englishNamesWrappedAcrossLinesOrWithTypographicApostrophes() {
		assertEquals(List.of("TZA", "CIV", "PRK", "LAO"),
				codes("the United Republic of\nTanzania, C\u00f4te d\u2019Ivoire, the Democratic People\u2019s Republic of Korea and the Lao People\u2019s  Democratic Republic"));
	}

	@Test
	void dollarSignMakesUsACurrency() {
		assertEquals(List.of("USA"), codes("a grant of US$ 2 million and US $5 from the US"));
	}

	@Test
	void chineseNameEndingInCountryReadIntoCountriesOrInternational() {
		assertEquals(List.of(), codes("拉美国家、北美国家和发展中国家在司法国际合作和朝鲜半岛问题上"));
		assertEquals(List.of("USA", "FRA", "PRK"), codes("美国、法国和朝鲜在国际合作方面"));
	}

	@Test
	void englishNamesWithOrWithoutAccents() {
		assertEquals(List.of("STP", "CIV", "TUR"), codes("São Tomé and Príncipe, Cote d'Ivoire and Turkiye"));
	}
}
