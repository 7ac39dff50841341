"""The domain of the residence-permit assistant: no Qt here (a test enforces it).

The public API used by the UI, the CLI and the packet builder, by module (imported where needed,
so that starting the window loads none of it before the first page is shown):

- `assistant.model`: `Case` and its parts
- `assistant.casefile`: `open_case_file`, `save_case_file`, `load_case`, `case_from_json_text`
- `assistant.engine`: `assess(case, today) -> Assessment` (`assistant.assessment`)
- `assistant.interview`: which pages and fields apply to a case
- `assistant.authorities`: `find_authority(place, postcode)`
- `assistant.forms`: `fill_form(case, form_id, editable=...)`
- `assistant.packet`: `build_packet(case, assessment, lang)`
- `assistant.calendar_export`: `deadlines_to_ics(assessment, lang)`
- `assistant.session`, `assistant.config`, `assistant.logsetup`: modes, drafts, end of session
"""
