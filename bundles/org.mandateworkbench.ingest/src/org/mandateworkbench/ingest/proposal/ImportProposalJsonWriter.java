package org.mandateworkbench.ingest.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.mandateworkbench.ingest.recognize.MeetingDetails;

/**
 * Writes an {@link ImportProposal} as JSON, in the field order documented in README.md. Written by
 * hand so the core bundle needs no JSON library; strings are escaped per RFC 8259 and non-ASCII
 * characters are written as they are (the output is UTF-8).
 */
public final class ImportProposalJsonWriter {

	/**
	 * @param proposal the proposal
	 * @return the JSON object, indented with two spaces, without a final line end
	 */
	public String write(ImportProposal proposal) {
		Json json = new Json();
		json.open('{');
		json.field("source", proposal.source()); //$NON-NLS-1$
		json.field("symbol", proposal.symbol().map(ImportProposal.Cited::value)); //$NON-NLS-1$
		json.field("agendaSymbol", proposal.agendaSymbol().map(ImportProposal.Cited::value)); //$NON-NLS-1$
		json.field("distribution", proposal.distribution()); //$NON-NLS-1$
		json.field("date", proposal.date().map(d -> d.value().toString())); //$NON-NLS-1$
		json.field("language", proposal.language()); //$NON-NLS-1$
		json.field("originalLanguage", proposal.originalLanguage()); //$NON-NLS-1$
		json.field("body", proposal.body()); //$NON-NLS-1$
		json.field("meeting", proposal.meeting()); //$NON-NLS-1$
		json.meeting("meetingDetails", proposal.meetingDetails()); //$NON-NLS-1$
		json.field("agendaItem", proposal.agendaItem()); //$NON-NLS-1$
		json.field("type", proposal.type()); //$NON-NLS-1$
		json.field("title", proposal.title()); //$NON-NLS-1$
		json.number("paragraphs", proposal.paragraphs()); //$NON-NLS-1$
		json.array("symbolsCited", proposal.symbolsCited(), (j, v) -> j.field("symbol", v)); //$NON-NLS-1$ //$NON-NLS-2$
		json.array("resolutionsCited", proposal.resolutionsCited(), (j, v) -> { //$NON-NLS-1$
			j.field("body", v.body()); //$NON-NLS-1$
			j.field("number", v.number()); //$NON-NLS-1$
			j.field("kind", v.kind()); //$NON-NLS-1$
			j.number("paragraph", v.paragraph()); //$NON-NLS-1$
		});
		json.array("articlesCited", proposal.articlesCited(), (j, v) -> { //$NON-NLS-1$
			j.number("article", v.article()); //$NON-NLS-1$
			j.number("paragraph", v.paragraph()); //$NON-NLS-1$
		});
		json.array("states", proposal.states(), (j, v) -> { //$NON-NLS-1$
			j.field("iso3", v.iso3()); //$NON-NLS-1$
			j.field("role", v.role()); //$NON-NLS-1$
		});
		json.array("organizations", proposal.organizations(), (j, v) -> { //$NON-NLS-1$
			j.field("name", v.name()); //$NON-NLS-1$
			j.field("role", v.role()); //$NON-NLS-1$
		});
		json.array("recommendations", proposal.recommendations(), (j, v) -> { //$NON-NLS-1$
			j.number("paragraph", v.paragraph()); //$NON-NLS-1$
			j.field("letter", String.valueOf(v.letter())); //$NON-NLS-1$
			j.field("addressee", v.addressee()); //$NON-NLS-1$
			j.field("text", v.text()); //$NON-NLS-1$
		});
		json.array("reiterations", proposal.reiterations(), (j, v) -> { //$NON-NLS-1$
			j.number("paragraph", v.paragraph()); //$NON-NLS-1$
			j.strings("symbols", v.symbols()); //$NON-NLS-1$
		});
		json.array("notesVerbales", proposal.notesVerbales(), (j, v) -> { //$NON-NLS-1$
			j.field("date", v.date().toString()); //$NON-NLS-1$
			j.bool("reminder", v.reminder()); //$NON-NLS-1$
			j.strings("topics", v.topics()); //$NON-NLS-1$
		});
		json.array("responses", proposal.responses(), (j, v) -> { //$NON-NLS-1$
			j.field("iso3", v.iso3()); //$NON-NLS-1$
			j.field("topic", v.topic()); //$NON-NLS-1$
			j.number("paragraph", v.paragraph()); //$NON-NLS-1$
		});
		json.array("indicators", proposal.indicators(), (j, v) -> { //$NON-NLS-1$
			j.field("name", v.name()); //$NON-NLS-1$
			j.number("value", v.value()); //$NON-NLS-1$
			j.field("asOf", v.asOf().toString()); //$NON-NLS-1$
		});
		json.strings("problems", proposal.problems()); //$NON-NLS-1$
		json.close('}');
		return json.out.toString();
	}

	/**
	 * Escapes a string as a JSON string literal, with the quotes.
	 *
	 * @param value any string
	 * @return the literal
	 */
	public static String quote(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** A tiny pretty-printing JSON builder; tracks whether a comma is due at each level. */
	private static final class Json {
		private final StringBuilder out = new StringBuilder();
		private int depth;
		private boolean first = true;

		void open(char bracket) {
			out.append(bracket);
			depth++;
			first = true;
		}

		void close(char bracket) {
			depth--;
			if (!first) {
				newline();
			}
			out.append(bracket);
			first = false;
		}

		void key(String name) {
			if (!first) {
				out.append(',');
			}
			newline();
			first = false;
			out.append(quote(name)).append(": "); //$NON-NLS-1$
		}

		void newline() {
			out.append('\n').append("  ".repeat(depth)); //$NON-NLS-1$
		}

		void field(String name, String value) {
			key(name);
			out.append(quote(value));
		}

		void field(String name, Optional<String> value) {
			key(name);
			out.append(value.map(ImportProposalJsonWriter::quote).orElse("null")); //$NON-NLS-1$
		}

		/** The meeting's details as an object, or null when the meeting line said nothing readable. */
		void meeting(String name, MeetingDetails details) {
			key(name);
			if (details.isEmpty()) {
				out.append("null"); //$NON-NLS-1$
				return;
			}
			out.append('{');
			depth++;
			first = true;
			number("ordinal", details.ordinal()); //$NON-NLS-1$
			field("from", details.from().map(LocalDate::toString)); //$NON-NLS-1$
			field("to", details.to().map(LocalDate::toString)); //$NON-NLS-1$
			field("venue", details.venue()); //$NON-NLS-1$
			depth--;
			newline();
			out.append('}');
			first = false;
		}

		void number(String name, int value) {
			key(name);
			out.append(value);
		}

		void bool(String name, boolean value) {
			key(name);
			out.append(value);
		}

		void strings(String name, List<String> values) {
			key(name);
			out.append('[');
			for (int i = 0; i < values.size(); i++) {
				out.append(i == 0 ? "" : ", ").append(quote(values.get(i))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.append(']');
		}

		<T> void array(String name, List<ImportProposal.Cited<T>> items, BiConsumer<Json, T> fields) {
			key(name);
			out.append('[');
			depth++;
			first = true;
			for (ImportProposal.Cited<T> item : items) {
				if (!first) {
					out.append(',');
				}
				newline();
				out.append('{');
				depth++;
				first = true;
				fields.accept(this, item.value());
				number("start", item.start()); //$NON-NLS-1$
				number("end", item.end()); //$NON-NLS-1$
				depth--;
				newline();
				out.append('}');
				first = false;
			}
			depth--;
			if (!items.isEmpty()) {
				newline();
			}
			out.append(']');
			first = false;
		}
	}
}
