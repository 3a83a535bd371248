//! Embeds every `locales/<code>/*.ftl` file, so a language is a folder and a row in
//! `language.rs`, and no list of files is kept by hand.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut code = String::from(
        "pub(crate) fn sources(code: &str) -> &'static [(&'static str, &'static str)] {\n    match code {\n",
    );
    let mut folders: Vec<_> =
        fs::read_dir(&locales).expect("locales/ exists").flatten().filter(|e| e.path().is_dir()).collect();
    folders.sort_by_key(fs::DirEntry::file_name);
    // The staff console's texts only go into a build that asks for them: a newcomer's
    // phone downloads the newcomers' texts alone.
    let staff = env::var_os("CARGO_FEATURE_STAFF").is_some();
    // The activity finder's bundle adds its own file.
    let activities = env::var_os("CARGO_FEATURE_ACTIVITIES").is_some();
    for folder in folders {
        println!("cargo:rerun-if-changed={}", folder.path().display());
        let mut files: Vec<_> = fs::read_dir(folder.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .filter(|p| staff || p.file_stem().is_some_and(|s| s == "app" || (activities && s == "activities")))
            .collect();
        files.sort();
        let includes: Vec<String> = files
            .iter()
            .map(|f| {
                println!("cargo:rerun-if-changed={}", f.display());
                let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
                format!("({stem:?}, include_str!({:?}))", f.canonicalize().unwrap().display().to_string())
            })
            .collect();
        writeln!(code, "        {:?} => &[{}],", folder.file_name().to_string_lossy(), includes.join(", ")).unwrap();
    }
    code.push_str("        _ => &[],\n    }\n}\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs"), code).unwrap();
}
