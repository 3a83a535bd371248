//! The server's shape: no two modules of `server/src` depend on each other, directly or
//! around a circle. A route module imports only what lies below it (state, access,
//! extractors, store, model), never another route module. And the workspace's: every
//! crate takes web-sys from the workspace's one list, so that the nine bundles build it
//! (and Leptos on it) once. Run alone with `cargo test -p server --test structure`.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

/// The module path of a file under `src/`: `routes/people.rs` is `routes::people`.
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    match parts.as_slice() {
        [only] if only == "lib" || only == "main" => "crate".to_owned(),
        [.., last] if last == "mod" => parts[..parts.len() - 1].join("::"),
        _ => parts.join("::"),
    }
}

fn files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The modules a file names through `crate::…` or `super::…`, outside its tests.
fn imports(module: &str, text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let code: String = text
        .split("#[cfg(test)]")
        .next()
        .unwrap_or(text)
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let code = code.as_str();
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let mut found = BTreeSet::new();
    // `use crate::{a, b::{c, d}}` and `crate::a::f()` alike: every word after a root.
    let words: Vec<&str> = code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).collect();
    for chunk in code.split("use ").skip(1).map(|c| c.split(';').next().unwrap_or("")) {
        let root = if chunk.trim_start().starts_with("crate::") {
            Some(String::new())
        } else if chunk.trim_start().starts_with("super::") {
            Some(parent.to_owned())
        } else {
            None
        };
        if let Some(root) = root {
            for name in chunk.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                let candidate = if root.is_empty() { name.to_owned() } else { format!("{root}::{name}") };
                if known.contains(&candidate) && candidate != module {
                    found.insert(candidate);
                }
            }
        }
    }
    for word in words {
        if let Some(path) = word.strip_prefix("crate::") {
            let mut segments = Vec::new();
            for segment in path.split("::") {
                segments.push(segment);
                let candidate = segments.join("::");
                if known.contains(&candidate) && candidate != module {
                    found.insert(candidate);
                }
            }
        }
    }
    // A module's own children are below it, not beside it.
    found.retain(|m| !m.starts_with(&format!("{module}::")));
    found
}

fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut circle = path[start..].to_vec();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn server_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    files(&src, &mut found);
    let known: BTreeSet<String> = found.iter().map(|f| module_of(&src, f)).collect();
    found
        .iter()
        .filter(|f| module_of(&src, f) != "crate")
        .map(|f| {
            let module = module_of(&src, f);
            let text = std::fs::read_to_string(f).unwrap();
            let imports = imports(&module, &text, &known);
            (module, imports)
        })
        .collect()
}

#[test]
fn no_module_of_the_server_depends_on_itself_through_others() {
    let graph = server_graph();
    assert!(graph.len() > 20, "the modules were found: {graph:?}");
    assert!(graph["routes::people"].contains("access"), "imports are read: {:?}", graph["routes::people"]);
    assert_eq!(cycle(&graph), None, "a circle of imports");
}

#[test]
fn a_route_module_imports_no_other_route_module() {
    for (module, imports) in server_graph() {
        if module.starts_with("routes::") {
            let routes: Vec<&String> = imports.iter().filter(|i| i.starts_with("routes")).collect();
            assert!(routes.is_empty(), "{module} imports {routes:?}");
        }
    }
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let graph = BTreeMap::from([
        ("a".to_owned(), BTreeSet::from(["b".to_owned()])),
        ("b".to_owned(), BTreeSet::from(["c".to_owned()])),
        ("c".to_owned(), BTreeSet::from(["a".to_owned()])),
    ]);
    assert_eq!(cycle(&graph), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
}

/// How a crate takes web-sys: as the workspace's one list.
const WEB_SYS_OF_THE_WORKSPACE: &str = "web-sys.workspace = true";

/// The lines of a crate's manifest that name web-sys other than as the workspace's one
/// list: a list of its own, or features added to it, would build web-sys and Leptos
/// again for the bundles of that crate.
fn own_web_sys(manifest: &str) -> Vec<&str> {
    manifest
        .lines()
        .map(str::trim)
        .filter(|line| {
            let names = line.strip_prefix("web-sys").is_some_and(|rest| rest.starts_with([' ', '=', '.']))
                || line.contains(".web-sys]");
            names && *line != WEB_SYS_OF_THE_WORKSPACE
        })
        .collect()
}

#[test]
fn every_crate_takes_web_sys_from_the_workspaces_one_list() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let workspace = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let members = workspace.lines().find(|l| l.starts_with("members")).expect("the workspace's members");
    let mut using = Vec::new();
    for member in members.split('"').skip(1).step_by(2) {
        let manifest = std::fs::read_to_string(root.join(member).join("Cargo.toml")).unwrap();
        assert_eq!(own_web_sys(&manifest), Vec::<&str>::new(), "{member}/Cargo.toml");
        if manifest.lines().any(|l| l.trim() == WEB_SYS_OF_THE_WORKSPACE) {
            using.push(member);
        }
    }
    assert_eq!(using, ["ui", "app", "activities", "console"], "the crates that use web-sys were read");
}

#[test]
fn a_list_of_a_crates_own_is_found() {
    let manifest = "[dependencies]\nweb-sys-extra = \"1\"\nweb-sys = { version = \"0.3\", features = [\"Window\"] }\n\
                    web-sys = { workspace = true, features = [\"Blob\"] }\n[target.'cfg(x)'.dependencies.web-sys]\n\
                    web-sys.workspace = true\n";
    assert_eq!(
        own_web_sys(manifest),
        [
            "web-sys = { version = \"0.3\", features = [\"Window\"] }",
            "web-sys = { workspace = true, features = [\"Blob\"] }",
            "[target.'cfg(x)'.dependencies.web-sys]",
        ]
    );
}
