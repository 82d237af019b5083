"""Translation backends: one `TranslationModel` interface, in transformers and with CTranslate2."""
