//! Writing a bundle to a folder and reading it back gives the same files;
//! reading refuses what could reach outside the folder.

mod common;

use vilab_gallery::{read_dir, verify, write_dir};

#[test]
fn a_written_bundle_reads_back_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("bundle");
    let mut files = common::bundle();
    write_dir(&out, &files).unwrap();
    let mut read = read_dir(&out).unwrap();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    read.sort_by(|a, b| a.path.cmp(&b.path));
    assert_eq!(read, files);
    assert!(verify(&read, None).is_ok());
    // Never into a folder that holds something.
    assert!(write_dir(&out, &files).is_err());
}

#[test]
fn a_file_added_on_disk_is_an_extra_file() {
    let dir = tempfile::tempdir().unwrap();
    write_dir(dir.path(), &common::bundle()).unwrap();
    std::fs::write(dir.path().join("items/zz.jpg"), b"x").unwrap();
    let error = verify(&read_dir(dir.path()).unwrap(), None).unwrap_err();
    assert_eq!(error.bundle_path(), Some("items/zz.jpg"));
}

#[test]
fn hidden_files_odd_names_and_deep_folders_are_refused() {
    for (name, expect) in [(".DS_Store", ".DS_Store"), ("a b.txt", "a b.txt"), ("items/x/y.jpg", "items/x")] {
        let dir = tempfile::tempdir().unwrap();
        write_dir(dir.path(), &common::bundle()).unwrap();
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"x").unwrap();
        let error = read_dir(dir.path()).unwrap_err();
        assert_eq!(error.bundle_path(), Some(expect), "{name}: {error}");
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    write_dir(dir.path(), &common::bundle()).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", dir.path().join("items/link.jpg")).unwrap();
    let error = read_dir(dir.path()).unwrap_err();
    assert_eq!(error.bundle_path(), Some("items/link.jpg"));
    // Nor may the bundle itself be a link.
    let link = dir.path().join("..").join(format!("{}-link", dir.path().file_name().unwrap().to_string_lossy()));
    std::os::unix::fs::symlink(dir.path(), &link).unwrap();
    assert!(read_dir(&link).is_err());
    std::fs::remove_file(&link).unwrap();
}
