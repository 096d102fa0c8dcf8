//! Events for host pages: which reader actions tell a host what, and that a restore,
//! a load or another tab's change never does; and the `events` option.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::model::{
    embed_query, habit_keys, parse_options, quiz_keys, widget_snippet, ChecklistAction,
    ChecklistData, ChecklistState, EmbedOptions, HabitBand, HostEvent, HostEventValue, Persisted,
    PersistedAction, PersistedPart, QuizAction, QuizBand, QuizPhase, QuizState, SelfCheckAction,
    SelfCheckState, Snapshot, Stored,
};

fn loaded<P: PersistedPart>(
    content: &'static P::Content,
    stored: Stored<P::Saved>,
) -> Persisted<P> {
    Persisted::<P>::new(content).reduce(PersistedAction::Loaded(Snapshot {
        stored,
        generation: 0,
    }))
}

fn act<P: PersistedPart>(model: Persisted<P>, action: P::Action) -> Persisted<P> {
    model.reduce(PersistedAction::Act(action))
}

static TIPS: [&str; 3] = ["fibre", "plants", "sleep"];

#[test]
fn checklist_changes_tell_the_count_of_shown_tips_only() {
    let model = loaded::<ChecklistState>(
        &TIPS,
        Stored::Current(ChecklistData {
            ticked: vec!["retired-tip".into()],
        }),
    );
    assert_eq!(model.event, None, "a load tells nothing");
    let model = act(model, ChecklistAction::Toggle("fibre".into()));
    assert_eq!(
        model.event,
        Some(HostEvent::ChecklistChanged(1)),
        "the retired id is not counted"
    );
    let model = act(model, ChecklistAction::Toggle("sleep".into()));
    assert_eq!(model.event, Some(HostEvent::ChecklistChanged(2)));
    let revision = model.revision;
    let model = act(model, ChecklistAction::UndoExpired);
    assert_eq!(
        model.revision, revision,
        "no change, so nothing new to tell"
    );
    let model = act(model, ChecklistAction::ClearAll);
    assert_eq!(model.event, Some(HostEvent::ChecklistChanged(0)));
    let model = act(model, ChecklistAction::Undo);
    assert_eq!(model.event, Some(HostEvent::ChecklistChanged(2)));
}

#[test]
fn nothing_is_told_before_the_saved_state_is_read() {
    let model = Persisted::<ChecklistState>::new(&TIPS);
    let model = act(model, ChecklistAction::Toggle("fibre".into()));
    assert_eq!((model.revision, model.event), (0, None));
}

#[test]
fn forgetting_ticks_here_tells_the_count_once_and_nothing_else_is_told() {
    let model = act(
        loaded::<ChecklistState>(&TIPS, Stored::Absent),
        ChecklistAction::Toggle("fibre".into()),
    );
    let (revision, changes) = (model.revision, model.changes);
    let model = model.reduce(PersistedAction::Forgotten(Some(1)));
    assert_eq!(model.event, Some(HostEvent::ChecklistChanged(0)));
    assert_eq!(model.changes, changes + 1, "the host is told once");
    assert_eq!(model.revision, revision, "forgetting saves nothing");
    let again = model.reduce(PersistedAction::Forgotten(Some(2)));
    assert_eq!(again.changes, changes + 1, "nothing was left to forget");
    // Another tab's forget is that tab's reader's action, told by that tab's embed.
    let elsewhere = act(
        loaded::<ChecklistState>(&TIPS, Stored::Absent),
        ChecklistAction::Toggle("fibre".into()),
    );
    let changes = elsewhere.changes;
    let elsewhere = elsewhere.reduce(PersistedAction::External(Snapshot {
        stored: Stored::Absent,
        generation: 1,
    }));
    assert_eq!(elsewhere.changes, changes);
    // A quiz in progress, forgotten, finishes nothing.
    let quiz = act(
        loaded::<QuizState>(quiz_keys(), Stored::Absent),
        QuizAction::Start(7),
    );
    let quiz = quiz.reduce(PersistedAction::Forgotten(Some(1)));
    assert_eq!(quiz.event, None);
}

fn answered_quiz(right: usize) -> Persisted<QuizState> {
    let keys = quiz_keys();
    let mut model = act(
        loaded::<QuizState>(keys, Stored::Absent),
        QuizAction::Start(7),
    );
    for position in 0..keys.len() {
        let question = &keys[model.state.order[position]];
        let choice = if position < right {
            question.correct
        } else {
            (question.correct + 1) % question.options
        };
        model = act(model, QuizAction::Select(choice));
        model = act(model, QuizAction::Check);
        if position + 1 < keys.len() {
            assert_eq!(model.event, None, "answering tells nothing");
            model = act(model, QuizAction::Next);
        }
    }
    model
}

#[test]
fn finishing_the_quiz_tells_its_band_once() {
    for (right, band) in [
        (10, QuizBand::Strong),
        (6, QuizBand::Good),
        (2, QuizBand::Starting),
    ] {
        let model = act(answered_quiz(right), QuizAction::Next);
        assert_eq!(model.state.phase, QuizPhase::Finished);
        assert_eq!(
            model.event,
            Some(HostEvent::QuizFinished(band)),
            "{right} right"
        );
        let revision = model.revision;
        let again = act(model.clone(), QuizAction::Next);
        assert_eq!(
            again.revision, revision,
            "a finished quiz does not finish twice"
        );
        // The same finished quiz, read back on a reload, tells nothing.
        let saved = model.state.to_saved(quiz_keys());
        let restored = loaded::<QuizState>(quiz_keys(), Stored::Current(saved));
        assert_eq!(restored.state.phase, QuizPhase::Finished);
        assert_eq!(restored.event, None);
        // Nor does another tab's finished quiz.
        let saved = model.state.to_saved(quiz_keys());
        let followed = restored.reduce(PersistedAction::External(Snapshot {
            stored: Stored::Current(saved),
            generation: 0,
        }));
        assert_eq!(followed.event, None);
    }
}

#[test]
fn submitting_a_complete_self_check_tells_its_band() {
    let keys = habit_keys();
    let mut model = loaded::<SelfCheckState>(keys, Stored::Absent);
    model = act(model, SelfCheckAction::Submit);
    assert_eq!(
        model.event, None,
        "an incomplete self-check is not finished"
    );
    for (question, key) in keys.iter().enumerate() {
        // The option worth the most points on every question: the top band.
        let best = (0..key.points.len())
            .max_by_key(|&option| key.points[option])
            .unwrap_or(0);
        model = act(
            model,
            SelfCheckAction::Answer {
                question,
                option: best,
            },
        );
        assert_eq!(model.event, None);
    }
    model = act(model, SelfCheckAction::Submit);
    assert_eq!(
        model.event,
        Some(HostEvent::SelfCheckFinished(HabitBand::Strong))
    );
    let restored = loaded::<SelfCheckState>(keys, Stored::Current(model.state.clone()));
    assert_eq!(restored.event, None, "a restored result tells nothing");
}

// The same under every language feature (`cargo test --features lang-es`): hosts get
// stable ids, never words.
#[test]
fn events_carry_only_a_name_and_a_band_id_or_a_count() {
    let cases = [
        (HostEvent::Ready, "ready", None),
        (
            HostEvent::QuizFinished(QuizBand::Good),
            "quiz-finished",
            Some(HostEventValue::Band("good")),
        ),
        (
            HostEvent::SelfCheckFinished(HabitBand::RoomToBuild),
            "self-check-finished",
            Some(HostEventValue::Band("room-to-build")),
        ),
        (
            HostEvent::ChecklistChanged(4),
            "checklist-changed",
            Some(HostEventValue::Ticks(4)),
        ),
    ];
    for (event, name, value) in cases {
        assert_eq!((event.name(), event.value()), (name, value));
    }
    assert_eq!(HostEventValue::Band("good").field(), "band");
    assert_eq!(HostEventValue::Ticks(1).field(), "ticks");
    let ids: Vec<&str> = [QuizBand::Strong, QuizBand::Good, QuizBand::Starting]
        .map(QuizBand::id)
        .into_iter()
        .chain(
            [
                HabitBand::RoomToBuild,
                HabitBand::GoodBase,
                HabitBand::Strong,
            ]
            .map(HabitBand::id),
        )
        .collect();
    assert_eq!(
        ids,
        [
            "strong",
            "good",
            "starting",
            "room-to-build",
            "good-base",
            "strong"
        ]
    );
}

#[test]
fn the_events_option_is_a_flag_that_snippets_carry() {
    let read = |value: Option<&str>| {
        parse_options(|name| {
            (name == "events")
                .then(|| value.map(str::to_owned))
                .flatten()
        })
    };
    assert!(!read(None).0.events, "off unless asked");
    assert!(
        read(Some("")).0.events,
        "?embed&events and a bare data-events"
    );
    assert!(read(Some("true")).0.events);
    assert!(!read(Some("false")).0.events);
    let (options, warnings) = read(Some("yes please"));
    assert!(!options.events);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].option, "events");
    let options = EmbedOptions {
        events: true,
        ..EmbedOptions::default()
    };
    assert_eq!(embed_query(&options), "?embed&events");
    assert_eq!(
        widget_snippet("https://example.org/gsa/", &options),
        format!(
            "<div data-gut-skin data-lang=\"{}\" data-events></div>\n<script type=\"module\" src=\"https://example.org/gsa/widget.js\"></script>",
            gut_skin_axis::model::Language::of_build().tag()
        )
    );
    assert_eq!(embed_query(&EmbedOptions::default()), "?embed");
}

#[test]
fn the_events_note_names_only_the_parts_the_embed_shows() {
    use gut_skin_axis::content::{
        events_note, EVENTS_NOTE_CHECKLIST, EVENTS_NOTE_QUIZ, EVENTS_NOTE_SELF_CHECK,
    };
    let lines = [
        EVENTS_NOTE_QUIZ,
        EVENTS_NOTE_SELF_CHECK,
        EVENTS_NOTE_CHECKLIST,
    ];
    for shown in 0..8u8 {
        let parts = [shown & 1 != 0, shown & 2 != 0, shown & 4 != 0];
        let note = events_note(parts[0], parts[1], parts[2]);
        for (line, shows) in lines.iter().zip(parts) {
            assert_eq!(note.contains(line), shows, "{note}");
        }
    }
}
