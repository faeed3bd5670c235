"""Import wizard and export dialog: self-contained widgets the main window opens from its menus."""

from desktop.ui.exchange.export_dialog import ExportDialog, open_export_dialog
from desktop.ui.exchange.import_wizard import ImportWizard, open_import_wizard

__all__ = ["ExportDialog", "ImportWizard", "open_export_dialog", "open_import_wizard"]
