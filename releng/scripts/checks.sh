# Records script-level checks as a JUnit XML report, so that releng/test-all counts them with the
# Maven tests. Source it, then: mwb_checks_start SUITE DIR; mwb_check NAME "" (passed) or
# mwb_check NAME "why it failed"; mwb_checks_finish (returns 1 when a check failed).

mwb_checks_start() {
	MWB_CHECKS_SUITE=$1
	MWB_CHECKS_DIR=$2
	MWB_CHECKS_CASES=""
	MWB_CHECKS_COUNT=0
	MWB_CHECKS_FAILED=0
	mkdir -p "$MWB_CHECKS_DIR"
}

mwb_check() {
	local name=$1 failure=$2
	MWB_CHECKS_COUNT=$((MWB_CHECKS_COUNT + 1))
	if [ -z "$failure" ]; then
		echo "  ok   $name"
		MWB_CHECKS_CASES="$MWB_CHECKS_CASES<testcase classname=\"$MWB_CHECKS_SUITE\" name=\"$name\"/>"
	else
		echo "  FAIL $name: $failure"
		MWB_CHECKS_FAILED=$((MWB_CHECKS_FAILED + 1))
		MWB_CHECKS_CASES="$MWB_CHECKS_CASES<testcase classname=\"$MWB_CHECKS_SUITE\" name=\"$name\"><failure message=\"$(echo "$failure" | tr -d '<>&"' | head -c 2000)\"/></testcase>"
	fi
}

mwb_checks_finish() {
	mkdir -p "$MWB_CHECKS_DIR"
	echo "<?xml version=\"1.0\" encoding=\"UTF-8\"?><testsuite name=\"$MWB_CHECKS_SUITE\" tests=\"$MWB_CHECKS_COUNT\" failures=\"$MWB_CHECKS_FAILED\" errors=\"0\" skipped=\"0\">$MWB_CHECKS_CASES</testsuite>" \
		>"$MWB_CHECKS_DIR/TEST-$MWB_CHECKS_SUITE.xml"
	[ "$MWB_CHECKS_FAILED" = 0 ]
}
