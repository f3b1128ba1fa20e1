package org.mandateworkbench.ingest.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ingest.merge.ImportChange.Category;
import org.mandateworkbench.ingest.merge.internal.Messages;
import org.mandateworkbench.ingest.merge.internal.ModelTexts;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.proposal.ImportProposal.Cited;
import org.mandateworkbench.ingest.proposal.ImportProposal.StateRole;
import org.mandateworkbench.ingest.recognize.DateMention;
import org.mandateworkbench.ingest.recognize.DateRecognizer;
import org.mandateworkbench.ingest.recognize.MeetingDetails;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Attendance;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.BodyKind;
import org.mandateworkbench.model.Distribution;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage.Literals;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * Turns {@link ImportProposal}s into {@link ImportPlan}s for one workspace: every proposed object is
 * matched against what the workspace holds, so an import proposes updates, never duplicates, and
 * importing the same file again proposes nothing.
 * <p>
 * Matching keys: a document by its symbol; a body by its symbol prefix; a meeting by its body and a
 * start date within the meeting's dates; a recommendation by paragraph and letter within the same
 * document (or a document it revises or is revised by) or, for a document new to the workspace, among
 * the meeting's recommendations that no document holds yet (typed in by hand; the document takes them
 * over, the item's text deciding when paragraph and letter occur twice); a resolution by number and kind; a State by
 * ISO code; a note verbale or reminder by its date; a State response by note and State; an indicator
 * observation by date and value. A Rev. document supersedes its original and earlier revisions (and is
 * linked from a later revision already in the workspace). States read from attendance paragraphs are
 * added to the meeting's attendance (States parties and participants as States, signatories and
 * observers as observer States).
 * <p>
 * With a chosen meeting ({@link ImportTarget#meeting(Meeting)}) the document, its recommendations and
 * its attendance go to that meeting instead of the one its symbol and dates name; a file that clearly
 * names another meeting (another body's symbol, another ordinal, dates outside the chosen meeting's, or
 * a document the workspace places at another meeting) gets a {@link MeetingConflict} in its plan and
 * stays in the chosen meeting unless the target lets it follow its own meeting.
 * <p>
 * One matcher may match several proposals: each later plan sees the objects the earlier plans add,
 * so the plans can be committed together. The matcher never changes the workspace.
 */
public final class ProposalMatcher {

	private static final MandatesFactory F = MandatesFactory.eINSTANCE;
	private static final double SURE = 0.95;
	private static final double LIKELY = 0.85;
	private static final double PLAUSIBLE = 0.7;
	private static final double GUESS = 0.5;
	private static final Set<String> ATTENDING_ROLES = Set.of("stateParty", "signatory", "observer", "participant"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final MandateWorkspace workspace;
	private final StateCatalog catalog;
	private final DocumentSegmenter segmenter = new DocumentSegmenter();
	private final Set<String> ids = new HashSet<>();
	/** What earlier changes add to each owner's lists, so later look-ups see it before the commit. */
	private final Map<EObject, Map<EStructuralFeature, List<Object>>> pending = new IdentityHashMap<>();
	private final Map<Object, ImportChange> addedBy = new IdentityHashMap<>();
	/** Attendances earlier plans of this matcher give meetings that had none. */
	private final Map<Meeting, Attendance> attendances = new IdentityHashMap<>();
	private final ImportTarget target;

	/**
	 * A matcher that places each document as the file says.
	 *
	 * @param workspace the workspace to match against; read only
	 * @param catalog   the States a response's State is created from when the workspace lacks it
	 */
	public ProposalMatcher(MandateWorkspace workspace, StateCatalog catalog) {
		this(workspace, catalog, ImportTarget.asTheFileSays());
	}

	/**
	 * @param workspace the workspace to match against; read only
	 * @param catalog   the States a response's State is created from when the workspace lacks it
	 * @param target    where the documents go: as each file says, or a meeting of this workspace
	 */
	public ProposalMatcher(MandateWorkspace workspace, StateCatalog catalog, ImportTarget target) {
		this.workspace = Objects.requireNonNull(workspace);
		this.catalog = Objects.requireNonNull(catalog);
		this.target = Objects.requireNonNull(target);
		for (TreeIterator<EObject> i = workspace.eAllContents(); i.hasNext();) {
			if (i.next() instanceof Identifiable identifiable && identifiable.getId() != null) {
				ids.add(identifiable.getId());
			}
		}
	}

	/**
	 * Plans the import of one document.
	 *
	 * @param proposal   what the analyzer read
	 * @param sourceText the decoded text the proposal's offsets refer to; kept with the document
	 * @return the plan; without a document symbol it has no changes and says why in its problems
	 */
	public ImportPlan match(ImportProposal proposal, String sourceText) {
		return new Run(proposal, sourceText).plan();
	}

	/** The workspace-relative path the source text of a document version is kept at. */
	public static String sourcePath(DocumentSymbol symbol, String language) {
		String name = symbol.normalizedKey().replaceAll("[^A-Za-z0-9.\\-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return "sources/" + name + "." + language.toLowerCase(Locale.ROOT) + ".txt"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The values of a list feature, with what earlier changes of this matcher add to it. */
	private <T> List<T> values(EObject owner, EStructuralFeature feature, Class<T> type) {
		List<T> out = new ArrayList<>();
		for (Object value : (List<?>) owner.eGet(feature)) {
			if (type.isInstance(value)) {
				out.add(type.cast(value));
			}
		}
		for (Object value : pending.getOrDefault(owner, Map.of()).getOrDefault(feature, List.of())) {
			if (type.isInstance(value)) {
				out.add(type.cast(value));
			}
		}
		return out;
	}

	private boolean contains(EObject owner, EStructuralFeature feature, Object value) {
		return values(owner, feature, Object.class).contains(value);
	}

	/** The changes that add any of these objects; existing objects need none. */
	private List<ImportChange> requires(Object... objects) {
		List<ImportChange> out = new ArrayList<>();
		for (Object object : objects) {
			ImportChange change = object == null ? null : addedBy.get(object);
			if (change != null && !out.contains(change)) {
				out.add(change);
			}
		}
		return out;
	}

	private String uniqueId(String base) {
		String id = base;
		for (int n = 2; !ids.add(id); n++) {
			id = base + "-" + n; //$NON-NLS-1$
		}
		return id;
	}

	private static String slug(String text) {
		return text.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The matching of one proposal. */
	private final class Run {
		private final ImportProposal proposal;
		private final String text;
		private final String language;
		private final Segmentation paragraphs;
		private final List<ImportChange> changes = new ArrayList<>();
		private final List<String> problems = new ArrayList<>();
		private final Map<LocalDate, NoteVerbale> notes = new LinkedHashMap<>();
		private Document document;
		private boolean newDocument;
		private DocumentSymbol symbol;
		private Mandate mandate;

		Run(ImportProposal proposal, String text) {
			this.proposal = proposal;
			this.text = text;
			this.language = proposal.language();
			this.paragraphs = segmenter.segment(text);
		}

		ImportPlan plan() {
			Optional<DocumentSymbol> parsed = proposal.symbol().flatMap(s -> DocumentSymbol.tryParse(s.value()));
			if (parsed.isEmpty()) {
				problems.add(NLS.bind(Messages.Matcher_noSymbol, proposal.source()));
				return new ImportPlan(proposal, text, Optional.empty(), Optional.empty(), changes, problems,
						Optional.empty());
			}
			symbol = parsed.get();
			SourceSpan symbolSpan = span(proposal.symbol().get());
			Meeting chosen = target.meeting().orElse(null);
			Optional<MeetingConflict> conflict = Optional.empty();
			if (chosen != null) {
				Optional<String> says = otherMeeting(chosen);
				if (says.isPresent()) {
					boolean keep = !target.followsFile(proposal.source());
					conflict = Optional.of(new MeetingConflict(proposal.source(), says.get(), chosen, keep, NLS.bind(
							Messages.Matcher_targetConflict,
							new Object[] { proposal.source(), says.get(), MeetingKeys.describe(chosen) })));
					chosen = keep ? chosen : null;
				}
			}
			Meeting meeting;
			if (chosen == null) {
				Body body = proposal.body().map(prefix -> body(prefix, symbolSpan)).orElse(null);
				meeting = meeting(body);
			} else {
				meeting = chosenMeeting(chosen, symbolSpan);
			}
			document(symbolSpan, meeting, chosen != null);
			String path = sourcePath(symbol, language);
			languageVersion(path, symbolSpan);
			supersession(symbolSpan);
			agendaItem(meeting);
			citations();
			resolutions();
			recommendations(meeting);
			notesVerbales();
			responses();
			indicators();
			attendance(meeting);
			return new ImportPlan(proposal, text, Optional.of(path), Optional.of(document), changes, problems,
					conflict);
		}

		/**
		 * What the file says that names another meeting than the chosen one, as read; empty when nothing
		 * in it contradicts the choice.
		 */
		private Optional<String> otherMeeting(Meeting chosen) {
			String prefix = chosen.getBody() == null ? null : chosen.getBody().getSymbolPrefix();
			if (prefix != null && proposal.body().isPresent() && !proposal.body().get().equalsIgnoreCase(prefix)) {
				return Optional.of(symbol.toString());
			}
			Optional<Document> existing = findDocument(symbol);
			if (existing.isPresent() && existing.get().getMeeting() != null && existing.get().getMeeting() != chosen) {
				return Optional.of(NLS.bind(Messages.Matcher_placedAt, MeetingKeys.describe(existing.get().getMeeting())));
			}
			MeetingDetails details = proposal.meetingDetails();
			if (details == null) {
				return Optional.empty();
			}
			String line = proposal.meeting().orElse(symbol.toString());
			if (details.ordinal() > 0 && chosen.getOrdinal() > 0 && details.ordinal() != chosen.getOrdinal()) {
				return Optional.of(line);
			}
			LocalDate start = chosen.getStartDate();
			LocalDate end = chosen.getEndDate() == null ? start : chosen.getEndDate();
			if (start != null && details.from().isPresent()
					&& (details.from().get().isBefore(start) || details.from().get().isAfter(end))) {
				return Optional.of(line);
			}
			return Optional.empty();
		}

		/** The chosen meeting and its body, both already in the workspace. */
		private Meeting chosenMeeting(Meeting chosen, SourceSpan symbolSpan) {
			Body body = chosen.getBody();
			if (body != null) {
				record(ImportChange.matched(Category.BODY, String.valueOf(body.getSymbolPrefix()), body, symbolSpan,
						SURE));
			}
			record(ImportChange.matched(Category.MEETING, MeetingKeys.key(chosen), chosen,
					proposal.meeting().map(line -> spanOf(line, null)).orElse(null), SURE));
			return chosen;
		}

		private ImportChange record(ImportChange change) {
			changes.add(change);
			if (change.kind() == ImportChange.Kind.ADD || change.kind() == ImportChange.Kind.LINK) {
				pending.computeIfAbsent(change.owner(), o -> new IdentityHashMap<>())
						.computeIfAbsent(change.feature(), f -> new ArrayList<>()).add(change.value());
			}
			if (change.kind() == ImportChange.Kind.ADD) {
				addedBy.put(change.value(), change);
			}
			return change;
		}

		private SourceSpan span(Cited<?> cited) {
			return span(cited.start(), cited.end());
		}

		private SourceSpan span(int start, int end) {
			int from = Math.max(0, Math.min(start, text.length()));
			int to = Math.max(from, Math.min(end, text.length()));
			int paragraph = paragraphs.paragraphAt(from).map(Segmentation.Paragraph::number).orElse(0);
			return new SourceSpan(proposal.source(), paragraph, from, to);
		}

		private SourceSpan spanOf(String line, SourceSpan fallback) {
			int at = line == null ? -1 : text.indexOf(line);
			return at < 0 ? fallback : span(at, at + line.length());
		}

		private Body body(String prefix, SourceSpan span) {
			List<Body> bodies = values(workspace, Literals.MANDATE_WORKSPACE__BODIES, Body.class);
			for (Body body : bodies) {
				if (prefix.equalsIgnoreCase(body.getSymbolPrefix())) {
					record(ImportChange.matched(Category.BODY, prefix, body, span, SURE));
					return body;
				}
			}
			Body parent = null;
			for (Body candidate : bodies) {
				String other = candidate.getSymbolPrefix();
				if (other != null && prefix.toUpperCase(Locale.ROOT).startsWith(other.toUpperCase(Locale.ROOT) + "/") //$NON-NLS-1$
						&& (parent == null || other.length() > parent.getSymbolPrefix().length())) {
					parent = candidate;
				}
			}
			Body body = F.createBody();
			body.setId(uniqueId("body-" + prefix.replace('/', '-'))); //$NON-NLS-1$
			body.setAcronym(prefix);
			body.setSymbolPrefix(prefix);
			body.setParent(parent);
			body.setKind(parent == null ? BodyKind.GOVERNING_BODY : BodyKind.SUBSIDIARY_BODY);
			record(ImportChange.add(Category.BODY, prefix, workspace, Literals.MANDATE_WORKSPACE__BODIES, body, span,
					PLAUSIBLE, requires(parent)));
			return body;
		}

		/** The document's meeting: the one it already has, else the one its header line dates. */
		private Meeting meeting(Body body) {
			Optional<Document> existing = findDocument(symbol);
			if (existing.isPresent() && existing.get().getMeeting() != null) {
				Meeting meeting = existing.get().getMeeting();
				record(ImportChange.matched(Category.MEETING, proposal.meeting().orElse(meeting.getId()), meeting,
						proposal.meeting().map(line -> spanOf(line, null)).orElse(null), LIKELY));
				return meeting;
			}
			String line = proposal.meeting().orElse(null);
			List<DateMention> dates = line == null ? List.of() : new DateRecognizer().recognize(line);
			if (body == null || dates.isEmpty()) {
				if (line != null) {
					record(ImportChange.unmatched(Category.MEETING, line, Messages.Matcher_meetingWithoutBody,
							spanOf(line, null), GUESS));
				}
				return null;
			}
			DateMention dated = dates.get(0);
			SourceSpan span = spanOf(line, null);
			for (Meeting meeting : values(body, Literals.BODY__MEETINGS, Meeting.class)) {
				LocalDate start = meeting.getStartDate();
				LocalDate end = meeting.getEndDate() == null ? start : meeting.getEndDate();
				if (start != null && !dated.from().isBefore(start) && !dated.from().isAfter(end)) {
					record(ImportChange.matched(Category.MEETING, line, meeting, span, LIKELY));
					return meeting;
				}
			}
			Meeting meeting = F.createMeeting();
			meeting.setId(uniqueId("meeting-" + body.getSymbolPrefix().replace('/', '-') + "-" + dated.from())); //$NON-NLS-1$ //$NON-NLS-2$
			meeting.setStartDate(dated.from());
			meeting.setEndDate(dated.to());
			String venue = (line.substring(0, dated.start()) + line.substring(dated.end()))
					.replaceAll("^[\\s,\uff0c\u3001]+|[\\s,\uff0c\u3001]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!venue.isEmpty()) {
				meeting.setVenue(MultilingualTextQuery.of(language, venue));
			}
			record(ImportChange.add(Category.MEETING, line, body, Literals.BODY__MEETINGS, meeting, span, PLAUSIBLE,
					requires(body)));
			return meeting;
		}

		private Optional<Document> findDocument(DocumentSymbol wanted) {
			return values(workspace, Literals.MANDATE_WORKSPACE__DOCUMENTS, Document.class).stream()
					.filter(d -> wanted.equals(d.getSymbol())).findFirst();
		}

		/** @param chosen whether {@code meeting} was chosen for the import, so it replaces the document's meeting */
		private void document(SourceSpan span, Meeting meeting, boolean chosen) {
			String label = symbol.toString();
			DocumentType type = DocumentType.get(proposal.type());
			Distribution distribution = proposal.distribution().map(Distribution::get).orElse(null);
			LocalDate date = proposal.date().map(Cited::value).orElse(null);
			double confidence = date == null ? LIKELY : SURE;
			Optional<Document> existing = findDocument(symbol);
			if (existing.isEmpty()) {
				document = F.createDocument();
				newDocument = true;
				document.setSymbol(symbol);
				document.setType(type == null ? DocumentType.OTHER : type);
				if (distribution != null) {
					document.setDistribution(distribution);
				}
				document.setDate(date);
				record(ImportChange.add(Category.DOCUMENT, label, workspace, Literals.MANDATE_WORKSPACE__DOCUMENTS,
						document, span, confidence, List.of()));
				// a separate change, so rejecting a new meeting keeps the document
				if (meeting != null) {
					update(Category.DOCUMENT, label, document, Literals.DOCUMENT__MEETING, meeting, span, PLAUSIBLE,
							requires(meeting));
				}
				return;
			}
			document = existing.get();
			boolean changed = false;
			if (type != null && type != DocumentType.OTHER && type != document.getType()) {
				changed |= update(Category.DOCUMENT, label, document, Literals.DOCUMENT__TYPE, type, span, confidence);
			}
			if (distribution != null && distribution != document.getDistribution()) {
				changed |= update(Category.DOCUMENT, label, document, Literals.DOCUMENT__DISTRIBUTION, distribution,
						span, confidence);
			}
			if (date != null && !date.equals(document.getDate())) {
				changed |= update(Category.DOCUMENT, label, document, Literals.DOCUMENT__DATE, date,
						proposal.date().map(this::span).orElse(span), confidence);
			}
			if (meeting != null && document.getMeeting() != meeting && (document.getMeeting() == null || chosen)) {
				changed |= update(Category.DOCUMENT, label, document, Literals.DOCUMENT__MEETING, meeting, span,
						PLAUSIBLE, requires(meeting));
			}
			if (!changed) {
				record(ImportChange.matched(Category.DOCUMENT, label, document, span, confidence));
			}
		}

		private boolean update(Category category, String label, EObject owner, EStructuralFeature feature, Object value,
				SourceSpan span, double confidence) {
			return update(category, label, owner, feature, value, span, confidence, List.of());
		}

		private boolean update(Category category, String label, EObject owner, EStructuralFeature feature, Object value,
				SourceSpan span, double confidence, List<ImportChange> requires) {
			List<ImportChange> all = new ArrayList<>(requires);
			all.addAll(requires(owner));
			record(ImportChange.update(category, label, owner, feature, value, span, confidence, all));
			return true;
		}

		/** The version in the document's language, holding the source text and where the file is kept. */
		private void languageVersion(String path, SourceSpan span) {
			String title = proposal.title().orElse(null);
			Boolean original = proposal.originalLanguage().map(language::equals).orElse(null);
			String label = symbol + " (" + language + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			Optional<LanguageVersion> existing = values(document, Literals.DOCUMENT__VERSIONS, LanguageVersion.class)
					.stream().filter(v -> language.equals(v.getLanguage())).findFirst();
			if (existing.isEmpty()) {
				LanguageVersion version = F.createLanguageVersion();
				version.setLanguage(language);
				version.setTitle(title);
				version.setOriginal(Boolean.TRUE.equals(original));
				version.setFile(path);
				version.setText(text);
				record(ImportChange.add(Category.LANGUAGE_VERSION, label, document, Literals.DOCUMENT__VERSIONS, version,
						span, SURE, requires(document)));
				return;
			}
			LanguageVersion version = existing.get();
			boolean changed = false;
			if (title != null && !title.equals(version.getTitle())) {
				changed |= update(Category.LANGUAGE_VERSION, label, version, Literals.LANGUAGE_VERSION__TITLE, title, span,
						LIKELY);
			}
			if (original != null && original != version.isOriginal()) {
				changed |= update(Category.LANGUAGE_VERSION, label, version, Literals.LANGUAGE_VERSION__ORIGINAL,
						original, span, LIKELY);
			}
			if (!path.equals(version.getFile())) {
				changed |= update(Category.LANGUAGE_VERSION, label, version, Literals.LANGUAGE_VERSION__FILE, path, span,
						SURE);
			}
			if (!text.equals(version.getText())) {
				changed |= update(Category.LANGUAGE_VERSION, label, version, Literals.LANGUAGE_VERSION__TEXT, text, span,
						SURE);
			}
			if (!changed) {
				record(ImportChange.matched(Category.LANGUAGE_VERSION, label, version, span, SURE));
			}
		}

		/** X/Rev.2 supersedes X and X/Rev.1; a later revision already in the workspace supersedes this one. */
		private void supersession(SourceSpan span) {
			for (Document other : values(workspace, Literals.MANDATE_WORKSPACE__DOCUMENTS, Document.class)) {
				if (other == document || other.getSymbol() == null) {
					continue;
				}
				if (symbol.supersedes(other.getSymbol())) {
					link(Category.SUPERSEDES, other.getSymbol().toString(), document, Literals.DOCUMENT__SUPERSEDES, other,
							span, SURE);
				} else if (other.getSymbol().supersedes(symbol)) {
					link(Category.SUPERSEDES, other.getSymbol().toString(), other, Literals.DOCUMENT__SUPERSEDES, document,
							span, SURE);
				}
			}
		}

		/** Adds {@code value} to the list unless it is there; either way the plan shows it. */
		private void link(Category category, String label, EObject owner, EStructuralFeature feature, Object value,
				SourceSpan span, double confidence) {
			if (contains(owner, feature, value)) {
				if (value instanceof EObject object) {
					record(ImportChange.matched(category, label, object, span, confidence));
				}
				return;
			}
			record(ImportChange.link(category, label, owner, feature, value, span, confidence,
					requires(owner, value)));
		}

		private void agendaItem(Meeting meeting) {
			if (proposal.agendaItem().isEmpty()) {
				return;
			}
			String number = proposal.agendaItem().get();
			String label = symbol + " / " + number; //$NON-NLS-1$
			SourceSpan span = proposal.symbol().map(this::span).orElse(null);
			Optional<AgendaItem> item = meeting == null ? Optional.empty()
					: values(meeting, Literals.MEETING__AGENDA, AgendaItem.class).stream()
							.filter(a -> number.equals(a.getNumber())).findFirst();
			if (item.isEmpty()) {
				record(ImportChange.unmatched(Category.AGENDA_ITEM, label, NLS.bind(Messages.Matcher_noAgendaItem, number),
						span, GUESS));
				return;
			}
			link(Category.AGENDA_ITEM, label, document, Literals.DOCUMENT__AGENDA_ITEMS, item.get(), span, LIKELY);
		}

		private void citations() {
			List<Cited<String>> cited = new ArrayList<>();
			proposal.agendaSymbol().ifPresent(cited::add);
			cited.addAll(proposal.symbolsCited());
			Set<DocumentSymbol> seen = new HashSet<>();
			for (Cited<String> citation : cited) {
				Optional<DocumentSymbol> other = DocumentSymbol.tryParse(citation.value());
				if (other.isEmpty() || other.get().equals(symbol) || !seen.add(other.get())) {
					continue;
				}
				Optional<Document> target = findDocument(other.get());
				if (target.isEmpty()) {
					record(ImportChange.unmatched(Category.CITATION, citation.value(), Messages.Matcher_documentNotInWorkspace,
							span(citation), SURE));
				} else {
					link(Category.CITATION, citation.value(), document, Literals.DOCUMENT__CITES, target.get(),
							span(citation), SURE);
				}
			}
		}

		private void resolutions() {
			Set<String> seen = new HashSet<>();
			for (Cited<ImportProposal.ResolutionCitation> cited : proposal.resolutionsCited()) {
				ImportProposal.ResolutionCitation citation = cited.value();
				if (citation.number().isEmpty() || !seen.add(citation.kind() + " " + citation.number())) { //$NON-NLS-1$
					continue;
				}
				String label = (citation.body().isEmpty() ? "" : citation.body() + " ") + citation.kind() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ citation.number();
				Optional<Resolution> resolution = findResolution(citation);
				if (resolution.isEmpty()) {
					record(ImportChange.unmatched(Category.RESOLUTION, label, Messages.Matcher_resolutionNotInWorkspace,
							span(cited), LIKELY));
				} else if (resolution.get().getDocument() == null || resolution.get().getDocument() == document) {
					record(ImportChange.matched(Category.RESOLUTION, label, resolution.get(), span(cited), LIKELY));
				} else {
					link(Category.RESOLUTION, label, document, Literals.DOCUMENT__CITES, resolution.get().getDocument(),
							span(cited), LIKELY);
				}
			}
		}

		private Optional<Resolution> findResolution(ImportProposal.ResolutionCitation citation) {
			for (Body body : values(workspace, Literals.MANDATE_WORKSPACE__BODIES, Body.class)) {
				for (Meeting meeting : values(body, Literals.BODY__MEETINGS, Meeting.class)) {
					for (Resolution resolution : meeting.getResolutions()) {
						if (citation.number().equals(resolution.getNumber())
								&& citation.kind().equals(resolution.getKind().getLiteral())) {
							return Optional.of(resolution);
						}
					}
				}
			}
			return Optional.empty();
		}

		/** The documents whose recommendations are this document's: itself and the revisions on either side. */
		private boolean sameRecommendations(Document other) {
			return other == document || other != null && other.getSymbol() != null
					&& (symbol.supersedes(other.getSymbol()) || other.getSymbol().supersedes(symbol));
		}

		private void recommendations(Meeting meeting) {
			List<Recommendation> known = new ArrayList<>();
			for (Body body : values(workspace, Literals.MANDATE_WORKSPACE__BODIES, Body.class)) {
				for (Meeting each : values(body, Literals.BODY__MEETINGS, Meeting.class)) {
					for (Recommendation recommendation : values(each, Literals.MEETING__RECOMMENDATIONS,
							Recommendation.class)) {
						if (sameRecommendations(recommendation.getDocument())) {
							known.add(recommendation);
						}
					}
				}
			}
			List<Recommendation> withoutDocument = recommendationsWithoutDocument(meeting);
			for (Cited<ImportProposal.RecommendationItem> cited : proposal.recommendations()) {
				ImportProposal.RecommendationItem item = withoutListPunctuation(cited.value());
				String letter = String.valueOf(item.letter());
				String label = item.paragraph() + "(" + letter + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				double confidence = "unknown".equals(item.addressee()) ? GUESS : LIKELY; //$NON-NLS-1$
				Optional<Recommendation> match = known.stream()
						.filter(r -> r.getParagraphNumber() == item.paragraph() && letter.equals(r.getLetter()))
						.findFirst();
				if (match.isEmpty()) {
					match = RecommendationSimilarity.bestMatch(withoutDocument, item.paragraph(), letter, language,
							item.text());
					match.ifPresent(withoutDocument::remove);
					match.ifPresent(known::add);
				}
				if (match.isPresent()) {
					updateRecommendation(match.get(), item, label, span(cited), confidence);
				} else if (meeting == null) {
					record(ImportChange.unmatched(Category.RECOMMENDATION, label, Messages.Matcher_noMeeting, span(cited),
							confidence));
				} else {
					Recommendation recommendation = F.createRecommendation();
					recommendation.setId(uniqueId("rec-" + meeting.getId().replaceFirst("^meeting-", "") + "-" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ item.paragraph() + letter));
					recommendation.setParagraphNumber(item.paragraph());
					recommendation.setLetter(letter);
					recommendation.setText(MultilingualTextQuery.of(language, item.text()));
					recommendation.setAddressees(addressees(item.addressee()));
					recommendation.setDocument(document);
					record(ImportChange.add(Category.RECOMMENDATION, label, meeting, Literals.MEETING__RECOMMENDATIONS,
							recommendation, span(cited), confidence, requires(meeting, document)));
					known.add(recommendation);
				}
			}
		}

		/**
		 * The recommendations of the meeting that no document holds yet (typed in before the report was
		 * imported): a new report of that meeting takes them over instead of adding copies.
		 */
		private List<Recommendation> recommendationsWithoutDocument(Meeting meeting) {
			List<Recommendation> found = new ArrayList<>();
			if (newDocument && meeting != null) {
				for (Recommendation recommendation : values(meeting, Literals.MEETING__RECOMMENDATIONS,
						Recommendation.class)) {
					if (recommendation.getDocument() == null) {
						found.add(recommendation);
					}
				}
			}
			return found;
		}

		/** The item's text without the separator that ends an item of a list ("; and", "；"). */
		private static ImportProposal.RecommendationItem withoutListPunctuation(ImportProposal.RecommendationItem item) {
			String text = item.text().strip().replaceFirst("(?:[;\uff1b,\uff0c]|;\\s+and|;\\s+or)$", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			return new ImportProposal.RecommendationItem(item.paragraph(), item.letter(), item.addressee(), text);
		}

		/**
		 * An existing recommendation read again: a revision takes it over and updates its text in this
		 * language; an older version of a document leaves the revision's recommendation alone.
		 */
		private void updateRecommendation(Recommendation recommendation, ImportProposal.RecommendationItem item,
				String label, SourceSpan span, double confidence) {
			Document owner = recommendation.getDocument();
			if (owner != null && owner != document && owner.getSymbol() != null && owner.getSymbol().supersedes(symbol)) {
				record(ImportChange.matched(Category.RECOMMENDATION, label, recommendation, span, confidence));
				return;
			}
			boolean changed = false;
			if (owner != document) {
				changed |= update(Category.RECOMMENDATION, label, recommendation, Literals.RECOMMENDATION__DOCUMENT,
						document, span, confidence, requires(document));
			}
			MultilingualText current = recommendation.getText();
			if (current == null) {
				changed |= update(Category.RECOMMENDATION, label, recommendation, Literals.RECOMMENDATION__TEXT,
						MultilingualTextQuery.of(language, item.text()), span, confidence);
			} else {
				Optional<LocalizedString> value = current.getValues().stream()
						.filter(v -> language.equals(v.getLanguage())).findFirst();
				if (value.isEmpty()) {
					LocalizedString added = F.createLocalizedString();
					added.setLanguage(language);
					added.setValue(item.text());
					record(ImportChange.add(Category.RECOMMENDATION, label, current, Literals.MULTILINGUAL_TEXT__VALUES,
							added, span, confidence, requires(recommendation)));
					changed = true;
				} else if (!item.text().equals(value.get().getValue())) {
					changed |= update(Category.RECOMMENDATION, label, value.get(), Literals.LOCALIZED_STRING__VALUE,
							item.text(), span, confidence);
				}
			}
			if (recommendation.getAddressees() == null && !"unknown".equals(item.addressee())) { //$NON-NLS-1$
				changed |= update(Category.RECOMMENDATION, label, recommendation, Literals.RECOMMENDATION__ADDRESSEES,
						addressees(item.addressee()), span, confidence);
			}
			if (!changed) {
				record(ImportChange.matched(Category.RECOMMENDATION, label, recommendation, span, confidence));
			}
		}

		/** The model's addressees for an addressee key; member States count as all States parties. */
		private static Addressees addressees(String key) {
			Addressees addressees = F.createAddressees();
			switch (key) {
			case "secretariat" -> addressees.setSecretariat(true); //$NON-NLS-1$
			case "statesParties", "memberStates" -> addressees.setAllStatesParties(true); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				// the working group itself, or no addressee recognized: nothing to mark
			}
			}
			return addressees;
		}

		private List<MandateAction> allActions() {
			List<MandateAction> actions = new ArrayList<>();
			for (Mandate each : values(workspace, Literals.MANDATE_WORKSPACE__MANDATES, Mandate.class)) {
				actions.addAll(values(each, Literals.MANDATE__ACTIONS, MandateAction.class));
			}
			return actions;
		}

		private void notesVerbales() {
			for (Cited<ImportProposal.NoteVerbaleItem> cited : proposal.notesVerbales()) {
				ImportProposal.NoteVerbaleItem item = cited.value();
				String label = item.date().toString();
				if (item.reminder()) {
					reminder(item, label, span(cited));
				} else if (!notes.containsKey(item.date())) {
					note(item, label, span(cited));
				}
			}
		}

		private void note(ImportProposal.NoteVerbaleItem item, String label, SourceSpan span) {
			Optional<NoteVerbale> existing = allActions().stream().filter(NoteVerbale.class::isInstance)
					.map(NoteVerbale.class::cast).filter(n -> item.date().equals(n.getDate())).findFirst();
			if (existing.isPresent()) {
				NoteVerbale note = existing.get();
				notes.put(item.date(), note);
				boolean changed = false;
				for (String topic : item.topics()) {
					if (!contains(note, Literals.NOTE_VERBALE__TOPICS, topic)) {
						link(Category.NOTE_VERBALE, label, note, Literals.NOTE_VERBALE__TOPICS, topic, span, LIKELY);
						changed = true;
					}
				}
				if (!changed) {
					record(ImportChange.matched(Category.NOTE_VERBALE, label, note, span, LIKELY));
				}
				return;
			}
			Mandate holder = mandateFor(item.topics(), span);
			NoteVerbale note = F.createNoteVerbale();
			note.setId(uniqueId("nv-" + item.date())); //$NON-NLS-1$
			note.setDate(item.date());
			note.getTopics().addAll(item.topics());
			record(ImportChange.add(Category.NOTE_VERBALE, label, holder, Literals.MANDATE__ACTIONS, note, span, LIKELY,
					requires(holder)));
			notes.put(item.date(), note);
		}

		private void reminder(ImportProposal.NoteVerbaleItem item, String label, SourceSpan span) {
			Optional<NoteVerbaleReminder> existing = allActions().stream().filter(NoteVerbaleReminder.class::isInstance)
					.map(NoteVerbaleReminder.class::cast).filter(r -> item.date().equals(r.getDate())).findFirst();
			if (existing.isPresent()) {
				record(ImportChange.matched(Category.REMINDER, label, existing.get(), span, LIKELY));
				return;
			}
			NoteVerbale reminded = notes.values().stream().filter(n -> !n.getDate().isAfter(item.date()))
					.reduce((first, second) -> second).orElse(null);
			if (reminded == null) {
				record(ImportChange.unmatched(Category.REMINDER, label, Messages.Matcher_noRemindedNote, span, PLAUSIBLE));
				return;
			}
			Mandate holder = reminded.getMandate() != null ? reminded.getMandate()
					: (Mandate) addedBy.get(reminded).owner();
			NoteVerbaleReminder reminder = F.createNoteVerbaleReminder();
			reminder.setId(uniqueId("nv-reminder-" + item.date())); //$NON-NLS-1$
			reminder.setDate(item.date());
			reminder.setReminded(reminded);
			record(ImportChange.add(Category.REMINDER, label, holder, Literals.MANDATE__ACTIONS, reminder, span, PLAUSIBLE,
					requires(holder, reminded)));
		}

		/**
		 * The mandate a new note verbale goes to: the one sharing most of its topics, else the one of a
		 * note this document already matched, else a new mandate for the notes of this document.
		 */
		private Mandate mandateFor(List<String> topics, SourceSpan span) {
			Mandate best = null;
			long bestOverlap = 0;
			for (Mandate each : values(workspace, Literals.MANDATE_WORKSPACE__MANDATES, Mandate.class)) {
				long overlap = topics.stream().filter(each.getTopics()::contains).count();
				if (overlap > bestOverlap) {
					best = each;
					bestOverlap = overlap;
				}
			}
			if (best != null) {
				return best;
			}
			Optional<Mandate> sibling = notes.values().stream().map(NoteVerbale::getMandate).filter(Objects::nonNull)
					.findFirst();
			if (sibling.isPresent()) {
				return sibling.get();
			}
			if (mandate == null) {
				mandate = F.createMandate();
				mandate.setId(uniqueId("mandate-import-" + slug(symbol.normalizedKey()).toLowerCase(Locale.ROOT))); //$NON-NLS-1$
				mandate.setTitle(ModelTexts.text(ModelTexts.MANDATE_TITLE, symbol.toString()));
				mandate.getTopics().addAll(topics);
				record(ImportChange.add(Category.MANDATE, symbol.toString(), workspace,
						Literals.MANDATE_WORKSPACE__MANDATES, mandate, span, GUESS, List.of()));
			}
			return mandate;
		}

		/** The note verbale the responses of this document answer: its first note verbale. */
		private Optional<NoteVerbale> answeredNote() {
			return notes.values().stream().findFirst();
		}

		private void responses() {
			Map<String, List<Cited<ImportProposal.ResponseItem>>> byState = new LinkedHashMap<>();
			for (Cited<ImportProposal.ResponseItem> cited : proposal.responses()) {
				byState.computeIfAbsent(cited.value().iso3(), k -> new ArrayList<>()).add(cited);
			}
			LocalDate received = proposal.indicators().stream().map(Cited::value).filter(i -> "replies".equals(i.name())) //$NON-NLS-1$
					.map(ImportProposal.IndicatorValue::asOf).findFirst().orElse(null);
			for (Map.Entry<String, List<Cited<ImportProposal.ResponseItem>>> entry : byState.entrySet()) {
				String iso3 = entry.getKey();
				Cited<ImportProposal.ResponseItem> first = entry.getValue().get(0);
				SourceSpan span = span(first);
				List<String> topics = entry.getValue().stream().map(c -> c.value().topic()).filter(t -> !t.isEmpty())
						.distinct().toList();
				Optional<NoteVerbale> note = answeredNote();
				if (note.isEmpty()) {
					record(ImportChange.unmatched(Category.STATE_RESPONSE, iso3, Messages.Matcher_noNoteForResponse, span,
							PLAUSIBLE));
					continue;
				}
				State state = state(iso3, span);
				if (state == null) {
					record(ImportChange.unmatched(Category.STATE_RESPONSE, iso3,
							NLS.bind(Messages.Matcher_unknownState, iso3), span, GUESS));
					continue;
				}
				Optional<StateResponse> existing = values(note.get(), Literals.NOTE_VERBALE__RESPONSES,
						StateResponse.class).stream().filter(r -> r.getState() == state).findFirst();
				if (existing.isPresent()) {
					boolean changed = false;
					for (String topic : topics) {
						if (!contains(existing.get(), Literals.STATE_RESPONSE__TOPICS, topic)) {
							link(Category.STATE_RESPONSE, iso3 + " " + topic, existing.get(), //$NON-NLS-1$
									Literals.STATE_RESPONSE__TOPICS, topic, span, PLAUSIBLE);
							changed = true;
						}
					}
					if (!changed) {
						record(ImportChange.matched(Category.STATE_RESPONSE, iso3, existing.get(), span, PLAUSIBLE));
					}
					continue;
				}
				StateResponse response = F.createStateResponse();
				response.setId(uniqueId("response-" + note.get().getId() + "-" + iso3)); //$NON-NLS-1$ //$NON-NLS-2$
				response.setState(state);
				response.getTopics().addAll(topics);
				response.setReceivedDate(received);
				response.setSubstantive(true);
				record(ImportChange.add(Category.STATE_RESPONSE, iso3, note.get(), Literals.NOTE_VERBALE__RESPONSES,
						response, span, PLAUSIBLE, requires(note.get(), state)));
			}
		}

		private State state(String iso3, SourceSpan span) {
			for (State state : values(workspace, Literals.MANDATE_WORKSPACE__STATES, State.class)) {
				if (iso3.equalsIgnoreCase(state.getIsoCode())) {
					return state;
				}
			}
			Optional<StateReference> reference = catalog.byIso3(iso3);
			if (reference.isEmpty()) {
				return null;
			}
			State state = catalog.createState(reference.get());
			ids.add(state.getId());
			record(ImportChange.add(Category.STATE, iso3, workspace, Literals.MANDATE_WORKSPACE__STATES, state, span, SURE,
					List.of()));
			return state;
		}

		/**
		 * The States of the attendance paragraphs join the meeting's attendance: States parties and
		 * participants as States, signatories and observers as observer States. A meeting without an
		 * attendance gets one.
		 */
		private void attendance(Meeting meeting) {
			Map<String, Cited<StateRole>> attending = new LinkedHashMap<>();
			for (Cited<StateRole> cited : proposal.states()) {
				if (ATTENDING_ROLES.contains(cited.value().role())) {
					attending.putIfAbsent(cited.value().iso3(), cited);
				}
			}
			if (meeting == null || attending.isEmpty()) {
				return;
			}
			Attendance attendance = meeting.getAttendance() != null ? meeting.getAttendance() : attendances.get(meeting);
			if (attendance == null) {
				attendance = F.createAttendance();
				ImportChange change = record(ImportChange.update(Category.ATTENDANCE, MeetingKeys.key(meeting), meeting,
						Literals.MEETING__ATTENDANCE, attendance, span(attending.values().iterator().next()), LIKELY,
						requires(meeting)));
				// later links into the new attendance require this change, as if it had added an object
				addedBy.put(attendance, change);
				attendances.put(meeting, attendance);
			}
			for (Cited<StateRole> cited : attending.values()) {
				String iso3 = cited.value().iso3();
				SourceSpan span = span(cited);
				State state = state(iso3, span);
				if (state == null) {
					record(ImportChange.unmatched(Category.ATTENDANCE, iso3, NLS.bind(Messages.Matcher_unknownState, iso3),
							span, GUESS));
					continue;
				}
				boolean observer = "signatory".equals(cited.value().role()) || "observer".equals(cited.value().role()); //$NON-NLS-1$ //$NON-NLS-2$
				link(Category.ATTENDANCE, iso3, attendance,
						observer ? Literals.ATTENDANCE__OBSERVER_STATES : Literals.ATTENDANCE__STATES, state, span, LIKELY);
			}
		}

		private void indicators() {
			Set<ImportProposal.IndicatorValue> seen = new HashSet<>();
			for (Cited<ImportProposal.IndicatorValue> cited : proposal.indicators()) {
				ImportProposal.IndicatorValue value = cited.value();
				if (!seen.add(value)) {
					continue;
				}
				String label = value.name() + " " + value.value() + " @ " + value.asOf(); //$NON-NLS-1$ //$NON-NLS-2$
				List<Indicator> indicators = values(workspace, Literals.MANDATE_WORKSPACE__INDICATORS, Indicator.class);
				Optional<Indicator> observed = indicators.stream().filter(i -> values(i, Literals.INDICATOR__OBSERVATIONS,
						Observation.class).stream().anyMatch(o -> value.asOf().equals(o.getDate())
								&& o.getValue() == value.value()))
						.findFirst();
				if (observed.isPresent()) {
					record(ImportChange.matched(Category.OBSERVATION, label, observed.get(), span(cited), LIKELY));
					continue;
				}
				Optional<NoteVerbale> note = answeredNote();
				String id = "indicator-" + note.map(NoteVerbale::getId).orElse(slug(symbol.normalizedKey())) + "-" //$NON-NLS-1$ //$NON-NLS-2$
						+ value.name();
				Observation observation = F.createObservation();
				observation.setDate(value.asOf());
				observation.setValue(value.value());
				observation.setNote(ModelTexts.text(ModelTexts.OBSERVATION_NOTE, symbol.toString()));
				Optional<Indicator> indicator = indicators.stream().filter(i -> id.equals(i.getId())).findFirst();
				if (indicator.isPresent()) {
					record(ImportChange.add(Category.OBSERVATION, label, indicator.get(), Literals.INDICATOR__OBSERVATIONS,
							observation, span(cited), LIKELY, requires(indicator.get())));
					continue;
				}
				Indicator created = F.createIndicator();
				created.setId(uniqueId(id));
				created.setName(note.isPresent() ? ModelTexts.dated(ModelTexts.REPLIES_TO_NOTE, note.get().getDate())
						: ModelTexts.text(ModelTexts.REPLIES_IN_DOCUMENT, symbol.toString()));
				Mandate holder = note.map(NoteVerbale::getMandate).orElse(null);
				if (holder == null && note.isPresent() && addedBy.containsKey(note.get())) {
					holder = (Mandate) addedBy.get(note.get()).owner();
				}
				created.setMandate(holder);
				created.getObservations().add(observation);
				record(ImportChange.add(Category.INDICATOR, label, workspace, Literals.MANDATE_WORKSPACE__INDICATORS,
						created, span(cited), LIKELY, requires(holder)));
			}
		}
	}
}
