# Shared by the scripts in releng/: finds a JDK 21+, provides Maven 3.9 and locates the product.
# Source it; it defines functions and variables and changes nothing else.

MWB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MWB_MAVEN_VERSION=3.9.11
MWB_TOOLS=${MWB_TOOLS:-$HOME/.m2/mandate-workbench-tools}
MWB_PRODUCT_DIR=$MWB_ROOT/releng/org.mandateworkbench.product/target/products/org.mandateworkbench.product/linux/gtk/x86_64/mandate-workbench

mwb_die() {
	echo "mandate-workbench: $*" >&2
	exit 1
}

mwb_is_root_on_debian() {
	[ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1
}

# Prints the major version of the java binary given, or nothing.
mwb_java_major() {
	"$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

# Exports JAVA_HOME pointing at a JDK 21 or newer: the current JAVA_HOME if it is one, else the
# newest JDK found under /usr/lib/jvm.
mwb_select_jdk() {
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] &&
		[ "$(mwb_java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
		export JAVA_HOME
		return
	fi
	local best="" best_major=0 candidate major
	for candidate in /usr/lib/jvm/*; do
		[ -x "$candidate/bin/javac" ] || continue
		major=$(mwb_java_major "$candidate/bin/java")
		if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
			best=$candidate
			best_major=$major
		fi
	done
	[ -n "$best" ] || mwb_die "no JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm). Install one, for example: apt-get install openjdk-21-jdk (or temurin-21-jdk), then run this again."
	export JAVA_HOME=$best
}

# Prints the Maven version of the mvn given, or nothing.
mwb_maven_version() {
	"$1" --version 2>/dev/null | sed -n 's/^Apache Maven \([0-9.]*\).*/\1/p' | head -n 1
}

mwb_is_maven_39() {
	case "$(mwb_maven_version "$1")" in
	3.9.*) return 0 ;;
	*) return 1 ;;
	esac
}

# Sets MWB_MVN to a Maven 3.9 binary. A Maven 3.9 on the PATH is used as it is; otherwise the
# distribution is fetched by its Maven coordinates with whatever mvn is present, and cached.
mwb_provide_maven() {
	local cached=$MWB_TOOLS/apache-maven-$MWB_MAVEN_VERSION/bin/mvn
	if command -v mvn >/dev/null 2>&1 && mwb_is_maven_39 "$(command -v mvn)"; then
		MWB_MVN=$(command -v mvn)
		return
	fi
	if [ -x "$cached" ]; then
		MWB_MVN=$cached
		return
	fi
	if ! command -v mvn >/dev/null 2>&1; then
		if mwb_is_root_on_debian; then
			echo "mandate-workbench: no mvn found; installing Debian's maven to fetch Maven $MWB_MAVEN_VERSION" >&2
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null ||
				mwb_die "apt-get install maven failed"
		else
			mwb_die "no mvn found. Install any Maven (for example: sudo apt-get install maven); this script then fetches Maven $MWB_MAVEN_VERSION by itself."
		fi
	fi
	echo "mandate-workbench: fetching Maven $MWB_MAVEN_VERSION (org.apache.maven:apache-maven:$MWB_MAVEN_VERSION:zip:bin) into $MWB_TOOLS" >&2
	local download=$MWB_TOOLS/download
	mkdir -p "$download"
	# Run from the download folder: in the project, the old Maven would try to load the Tycho build.
	(cd "$download" && mvn -q -B dependency:copy -Dartifact=org.apache.maven:apache-maven:$MWB_MAVEN_VERSION:zip:bin \
		-DoutputDirectory="$download" >&2) || mwb_die "could not fetch Maven $MWB_MAVEN_VERSION with $(command -v mvn)"
	(cd "$MWB_TOOLS" && "$JAVA_HOME/bin/jar" xf "$download/apache-maven-$MWB_MAVEN_VERSION-bin.zip") ||
		mwb_die "could not unpack $download/apache-maven-$MWB_MAVEN_VERSION-bin.zip"
	chmod +x "$MWB_TOOLS/apache-maven-$MWB_MAVEN_VERSION/bin/"*
	MWB_MVN=$cached
}

# Runs Maven 3.9 with a JDK 21+ on the project.
mwb_mvn() {
	mwb_select_jdk
	mwb_provide_maven
	"$MWB_MVN" -B -f "$MWB_ROOT/pom.xml" "$@"
}

# JVM options for every start of the product by these scripts.
MWB_PRODUCT_JAVA_OPTIONS="-Djava.util.logging.config.file=$MWB_ROOT/releng/scripts/logging.properties"

mwb_launcher_jar() {
	ls "$MWB_PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1
}

# True when the product is missing or older than any source file of the project.
mwb_product_is_stale() {
	local marker=$MWB_PRODUCT_DIR/configuration/config.ini
	[ -f "$marker" ] || return 0
	[ -n "$(find "$MWB_ROOT/pom.xml" "$MWB_ROOT/bundles" "$MWB_ROOT/features" "$MWB_ROOT/target-platform" \
		"$MWB_ROOT/releng/org.mandateworkbench.parent" "$MWB_ROOT/releng/org.mandateworkbench.product" \
		-path '*/target' -prune -o -type f -newer "$marker" -print -quit)" ]
}

# Builds the product (without running the tests) when it is missing or stale.
mwb_build_product_if_needed() {
	if mwb_product_is_stale; then
		echo "mandate-workbench: building the product (this takes a minute or two the first time)" >&2
		mwb_mvn -q clean verify -DskipTests >&2 || mwb_die "the build failed; run releng/build to see why"
	fi
}

# The apt packages the workbench and its UI tests need, and a note of what is missing.
MWB_UI_PACKAGES="xvfb xauth libgtk-3-0 fonts-noto-cjk x11-utils"

mwb_missing_ui_packages() {
	local missing="" pkg
	command -v dpkg-query >/dev/null 2>&1 || return 0
	for pkg in $MWB_UI_PACKAGES; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
	done
	echo "${missing# }"
}

# Installs the UI packages when run as root on Debian/Ubuntu; otherwise says what to install.
mwb_ensure_ui_packages() {
	local missing
	missing=$(mwb_missing_ui_packages)
	[ -z "$missing" ] && return 0
	if mwb_is_root_on_debian; then
		echo "mandate-workbench: installing $missing" >&2
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null ||
			mwb_die "apt-get install $missing failed"
	else
		mwb_die "missing packages: $missing. Install them with: sudo apt-get install $missing"
	fi
}

# True when a top-level window titled "Mandate Workbench..." of a real size is mapped; the workbench
# also creates small hidden helper shells with the same title, which are ignored.
mwb_main_window_shown() {
	xwininfo -root -tree 2>/dev/null | grep '"Mandate Workbench\|"任务授权工作台' |
		awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, size, /[x+]/); if (size[1] >= 400) found = 1 } }
			END { exit found ? 0 : 1 }'
}

# The reactor modules a workbench test runtime (app.tests) needs, comma-separated for mvn -pl: the
# root POM's modules except the product and the unit-test bundles. Tycho does not follow -am through
# features, so the list is read from the root POM rather than written out by each script.
mwb_workbench_modules() {
	sed -n 's:.*<module>\(.*\)</module>.*:\1:p' "$MWB_ROOT/pom.xml" |
		grep -v -e '^releng/org\.mandateworkbench\.product$' -e '\.tests$' |
		{ cat; echo bundles/org.mandateworkbench.app.tests; } | paste -sd, -
}
