//! Embeds the `locales/<code>/*.ftl` files, so a language is a folder and a row in
//! `language.rs`, and no list of files is kept by hand.
//!
//! Each file is parsed here, with Fluent's own parser, and compiled to the compact form
//! that `messages.rs` formats: a browser then carries no Fluent parser or resolver. What
//! our texts use of Fluent is plain text, `{ $variables }` and plural selections; anything
//! else stops the build with the message and file that use it.
use std::{env, fmt::Write as _, fs, path::Path};

use fluent_syntax::ast;

// The compact form's markers; `messages.rs` has the same. No text may contain them.
const VAR: char = '\u{1}';
const VAR_END: char = '\u{2}';
const SELECT: char = '\u{3}';
const SELECTOR_END: char = '\u{4}';
const KEY_END: char = '\u{5}';
const VARIANT_END: char = '\u{6}';
const SELECT_END: char = '\u{7}';
const ID_END: char = '\u{1f}';
const MESSAGE_END: char = '\u{1e}';

fn main() {
    // Read when the script runs, not baked in when it was compiled: a build script built
    // in another checkout that shares the target folder must not read that checkout's texts.
    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest_dir).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut folders: Vec<_> =
        fs::read_dir(&locales).expect("locales/ exists").flatten().filter(|e| e.path().is_dir()).collect();
    folders.sort_by_key(fs::DirEntry::file_name);
    // The staff console's texts only go into a build that asks for them: a newcomer's
    // phone downloads the newcomers' texts alone.
    let bundle = Bundle::current();
    let wasm = bundle != Bundle::Native;
    // A browser's bundle other than the console's carries no texts: it fetches the
    // reader's language alone, by its version (`i18n::text_path`). Every language has
    // every message (a test in `i18n.rs`), so none needs Swedish to fall back on there.
    // The console, the server and the tests embed all languages.
    let fetched = wasm && bundle != Bundle::Console;

    let mut compiled = String::new();
    let mut versions = String::new();
    let mut sources = String::new();
    for folder in folders {
        println!("cargo:rerun-if-changed={}", folder.path().display());
        let code = folder.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(folder.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .filter(|p| p.file_stem().is_some_and(|s| carries(s.to_str().unwrap_or_default(), bundle)))
            .collect();
        files.sort();
        let (mut these_compiled, mut these_versions, mut these_sources) = (vec![], vec![], vec![]);
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            let source = fs::read_to_string(file).unwrap();
            let text = compile(&source, &file.display().to_string());
            these_versions.push(format!("({stem:?}, \"{:016x}\")", fnv1a(text.as_bytes())));
            these_compiled.push(format!("({stem:?}, {text:?})"));
            these_sources
                .push(format!("({stem:?}, include_str!({:?}))", file.canonicalize().unwrap().display().to_string()));
        }
        writeln!(versions, "        {code:?} => &[{}],", these_versions.join(", ")).unwrap();
        if !fetched {
            writeln!(compiled, "        {code:?} => &[{}],", these_compiled.join(", ")).unwrap();
        }
        // The Fluent sources themselves, for the checks of the texts: never in a browser.
        if !wasm {
            writeln!(sources, "        {code:?} => &[{}],", these_sources.join(", ")).unwrap();
        }
    }
    let mut code = String::new();
    for (name, arms) in [("compiled", compiled), ("versions", versions), ("sources", sources)] {
        writeln!(
            code,
            "#[allow(dead_code, clippy::match_single_binding)]\npub(crate) fn {name}(code: &str) -> &'static [(&'static str, &'static str)] {{\n    match code {{\n{arms}        _ => &[],\n    }}\n}}"
        )
        .unwrap();
    }
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs"), code).unwrap();
}

/// What the build being made is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bundle {
    /// The server and every native build (tests): every file.
    Native,
    /// The staff console's wasm.
    Console,
    /// The association leaders' wasm (`/club`).
    Club,
    /// The finder's, the Sportotek's, the guides' and Mine's wasm.
    Activities,
    /// The orientation app's wasm.
    Newcomer,
}

impl Bundle {
    /// The bundle of this build, by its target and the features asked of `model`: the
    /// finder's (`activities`), the leaders' (`club`) and the console's (`staff`) texts.
    fn current() -> Bundle {
        let feature = |name: &str| env::var_os(format!("CARGO_FEATURE_{name}")).is_some();
        let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
        match (wasm, feature("STAFF"), feature("CLUB"), feature("ACTIVITIES")) {
            (false, ..) => Bundle::Native,
            (true, true, ..) => Bundle::Console,
            (true, false, true, _) => Bundle::Club,
            (true, false, false, true) => Bundle::Activities,
            (true, false, false, false) => Bundle::Newcomer,
        }
    }
}

/// Whether a build carries the texts of `file`: the newcomers' own everywhere, the
/// finder's, the Sportotek's, the guides' and Mine's in the activities bundles, the
/// console's and the association leaders' (`club`) in the console and the leaders'
/// bundle, the mails (`mail.ftl`) only on the server, and every file on the server, which
/// serves the fetched ones.
fn carries(file: &str, bundle: Bundle) -> bool {
    match (file, bundle) {
        ("app", _) | (_, Bundle::Native) => true,
        ("mail", _) => false,
        // The orientation app's own pages: the finder's bundles do not download them.
        ("orientation", b) => matches!(b, Bundle::Newcomer),
        // The leaders' office lists its activities by category and status (`activities`).
        ("activities", b) => matches!(b, Bundle::Activities | Bundle::Console | Bundle::Club),
        ("sportotek" | "guides" | "mine", b) => matches!(b, Bundle::Activities | Bundle::Console),
        // The region's shared articles are the console's only: the leaders' bundle stays light.
        ("region", b) => matches!(b, Bundle::Console),
        (_, b) => matches!(b, Bundle::Console | Bundle::Club),
    }
}

/// A Fluent file in the compact form: `id ID_END pattern MESSAGE_END`, one per message.
fn compile(source: &str, file: &str) -> String {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{file}: Fluent syntax errors: {errors:?}"));
    let mut out = String::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                let value = message.value.unwrap_or_else(|| panic!("{file}: {id} has no value"));
                assert!(message.attributes.is_empty(), "{file}: {id} has attributes, which the app does not read");
                out.push_str(id);
                out.push(ID_END);
                pattern(&value, &mut out, &format!("{file}: {id}"));
                out.push(MESSAGE_END);
            }
            ast::Entry::Term(term) => panic!("{file}: the term -{} is not supported", term.id.name),
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_)
            | ast::Entry::Junk { .. } => {}
        }
    }
    out
}

fn pattern(pattern: &ast::Pattern<&str>, out: &mut String, at: &str) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                assert!(
                    !value.contains(|c: char| ('\u{1}'..='\u{7}').contains(&c) || c == ID_END || c == MESSAGE_END),
                    "{at}: a control character in the text"
                );
                out.push_str(value);
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Inline(inline) } => variable(inline, out, at),
            ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants } } => {
                out.push(SELECT);
                let ast::InlineExpression::VariableReference { id } = selector else {
                    panic!("{at}: only a variable can be selected on")
                };
                out.push_str(id.name);
                out.push(SELECTOR_END);
                for variant in variants {
                    if variant.default {
                        out.push('*');
                    }
                    let ast::VariantKey::Identifier { name } = variant.key else {
                        panic!("{at}: number keys are not supported; use the plural categories")
                    };
                    out.push_str(name);
                    out.push(KEY_END);
                    self::pattern(&variant.value, out, at);
                    out.push(VARIANT_END);
                }
                out.push(SELECT_END);
            }
        }
    }
}

fn variable(inline: &ast::InlineExpression<&str>, out: &mut String, at: &str) {
    let ast::InlineExpression::VariableReference { id } = inline else {
        panic!("{at}: only {{ $variables }} and plural selections are supported, not {inline:?}")
    };
    out.push(VAR);
    out.push_str(id.name);
    out.push(VAR_END);
}

/// FNV-1a, 64 bits: a file's version in its address, so a phone keeps it until it changes.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
