package org.mandateworkbench.app.tests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;

/** {@link ImportIntoMeetingScenario} in Chinese, with Chinese documents. */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ImportIntoMeetingChineseTest extends ImportIntoMeetingScenario {

	/** A made-up Chinese summary that names no meeting of its own. */
	private static final String REPORT = """
			CAC/COSP/EG.1/2018/10

			Distr.: General
			20 June 2018
			Chinese
			Original: English

			关于合作请求的专家讨论摘要

			一、建议

			1. 专家会议不妨建议：
			(a) 秘书处应分发处理来文请求的核对清单；
			(b) 鼓励缔约国在一周内确认收到请求。
			"""; //$NON-NLS-1$

	/** A made-up Chinese note of another body's working group. */
	private static final String OTHER_BODY_NOTE = """
			CTOC/COP/WG.3/2018/6

			Distr.: General
			2 May 2018
			Chinese
			Original: English

			国际合作工作组
			2018年5月28日至29日，维也纳
			临时议程项目3
			联合调查组

			秘书处的说明

			一、建议

			1. 工作组不妨建议：
			(a) 秘书处应收集联合调查组协定范本。
			"""; //$NON-NLS-1$

	@BeforeAll
	static void startWorkbench() throws Exception {
		start("zh"); //$NON-NLS-1$
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		close();
	}

	@Test
	void importsIntoTheSelectedMeetingInChinese() throws Exception {
		importsIntoTheSelectedMeeting(new Texts("zh", "机构和会议", "第 7 次会议", "导入文件", "已存在", "会议", REPORT, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"CAC/COSP/EG.1/2018/10", OTHER_BODY_NOTE, "CTOC/COP/WG.3/2018/6", "所指的会议与为本次导入选定的会议不同")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
