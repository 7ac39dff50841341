"""The Qt application: the wizard, its pages and inputs, translations, screenshots."""
