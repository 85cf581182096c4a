"""Everything that touches python-docx: reading .docx reports, writing drafts and redlines."""
