//! The widget's own interface wording (buttons, section names). Framework content never lives
//! here: it comes from the framework document.

pub const ABOUT: &str = "About this framework";
pub const THEMES: &str = "The themes and key behaviours";
pub const SHOW_ALL: &str = "Show all themes";
pub const HIDE_ALL: &str = "Hide all themes";
pub const KEY_BEHAVIOURS: &str = "Key behaviours";
pub const LINKS: &str = "Links with other leadership frameworks";
pub const CROSSREF: &str = "Find themes from a framework you already use";
pub const CROSSREF_HINT: &str =
    "Choose a heading from another leadership framework to see which themes link to it, with the quotes.";
pub const CROSSREF_LABEL: &str = "Heading in another framework";
pub const CROSSREF_NONE: &str = "Choose a heading";
pub const SHOW_THEME: &str = "Show this theme";
pub const PRIVACY: &str = "This widget runs in your browser. Nothing you do here is sent anywhere.";
pub const SOURCE: &str = "Source";
pub const LOAD_FAILED_TITLE: &str = "Sorry, the leadership framework could not be shown";
pub const LOAD_FAILED_BODY: &str =
    "The framework document given to this widget could not be read. Details for the website's team:";
/// Must match the loader's link text in www/embed.js: the same offer whichever part failed.
pub const FALLBACK_LINK: &str = "Read the framework on this website instead";
// A part of the widget downloaded when first needed (src/split).
pub const LATER_LOADING: &str = "Loading…";
pub const LATER_FAILED_TITLE: &str = "Sorry, this part of the self-check could not be downloaded";
pub const LATER_FAILED_BODY: &str =
    "Check your internet connection, then try again. Your answers are still here on this page.";
pub const TRY_AGAIN: &str = "Try again";
// For the website's team (lsc:error): the loader reads a framework-src document before mounting.
pub const READER_NOT_LOADED: &str =
    "the part of the widget that reads framework-src documents could not be downloaded: deploy every file of the release folder";
pub const NOT_READ: &str = "the framework-src document was not read before mounting (readPartner)";
pub const BUNDLED_NOT_READ: &str =
    "the bundled framework document is not the one build.rs checked: build the release again";
// For the website's team (lsc:error): a later Wasm module did not arrive; the visitor has "Try again".
pub const LATER_NOT_DOWNLOADED: &str = "a later module of the Wasm (named in the console) could not be downloaded: deploy every file of the release folder";

/// "linked from 1 theme" / "linked from 3 themes" (ends a sentence that names the heading).
pub fn linked_from(n: usize) -> String {
    format!("linked from {n} theme{}", if n == 1 { "" } else { "s" })
}

// Tabs.
pub const TAB_FRAMEWORK: &str = "The framework";
pub const TAB_SELF_CHECK: &str = "Self-check";
pub const TABS_LABEL: &str = "Leadership framework and self-check";

// The self-check.
pub const STAYS_HERE: &str = "Your answers stay on this device and are not sent anywhere.";
// "Once … loaded": answers given on the prerendered first screen are saved only when the Wasm replays them.
pub const KEPT: &str =
    "Once this self-check has loaded, they are saved in this browser as you go, so you can come back later.";
pub const CHECK_NOT_SAVED: &str = "This check could not be saved with your earlier checks in this browser (its storage may be full). It is still here on this page: use “Download everything as a file” below to keep it, or print or copy your results before you leave.";
pub const CODES_SET_ASIDE: &str = "Colleagues' codes saved on this device could not be read (they may be from another version of this self-check). They have been kept aside, and codes you add now are kept.";
pub const CODES_NOT_SAVED: &str = "These codes could not be saved in this browser (its storage may be full). They are kept on this page until you leave it: copy them to keep them.";
pub const NOT_KEPT: &str = "They are not kept after you leave this page.";
pub const RESUME_TITLE: &str = "Continue where you left off?";
pub const RESUME: &str = "Continue where you left off";
pub const START_AGAIN: &str = "Start again";
pub const NEXT: &str = "Next";
pub const BACK: &str = "Back";
pub const SEE_RESULTS: &str = "See my results";
/// The step's button when the visitor came to it with "Change" on the summary.
pub const RETURN_TO_SUMMARY: &str = "Return to your answers";
pub const SUMMARY_TITLE: &str = "Check your answers";
pub const SUMMARY_INTRO: &str = "Check your answers before you see your results. You can change any of them.";
pub const CHANGE: &str = "Change";
pub const ERROR_TITLE: &str = "There is a problem";
pub const ERROR_PREFIX: &str = "Error: ";
pub const ERROR_MESSAGE: &str = "Select how often this describes you";

// Notices.
pub const DISMISS: &str = "Dismiss";
pub const NOTICE_NOT_KEPT: &str =
    "This browser is not letting the self-check save your answers. You can still use it, but your answers will be lost when you leave this page.";
pub const NOTICE_SAVE_FAILED: &str =
    "Your latest answers could not be saved in this browser (its storage may be full). They are still here on this page; print, copy or download your results before you leave.";
pub const NOTICE_DELETED: &str = "Your answers have been deleted from this device.";
pub const NOTICE_ELSEWHERE: &str =
    "Your answers were changed in another tab or window, or in another self-check on this page. If you carry on here, the answers on this page will be saved instead.";
pub const NOTICE_NOT_DELETED: &str =
    "This browser did not let the self-check remove your saved answers, so they may still be on this device. You can remove them in your browser's settings for this site.";
pub const NOTICE_DELETED_ELSEWHERE: &str =
    "Your saved answers were deleted in another tab or window, or in another self-check on this page. If you carry on here, this page's answers will be saved again.";
pub const USE_ELSEWHERE: &str = "Use those answers";

// Confirmations.
pub const CONFIRM_AGAIN_TITLE: &str = "Start the self-check again?";
pub const CONFIRM_AGAIN_BODY: &str = "This clears your answers and your action plan.";
pub const CONFIRM_AGAIN_YES: &str = "Yes, start again";
pub const CONFIRM_DELETE_TITLE: &str = "Delete your answers?";
/// What "Delete my answers" deletes, every kind named with how many: it removes everything this
/// self-check keeps on the device.
pub fn confirm_delete_body(checks: usize, codes: usize) -> String {
    let n = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "This deletes from this device your answers and action plans in both the quick and the full check, {} and {}. You cannot undo this.",
        n(checks, "earlier check", "earlier checks"),
        n(codes, "colleague's response code", "colleagues' response codes"),
    )
}
pub const CONFIRM_DELETE_YES: &str = "Yes, delete my answers";
pub const CANCEL: &str = "Cancel";

// Results.
pub const RESULTS_TITLE: &str = "Your results";
pub const SCORES_TITLE: &str = "Your scores (0 to 100)";
pub const READING_TITLE: &str = "What your scores suggest";
pub const FOCUS_LINKS: &str = "Where this theme fits in frameworks you may already use";
pub const PLAN_TITLE: &str = "Your action plan";
pub const PLAN_INTRO: &str =
    "These are the statements you rated lowest. Beside each, write one thing you will do.";
pub const ONE_THING: &str = "One thing I will do";
pub const KEEP_TITLE: &str = "Keep your results";
pub const PRINT: &str = "Print or save as PDF";
pub const COPY: &str = "Copy my results";
pub const DOWNLOAD: &str = "Download my results";
pub const COPIED: &str = "Your results have been copied.";
pub const COPY_FAILED: &str = "This browser did not allow copying.";
pub const COPY_BY_HAND: &str = "Your results, to select and copy";
pub const DOWNLOADED: &str = "Your results have been downloaded as a text file.";
pub const DOWNLOAD_FAILED: &str =
    "Your results could not be downloaded: this page or browser does not allow downloads. Select and copy them below instead.";
pub const PRINT_FAILED: &str =
    "The print dialog did not open: this page or browser does not allow printing. Select and copy your results below instead.";
pub const CHANGE_TITLE: &str = "Change or clear your answers";
pub const CHANGE_ANSWERS: &str = "Change my answers";
pub const DELETE: &str = "Delete my answers";

/// "Step 2 of 4".
pub fn step_of(n: usize, total: usize) -> String {
    format!("Step {n} of {total}")
}

/// The error summary's link for an unanswered statement (asked of a colleague, or not).
pub fn error_for(colleague: bool, statement: &str) -> String {
    format!("{}: {statement}", if colleague { COLLEAGUE_ERROR } else { ERROR_MESSAGE })
}

/// "You have answered 5 of 12 statements on this device."
pub fn resume_body(answered: usize, total: usize) -> String {
    format!("You have answered {answered} of {total} statements on this device.")
}

/// The rest of a "Change" button's name, for screen readers: which answer it changes.
pub fn change_hidden(statement: &str) -> String {
    format!(" your answer to: {statement}")
}

/// "You answered: Rarely".
pub fn you_answered(label: &str) -> String {
    format!("You answered: {label}")
}

// Earlier checks and moving to another device.
pub const EARLIER_TITLE: &str = "Your earlier checks";
pub const EARLIER_NONE: &str =
    "Each check you finish is kept here with its date, so you can see how your scores change.";
/// Where checks are not kept (persist="none", storage blocked or failing); followed by NOT_KEPT.
pub const EARLIER_NONE_ON_PAGE: &str =
    "Each check you finish on this page is listed here with its date, so you can see how your scores change.";
pub const OPEN: &str = "Open";
pub const NOT_WRITTEN: &str = "(not written)";
pub const DELETE_ONE: &str = "Delete";
pub const DELETE_ALL: &str = "Delete all earlier checks";
pub const CONFIRM_DELETE_ALL_TITLE: &str = "Delete all your earlier checks?";
pub const CONFIRM_DELETE_CHECK_BODY: &str =
    "This deletes the check and its action plan from this device. You cannot undo this.";
pub const CONFIRM_DELETE_ALL_BODY: &str =
    "This deletes every earlier check and its action plan from this device. Your answers in progress are kept. You cannot undo this.";
pub const CONFIRM_DELETE_CHECK_YES: &str = "Yes, delete it";
pub const CONFIRM_DELETE_ALL_YES: &str = "Yes, delete them all";
pub const DELETED_CHECK: &str = "The check has been deleted.";
pub const DELETED_ALL: &str = "Your earlier checks have been deleted.";
pub const BACK_FROM_EARLIER: &str = "Back to the self-check";
pub const CHANGES_KEY: &str = "The line across a bar marks that theme's score at your previous check.";
pub const MOVE_TITLE: &str = "Move to another device";
pub const MOVE_BODY: &str =
    "Download everything kept here (your earlier checks, their action plans and your answers in progress) as one file, then load it in this self-check on your other device. The file is made in your browser and not sent anywhere.";
pub const LOAD_WHAT_FITS: &str = "Load what fits";
pub const DO_NOT_LOAD: &str = "Do not load the file";
pub const NOT_LOADED: &str = "Nothing was loaded from the file.";
pub const DOWNLOAD_ALL: &str = "Download everything as a file";
pub const DOWNLOADED_ALL: &str = "Everything kept here has been downloaded as a file.";
pub const DOWNLOADED_PAGE_ANSWERS: &str = "The file has been downloaded, with the answers on this page. Different answers saved on this device are not in it.";
pub const DOWNLOAD_ALL_FAILED: &str =
    "The file could not be downloaded: this page or browser does not allow downloads.";
pub const DOWNLOAD_ALL_NOT_MADE: &str = "The file could not be made, because part of this self-check could not be downloaded. Check your internet connection, then try again.";
pub const LOAD_LABEL: &str = "Load a file from another device";
pub const LOAD_HINT: &str =
    "Checks already here are not added twice, and no check on this device is removed. Files up to 2 MB can be loaded.";

/// "3 March 2026, quick check".
pub const THIS_CHECK: &str = "(this check)";
pub const FUTURE_CHECK: &str = "(dated after today: not compared with)";

pub fn check_name(day: &str, quick: bool) -> String {
    format!("{day}, {} check", if quick { "quick" } else { "full" })
}

/// The warning given before finishing drops the oldest kept check.
pub fn drop_warning(kept: usize, oldest: &str) -> String {
    format!("You have {kept} earlier checks kept; finishing this one removes the oldest, from {oldest}.")
}

/// The heading of an opened earlier check.
pub fn earlier_results(day: &str) -> String {
    format!("Your results from {day}")
}

// Colleagues' views: the colleague's side.
pub const COLLEAGUE_ERROR: &str = "Select an answer";
pub const GET_CODE: &str = "Get my response code";
pub const COLLEAGUE_INTRO: &str = "You have been asked for your view of someone's leadership. Answer the statements below about them. At the end you get a short response code to send back. Whoever you send it to will be able to see each of your answers, and will know they are yours.";

/// The colleague's introduction when the invitation names a collector (the anonymous path).
pub fn colleague_intro_collected(collector: &str) -> String {
    format!("You have been asked for your view of someone's leadership. Answer the statements below about them. At the end you get a short response code to send to {collector}, who combines it with the codes of at least 2 other colleagues: the person who asked you sees only averages. {collector} will be able to see each of your answers, and will know they are yours.")
}
pub const COLLEAGUE_KEPT: &str = "Your answers stay on this device. They are kept in this tab until you close it or clear them; only the code you choose to send leaves it.";
pub const NOT_NOW: &str = "Leave this and use the self-check myself";
pub const CODE_TITLE: &str = "Your response code";
pub const CODE_COPY: &str = "Copy the code";
pub const CODE_COPIED: &str = "The code has been copied.";
pub const CODE_EMAIL: &str = "Email the code";
pub const CODE_EMAIL_SUBJECT: &str = "My view for your leadership self-check";
pub const CODE_DONE: &str = "I have sent it: clear my answers";

/// "Give Sam your view" / "Give your view".
pub fn give_view(name: Option<&str>) -> String {
    name.map_or_else(|| "Give your view".to_string(), |n| format!("Give {n} your view"))
}

/// What to do with the code, naming the person when the invitation did.
pub fn send_code(name: Option<&str>) -> String {
    format!(
        "Send this code to {}: paste it into an email or a message. Anyone who has the code can read each of your answers, and the person you send it to will know they are yours.",
        name.unwrap_or("the person who asked you")
    )
}

/// What to do with the code when the invitation names a collector.
pub fn send_code_collected(name: Option<&str>, collector: &str) -> String {
    let name = name.unwrap_or("the person who asked you");
    format!("Send this code to {collector}, not to {name}: paste it into an email or a message. {collector} can read each of your answers; {name} gets only what {collector} combines from at least 3 colleagues' codes: each theme's average, and how many colleagues it combines.")
}

/// The email to the collector: the code, and the link that opens their view.
pub fn code_email_collected(code: &str, collect_link: &str) -> String {
    format!("Here is my response code for a leadership self-check you are collecting codes for:\n\n{code}\n\nOpen this link, paste the codes colleagues send you, and once you have at least 3, combine them and send the combined code on:\n\n{collect_link}")
}

/// The email's body: the code and what to do with it.
pub fn code_email(code: &str) -> String {
    format!("Here is my response code for your leadership self-check:\n\n{code}\n\nAdd it under \"Add a colleague's response code\" on your results.")
}

// Colleagues' views: the visitor's side.
pub const VIEWS_TITLE: &str = "Your colleagues' views";
pub const ASK_TITLE: &str = "Ask colleagues for their view";
pub const ASK_INTRO: &str = "Send colleagues this link. It opens this page with the same statements, asked about you. Each colleague gets a short response code to send back to you. You will be able to see each colleague's answers, and whose they are: this is named feedback. The link carries which self-check it is and the name you give, never your answers.";
pub const NAME_LABEL: &str = "Your first name (optional)";
pub const NAME_HINT: &str =
    "Colleagues see it in the question, for example \"How often does this describe Sam?\"";
/// The name box's message when what is typed is not a name.
pub fn name_error() -> String {
    use lsc_core::colleagues::invite::{MAX_NAME_CHARS, MAX_NAME_WORDS};
    format!("Enter a name of up to {MAX_NAME_CHARS} characters and {MAX_NAME_WORDS} words, using only letters, spaces, hyphens, apostrophes and full stops: not an address, a web link, a number or a message")
}
pub const LINK_LABEL: &str = "Invitation link";
pub const COLLECTOR_LABEL: &str = "Someone to collect the codes (optional)";
pub const COLLECTOR_HINT: &str = "To keep each colleague's answers from you, name someone you and they trust, such as a coach, someone in HR or a colleague. Colleagues then send their codes to that person, who combines at least 3 into one code for you, holding only each theme's average.";
pub const COLLECT_LINK_HINT: &str = "Send this link to the person collecting. It opens this page where they combine the codes. Colleagues' emails to them carry it too.";
pub const COLLECT_LINK_EMAIL: &str = "Email the link to the person collecting";
pub const COLLECT_LINK_SUBJECT: &str = "Could you collect my colleagues' views?";

/// The collector's link's label.
pub fn collect_link_label(collector: &str) -> String {
    format!("Link for {collector}")
}

/// The email asking the collector.
pub fn collect_email(collect_link: &str) -> String {
    format!("I am doing a leadership self-check and have asked colleagues for their view. I have asked them to send their response codes to you, so that I do not see any one colleague's answers. Once you have at least 3, open this link, paste the codes, and send me the combined code it gives you:\n\n{collect_link}")
}

/// The comparison's introduction in the anonymous path.
pub fn combined_intro(colleagues: u8) -> String {
    format!("From a combined code: the averages of {colleagues} colleagues' views, combined by the person who collected their codes. It holds no colleague's own answers.")
}

// The collector's view.
pub const COLLECT_ADD_TITLE: &str = "Add colleagues' response codes";
pub const COLLECT_HINT: &str = "Paste the codes colleagues sent you, one or several at once. Capitals, spaces, dashes, line breaks and a label such as \"Code:\" do not matter.";
pub const COLLECT_KEPT: &str =
    "The codes are kept in this page only: nothing is saved, and they are gone when you close or reload it.";
pub const COMBINE: &str = "Combine the codes";
pub const COMBINED_TITLE: &str = "The combined code";
pub const COMBINED_SUBJECT: &str = "Your colleagues' combined views";
pub const COLLECT_LEAVE: &str = "Leave this and use the self-check myself";

/// The collector's view's heading.
pub fn collect_title(name: Option<&str>) -> String {
    name.map_or_else(
        || "Combine colleagues' codes".to_string(),
        |n| format!("Combine colleagues' codes for {n}"),
    )
}

/// What the collector is asked to do, and what each side can see.
pub fn collect_intro(name: Option<&str>) -> String {
    let name = name.unwrap_or("the person who asked for their views");
    format!("Colleagues have been asked for their view of {name}'s leadership, and to send their response codes to you. Paste them here. Once you have at least 3, combine them: the combined code holds only each theme's average and how many colleagues scored it, and you send it to {name}. You can see each colleague's answers in their code: keep the codes to yourself and delete them once the combined code is sent. Combine once, when all the codes are in: two combined codes that differ by one colleague would let {name} work out that colleague's scores.")
}

/// What to do with the combined code.
pub fn combined_help(name: Option<&str>) -> String {
    format!(
        "Send this code to {}. They add it on their results, where colleagues' codes are added.",
        name.unwrap_or("the person who asked for their colleagues' views")
    )
}

/// The combined code's email.
pub fn combined_email(code: &str) -> String {
    format!("Here is the combined code of your colleagues' views for your leadership self-check:\n\n{code}\n\nAdd it under \"Add a colleague's response code\" on your results.")
}
pub const LINK_COPY: &str = "Copy the link";
pub const LINK_COPIED: &str = "The link has been copied.";
pub const LINK_EMAIL: &str = "Email the link";
pub const LINK_EMAIL_SUBJECT: &str = "Could you give me your view of my leadership?";
pub const ADD_TITLE: &str = "Add a colleague's response code";
pub const CODE_LABEL: &str = "Response code";
/// The code box's hint, stating the limit.
pub fn code_hint() -> String {
    format!("Paste the code a colleague sent you, or several at once. Capitals, spaces, dashes, line breaks and a label such as \"Code:\" do not matter. Up to {} codes are kept.", lsc_core::colleagues::views::MAX_CODES)
}
pub const ADD_CODE: &str = "Add the code";
pub const CODES_TITLE: &str = "Codes added";
pub const NO_CODES: &str = "You have not added any codes yet.";
pub const REMOVE_CODE: &str = "Remove";
pub const CODES_KEPT: &str =
    "The codes are kept with your answers, where your answers are kept, and deleted with them.";
pub const COMPARE_CAPTION: &str = "Your scores beside your colleagues' views (0 to 100)";
pub const COMPARE_THEME: &str = "Theme";
pub const COMPARE_YOU: &str = "You";
pub const COMPARE_AVERAGE: &str = "Colleagues' average";
pub const COMPARE_RANGE: &str = "Colleagues' range";
pub const COMPARE_GAP: &str = "Difference";
pub const TOO_FEW: &str = "Fewer than 3 colleagues scored this";
pub const NO_SCORE: &str = "No score";
pub const BLIND_SPOT: &str = "Possible blind spot: you rate yourself at least 20 higher";
pub const STRENGTH: &str = "Strength others see: they rate you at least 20 higher";
pub const NO_GAP: &str = "Within 20";

/// "Add 2 more response codes to see your colleagues' views…"
pub fn need_more(n: usize) -> String {
    format!(
        "Add {n} more response code{} to see your colleagues' views beside yours: the comparison starts at 3. Each code shows you that colleague's answers, and you know who sent it.",
        if n == 1 { "" } else { "s" }
    )
}

/// A refused code's message: as it is when the paste held one code, else saying which it was.
pub fn refusal(position: usize, of: usize, message: &str) -> String {
    if of == 1 {
        message.to_string()
    } else {
        format!("Code {position} of the {of} you pasted: {message}")
    }
}

/// What a paste added, which earlier codes a colleague's changed code replaced, and whether a
/// combined code was added.
pub fn codes_report(added: usize, replaced: &[usize], combined: bool) -> String {
    let mut out = match added {
        0 => String::new(),
        1 => "1 code added.".to_string(),
        n => format!("{n} codes added."),
    };
    if combined {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str("Combined code added: the comparison now shows it.");
    }
    for n in replaced {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!(
            "Code {n} replaced by the same colleague's new code: they changed their answers."
        ));
    }
    out
}

/// " code 2", after "Remove": the remove button's name says which code.
pub fn code_number(n: usize) -> String {
    format!(" code {n}")
}

/// "From 33 to 67".
pub fn range(low: u8, high: u8) -> String {
    format!("{low} to {high}")
}

/// The invitation email's body.
pub fn link_email(link: &str) -> String {
    format!("I am doing a leadership self-check and would value your view. Open this link, answer the statements about me, and send me the short code you get at the end:\n\n{link}\n\nYour answers stay on your device until you send me the code. I will be able to see your answers, and that they are yours.")
}
