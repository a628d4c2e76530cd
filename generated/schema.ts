// Generated from spec/openapi.yaml by scripts/generate.ts. Do not edit: change the spec or the generator, then run `npm run generate`.
export interface paths {
    "/access_codes/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update an access code (PUT)
         * @description Changes one active or upcoming access code: its PIN, name, schedule, type or offline
         *     settings. Only `access_code_id` is required; properties left out keep their current
         *     values.
         *
         *     The lock applies the change asynchronously. The response carries an action attempt of
         *     type `UPDATE_ACCESS_CODE`: poll `/action_attempts/get` with its `action_attempt_id`
         *     until `status` is `success` (the `result` holds the updated access code) or `error`.
         *
         *     Cross-field rules:
         *     - `ends_at` must be in the future and after `starts_at`.
         *     - `type: ongoing` removes the time bounds: do not send `starts_at` or `ends_at` with it.
         */
        put: operations["accessCodesUpdatePut"];
        /**
         * Update an access code
         * @description Changes one active or upcoming access code: its PIN, name, schedule, type or offline
         *     settings. Only `access_code_id` is required; properties left out keep their current
         *     values.
         *
         *     The lock applies the change asynchronously. The response carries an action attempt of
         *     type `UPDATE_ACCESS_CODE`: poll `/action_attempts/get` with its `action_attempt_id`
         *     until `status` is `success` (the `result` holds the updated access code) or `error`.
         *
         *     Cross-field rules:
         *     - `ends_at` must be in the future and after `starts_at`.
         *     - `type: ongoing` removes the time bounds: do not send `starts_at` or `ends_at` with it.
         */
        post: operations["accessCodesUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an access code (PATCH)
         * @description Changes one active or upcoming access code: its PIN, name, schedule, type or offline
         *     settings. Only `access_code_id` is required; properties left out keep their current
         *     values.
         *
         *     The lock applies the change asynchronously. The response carries an action attempt of
         *     type `UPDATE_ACCESS_CODE`: poll `/action_attempts/get` with its `action_attempt_id`
         *     until `status` is `success` (the `result` holds the updated access code) or `error`.
         *
         *     Cross-field rules:
         *     - `ends_at` must be in the future and after `starts_at`.
         *     - `type: ongoing` removes the time bounds: do not send `starts_at` or `ends_at` with it.
         */
        patch: operations["accessCodesUpdatePatch"];
        trace?: never;
    };
    "/access_codes/update_multiple": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a group of linked access codes
         * @description Changes the schedule or name of every access code in a group linked by a
         *     `common_code_key`. Such groups are made by `/access_codes/create_multiple`, and all of
         *     their codes share one PIN, across several devices.
         *
         *     Cross-field rule: `ends_at` must be in the future and after `starts_at`.
         */
        post: operations["accessCodesUpdateMultiple"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a group of linked access codes (PATCH)
         * @description Changes the schedule or name of every access code in a group linked by a
         *     `common_code_key`. Such groups are made by `/access_codes/create_multiple`, and all of
         *     their codes share one PIN, across several devices.
         *
         *     Cross-field rule: `ends_at` must be in the future and after `starts_at`.
         */
        patch: operations["accessCodesUpdateMultiplePatch"];
        trace?: never;
    };
    "/access_codes/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List access codes (GET)
         * @description Lists the access codes of a device, or the codes named by `access_code_ids`, in the order
         *     they were created.
         *
         *     The answer is one page: at most `limit` codes, and a `pagination` object. While
         *     `pagination.has_next_page` is true, ask again with the same filters and
         *     `page_cursor` set to `pagination.next_page_cursor` for the next page. The client does
         *     this for you: iterate the call with `for await`.
         */
        get: operations["accessCodesListGet"];
        put?: never;
        /**
         * List access codes
         * @description Lists the access codes of a device, or the codes named by `access_code_ids`, in the order
         *     they were created.
         *
         *     The answer is one page: at most `limit` codes, and a `pagination` object. While
         *     `pagination.has_next_page` is true, ask again with the same filters and
         *     `page_cursor` set to `pagination.next_page_cursor` for the next page. The client does
         *     this for you: iterate the call with `for await`.
         */
        post: operations["accessCodesListPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action_attempts/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an action attempt
         * @description Returns the current state of an action attempt, such as the one `/access_codes/update`
         *     answers with. Poll it until `status` is `success` or `error`.
         */
        post: operations["actionAttemptsGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Any event
         * @description Seam delivers every event of the workspace to each webhook URL, one POST per event; `event_type` tells which. The entries below describe each event type.
         */
        post: operations["eventWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "access_code.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An access code was changed
         * @description Sent when a change to an access code was accepted (for example by `/access_codes/update`), before the lock applied it. `access_code.set_on_device` follows once the lock has it.
         */
        post: operations["accessCodeChangedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "access_code.code_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The PIN of an access code changed
         * @description Sent when the PIN of an access code changed.
         */
        post: operations["accessCodeCodeChangedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "access_code.set_on_device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An access code was set on the lock
         * @description Sent when the lock has applied an access code, after its action attempt succeeded.
         */
        post: operations["accessCodeSetOnDeviceWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "access_code.delay_in_setting_on_device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Setting an access code on the lock is delayed
         * @description Sent when the lock has not applied an access code yet, for example because it is offline.
         */
        post: operations["accessCodeDelayInSettingOnDeviceWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "access_code.failed_to_set_on_device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Setting an access code on the lock failed
         * @description Sent when the lock could not apply an access code, after its action attempt ended in error.
         */
        post: operations["accessCodeFailedToSetOnDeviceWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Properties to change on one access code. Properties left out keep their values. */
        UpdateAccessCodeRequest: {
            /**
             * Format: uuid
             * @description ID of the access code to update.
             */
            access_code_id: string;
            /**
             * @description Whether changes made to this code outside Seam (for example in the lock maker's app)
             *     are allowed to stand. Same meaning as `is_external_modification_allowed`.
             * @default false
             */
            allow_external_modification?: boolean;
            /**
             * @description Whether to attempt the update even when the device is offline.
             * @default true
             */
            attempt_for_offline_device?: boolean;
            /** @description New PIN, 4 to 9 digits. */
            code?: string;
            /**
             * Format: uuid
             * @description ID of the device that holds the access code.
             */
            device_id?: string;
            /**
             * Format: date-time
             * @description When the code stops working, as an ISO 8601 date-time. Must be in the future and
             *     after `starts_at`.
             */
            ends_at?: string;
            /**
             * @description Whether changes made to this code outside Seam are allowed to stand. Same meaning
             *     as `allow_external_modification`.
             * @default false
             */
            is_external_modification_allowed?: boolean;
            /**
             * @description Whether Seam manages this code. To turn an unmanaged code into a managed one, use
             *     `/access_codes/unmanaged/convert_to_managed` instead.
             */
            is_managed?: boolean;
            /** @description Whether this is an offline access code, computed by the lock rather than sent to it. */
            is_offline_access_code?: boolean;
            /** @description Whether this offline access code works only once. */
            is_one_time_use?: boolean;
            /**
             * @description The most the start and end of an offline access code may be rounded. Use `1d`
             *     (or `1day`) for a daily-bound offline code on devices that support it.
             * @default 1hour
             * @enum {string}
             */
            max_time_rounding?: "1hour" | "1day" | "1h" | "1d";
            /**
             * @description Name of the code in Seam. Lock makers may shorten or split names, so the name shown
             *     on the lock or in the maker's app can differ; Seam reports that one as the access
             *     code's `appearance`.
             */
            name?: string;
            /**
             * @description Whether to use the lock's own scheduling for time-bound codes, where the lock has it.
             * @default true
             */
            prefer_native_scheduling?: boolean;
            /**
             * @description Length of PIN to generate when `code` is not given. If the device does not support
             *     this length, Seam uses the shortest length it does support.
             */
            preferred_code_length?: number;
            /**
             * Format: date-time
             * @description When the code starts working, as an ISO 8601 date-time.
             */
            starts_at?: string;
            /**
             * @description Whether to answer only after the change has been applied, instead of at once.
             * @default false
             */
            sync?: boolean;
            /**
             * @description Kind to convert the code to. `ongoing` makes it permanent and removes its time
             *     bounds; `time_bound` needs `starts_at` and `ends_at`.
             * @enum {string}
             */
            type?: "ongoing" | "time_bound";
            /**
             * @description Whether to use Seam's pool of backup codes for this code; when true, a backup can be
             *     taken with `/access_codes/pull_backup_access_code`.
             */
            use_backup_access_code_pool?: boolean;
            /**
             * @deprecated
             * @description Deprecated; use `is_offline_access_code`.
             */
            use_offline_access_code?: boolean;
        };
        /** @description Properties to change on every access code of a linked group. */
        UpdateMultipleAccessCodesRequest: {
            /** @description Key that links the group, assigned by `/access_codes/create_multiple`. */
            common_code_key: string;
            /**
             * Format: date-time
             * @description When the codes start working, as an ISO 8601 date-time.
             */
            starts_at?: string;
            /**
             * Format: date-time
             * @description When the codes stop working, as an ISO 8601 date-time. Must be in the future and
             *     after `starts_at`.
             */
            ends_at?: string;
            /** @description New name for every code in the group (see `name` on a single update). */
            name?: string;
        };
        ListAccessCodesRequest: {
            /**
             * Format: uuid
             * @description ID of the device whose access codes to list. Specify `device_id` or `access_code_ids`.
             */
            device_id?: string;
            /** @description IDs of the access codes to list. Specify `device_id` or `access_code_ids`. */
            access_code_ids?: string[];
            /**
             * Format: float
             * @description Numerical limit on the number of access codes to return.
             * @default 55000
             */
            limit?: number;
            /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
            page_cursor?: string | null;
        };
        /** @description Information about the current page of results. */
        pagination: {
            /** @description Indicates whether there is another page of results after this one. */
            has_next_page: boolean;
            /** @description Opaque value that can be used to select the next page of results via the `page_cursor` parameter. */
            next_page_cursor: string | null;
            /**
             * Format: uri
             * @description URL to get the next page of results.
             */
            next_page_url: string | null;
        };
        /** @description Which action attempt to return. */
        GetActionAttemptRequest: {
            /**
             * Format: uuid
             * @description ID of the action attempt.
             */
            action_attempt_id: string;
        };
        /** @description The action attempt. */
        GetActionAttemptResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            ok: true;
            action_attempt: components["schemas"]["action_attempt"];
        };
        /** @description A success with nothing more to say. */
        OkResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            ok: true;
        };
        /** @description The update was accepted. */
        UpdateAccessCodeResponse: {
            /**
             * @description Always true on success.
             * @constant
             */
            ok: true;
            action_attempt: components["schemas"]["action_attempt"];
        };
        /**
         * @description Progress of an operation that a lock applies asynchronously, named as in Seam's API. Here,
         *     `UPDATE_ACCESS_CODE`: `status` says which of the three shapes it has.
         */
        action_attempt: components["schemas"]["UpdateAccessCodeActionAttemptPending"] | components["schemas"]["UpdateAccessCodeActionAttemptSuccess"] | components["schemas"]["UpdateAccessCodeActionAttemptError"];
        /** @description The lock has not applied the update yet. */
        UpdateAccessCodeActionAttemptPending: {
            /**
             * @description Still in progress. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            status: "pending";
            /**
             * @description The operation this attempt tracks.
             * @constant
             */
            action_type: "UPDATE_ACCESS_CODE";
            /**
             * Format: uuid
             * @description ID to poll with `/action_attempts/get`.
             */
            action_attempt_id: string;
            /** @description No result yet. */
            result: null;
            /** @description No error. */
            error: null;
        };
        /** @description The lock has applied the update. */
        UpdateAccessCodeActionAttemptSuccess: {
            /**
             * @description Finished successfully. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            status: "success";
            /**
             * @description The operation this attempt tracks.
             * @constant
             */
            action_type: "UPDATE_ACCESS_CODE";
            /**
             * Format: uuid
             * @description ID of this attempt.
             */
            action_attempt_id: string;
            /** @description What the update produced. */
            result: {
                access_code: components["schemas"]["access_code"];
            };
            /** @description No error. */
            error: null;
        };
        /** @description The update failed. */
        UpdateAccessCodeActionAttemptError: {
            /**
             * @description Finished with an error. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            status: "error";
            /**
             * @description The operation this attempt tracks.
             * @constant
             */
            action_type: "UPDATE_ACCESS_CODE";
            /**
             * Format: uuid
             * @description ID of this attempt.
             */
            action_attempt_id: string;
            /** @description No result. */
            result: null;
            error: components["schemas"]["ActionAttemptError"];
        };
        /** @description Why an action attempt failed. */
        ActionAttemptError: {
            /** @description Machine-readable kind of failure. */
            type: string;
            /** @description Human-readable explanation. */
            message: string;
        };
        /** @description A PIN code programmed on a smart lock. */
        access_code: {
            /**
             * Format: uuid
             * @description ID of the access code.
             */
            access_code_id: string;
            /**
             * Format: uuid
             * @description ID of the device that holds the code.
             */
            device_id: string;
            /** @description Name of the code in Seam. */
            name?: string | null;
            /** @description The PIN, when known. */
            code?: string | null;
            /**
             * @description Whether the code is permanent or works only between `starts_at` and `ends_at`.
             * @enum {string}
             */
            type: "ongoing" | "time_bound";
            /**
             * @description Where the code stands on the lock.
             * @enum {string}
             */
            status: "setting" | "set" | "unset" | "removing" | "unknown";
            /**
             * Format: date-time
             * @description When a time-bound code starts working.
             */
            starts_at?: string | null;
            /**
             * Format: date-time
             * @description When a time-bound code stops working.
             */
            ends_at?: string | null;
            /** @description Key of the linked group this code belongs to, if any. */
            common_code_key?: string | null;
            /**
             * Format: date-time
             * @description When the code was created.
             */
            created_at: string;
        };
        /** @description The envelope of every error answer. */
        ErrorResponse: {
            /**
             * @description Always false on error.
             * @constant
             */
            ok: false;
            error: components["schemas"]["ApiError"];
        };
        /** @description The error envelope of an `invalid_input` answer, with per-field details. */
        InvalidInputErrorResponse: {
            /**
             * @description Always false on error.
             * @constant
             */
            ok: false;
            error: components["schemas"]["InvalidInputError"];
        };
        /** @description The request body is not valid. */
        InvalidInputError: {
            /**
             * @description Always `invalid_input`.
             * @constant
             */
            type: "invalid_input";
            /** @description Human-readable summary of the first problem. */
            message: string;
            /** @description ID of the request; quote it when reporting a problem. */
            request_id?: string;
            validation_errors: components["schemas"]["ValidationErrors"];
        };
        /** @description What went wrong. */
        ApiError: {
            /**
             * @description Machine-readable kind of error, such as `invalid_input`, `unauthorized`,
             *     `access_code_not_found`, `device_not_found` or `rate_limited`.
             */
            type: string;
            /** @description Human-readable explanation. */
            message: string;
            /** @description ID of the request; quote it when reporting a problem. */
            request_id?: string;
            validation_errors?: components["schemas"]["ValidationErrors"];
            /** @description Extra details, for some error types. */
            data?: Record<string, never>;
        };
        /**
         * @description Problems with the request, by field. `_errors` at each level holds the messages for
         *     that level; each other key is a field with the same shape.
         */
        ValidationErrors: {
            /** @description Messages for this level. */
            _errors: string[];
        } & {
            [key: string]: components["schemas"]["ValidationErrors"];
        };
        /**
         * @description Represents an event. Events let you know when something interesting happens in your workspace. For example, when a lock is unlocked, Seam creates a `lock.unlocked` event. When a device's battery level is low, Seam creates a `device.battery_low` event.
         *
         *     As with other API resources, you can retrieve an individual event or a list of events. Seam also provides a separate webhook system for sending the event objects directly to an endpoint on your sever. Manage webhooks through [Seam Console](https://console.seam.co). You can also use the webhooks sandbox in Seam Console to see the different payloads for each event and test them against your own endpoints.
         */
        event: components["schemas"]["access_code_changed_event"] | components["schemas"]["access_code_code_changed_event"] | components["schemas"]["access_code_set_on_device_event"] | components["schemas"]["access_code_delay_in_setting_on_device_event"] | components["schemas"]["access_code_failed_to_set_on_device_event"];
        /** @description An [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) was changed. */
        access_code_changed_event: {
            /**
             * Format: uuid
             * @description ID of the affected access code.
             */
            access_code_id: string;
            /** @description Human-readable reason for the change (e.g. `ongoing code auto-renewed`). */
            change_reason?: string;
            /** @description List of properties that changed on the access code. */
            changed_properties?: {
                /** @description Previous value of the property, or null if not set. */
                from: string | null;
                /** @description Name of the property that changed (e.g. `code`). */
                property: string;
                /** @description New value of the property, or null if cleared. */
                to: string | null;
            }[];
            /** @description Custom metadata of the connected account, present when connected_account_id is provided. */
            connected_account_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /**
             * Format: uuid
             * @description ID of the connected account associated with the affected access code.
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the event was created.
             */
            created_at: string;
            /** @description Custom metadata of the device, present when device_id is provided. */
            device_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /**
             * Format: uuid
             * @description ID of the device associated with the affected access code.
             */
            device_id: string;
            /** @description Human-readable description of the event. Persisted when the event is created (so the creating code, including a provider, can supply a tailored description) and otherwise derived from the event. */
            event_description?: string;
            /**
             * Format: uuid
             * @description ID of the event.
             */
            event_id: string;
            /**
             * @description Type of the event. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "access_code.changed";
            /**
             * Format: date-time
             * @description Date and time at which the event occurred.
             */
            occurred_at: string;
            /**
             * Format: uuid
             * @description ID of the workspace associated with the event.
             */
            workspace_id: string;
        };
        /** @description The pin code of an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) was changed on the device. */
        access_code_code_changed_event: {
            /**
             * Format: uuid
             * @description ID of the affected access code.
             */
            access_code_id: string;
            /** @description Custom metadata of the connected account, present when connected_account_id is provided. */
            connected_account_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /**
             * Format: uuid
             * @description ID of the connected account associated with the affected access code.
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the event was created.
             */
            created_at: string;
            /** @description Human-readable description of the change and its source. */
            description: string;
            /** @description Custom metadata of the device, present when device_id is provided. */
            device_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /**
             * Format: uuid
             * @description ID of the device associated with the affected access code.
             */
            device_id: string;
            /** @description Human-readable description of the event. Persisted when the event is created (so the creating code, including a provider, can supply a tailored description) and otherwise derived from the event. */
            event_description?: string;
            /**
             * Format: uuid
             * @description ID of the event.
             */
            event_id: string;
            /**
             * @description Type of the event. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "access_code.code_changed";
            /** @description Previous pin code configuration. */
            from: {
                /** @description Previous pin code. */
                code: string | null;
            };
            /**
             * Format: date-time
             * @description Date and time at which the event occurred.
             */
            occurred_at: string;
            /** @description New pin code configuration. */
            to: {
                /** @description New pin code. */
                code: string | null;
            };
            /**
             * Format: uuid
             * @description ID of the workspace associated with the event.
             */
            workspace_id: string;
        };
        /** @description An [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) was set on a device. */
        access_code_set_on_device_event: {
            /**
             * Format: uuid
             * @description ID of the affected access code.
             */
            access_code_id: string;
            /** @description Code for the affected access code. */
            code: string;
            /** @description Custom metadata of the connected account, present when connected_account_id is provided. */
            connected_account_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /**
             * Format: uuid
             * @description ID of the connected account associated with the affected access code.
             */
            connected_account_id: string;
            /**
             * Format: date-time
             * @description Date and time at which the event was created.
             */
            created_at: string;
            /** @description Custom metadata of the device, present when device_id is provided. */
            device_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /**
             * Format: uuid
             * @description ID of the device associated with the affected access code.
             */
            device_id: string;
            /** @description Human-readable description of the event. Persisted when the event is created (so the creating code, including a provider, can supply a tailored description) and otherwise derived from the event. */
            event_description?: string;
            /**
             * Format: uuid
             * @description ID of the event.
             */
            event_id: string;
            /**
             * @description Type of the event. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "access_code.set_on_device";
            /**
             * Format: date-time
             * @description Date and time at which the event occurred.
             */
            occurred_at: string;
            /**
             * Format: uuid
             * @description ID of the workspace associated with the event.
             */
            workspace_id: string;
        };
        /** @description There was an unusually long delay in setting an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) on a device. */
        access_code_delay_in_setting_on_device_event: {
            /** @description Errors associated with the access code. */
            access_code_errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue. */
                error_code: string;
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * Format: uuid
             * @description ID of the affected access code.
             */
            access_code_id: string;
            /** @description Warnings associated with the access code. */
            access_code_warnings: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue. */
                warning_code: string;
            }[];
            /** @description Custom metadata of the connected account, present when connected_account_id is provided. */
            connected_account_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /** @description Errors associated with the connected account. */
            connected_account_errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue. */
                error_code: string;
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * Format: uuid
             * @description ID of the connected account associated with the affected access code.
             */
            connected_account_id: string;
            /** @description Warnings associated with the connected account. */
            connected_account_warnings: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue. */
                warning_code: string;
            }[];
            /**
             * Format: date-time
             * @description Date and time at which the event was created.
             */
            created_at: string;
            /** @description Custom metadata of the device, present when device_id is provided. */
            device_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /** @description Errors associated with the device. */
            device_errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue. */
                error_code: string;
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * Format: uuid
             * @description ID of the device associated with the affected access code.
             */
            device_id: string;
            /** @description Warnings associated with the device. */
            device_warnings: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue. */
                warning_code: string;
            }[];
            /** @description Human-readable description of the event. Persisted when the event is created (so the creating code, including a provider, can supply a tailored description) and otherwise derived from the event. */
            event_description?: string;
            /**
             * Format: uuid
             * @description ID of the event.
             */
            event_id: string;
            /**
             * @description Type of the event. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "access_code.delay_in_setting_on_device";
            /**
             * Format: date-time
             * @description Date and time at which the event occurred.
             */
            occurred_at: string;
            /**
             * Format: uuid
             * @description ID of the workspace associated with the event.
             */
            workspace_id: string;
        };
        /** @description An [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes) failed to be set on a device. */
        access_code_failed_to_set_on_device_event: {
            /** @description Errors associated with the access code. */
            access_code_errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue. */
                error_code: string;
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * Format: uuid
             * @description ID of the affected access code.
             */
            access_code_id: string;
            /** @description Warnings associated with the access code. */
            access_code_warnings: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue. */
                warning_code: string;
            }[];
            /** @description Custom metadata of the connected account, present when connected_account_id is provided. */
            connected_account_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /** @description Errors associated with the connected account. */
            connected_account_errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue. */
                error_code: string;
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * Format: uuid
             * @description ID of the connected account associated with the affected access code.
             */
            connected_account_id: string;
            /** @description Warnings associated with the connected account. */
            connected_account_warnings: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue. */
                warning_code: string;
            }[];
            /**
             * Format: date-time
             * @description Date and time at which the event was created.
             */
            created_at: string;
            /** @description Custom metadata of the device, present when device_id is provided. */
            device_custom_metadata?: {
                [key: string]: string | boolean;
            };
            /** @description Errors associated with the device. */
            device_errors: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the error.
                 */
                created_at: string;
                /** @description Unique identifier of the type of error. Enables quick recognition and categorization of the issue. */
                error_code: string;
                /** @description Detailed description of the error. Provides insights into the issue and potentially how to rectify it. */
                message: string;
            }[];
            /**
             * Format: uuid
             * @description ID of the device associated with the affected access code.
             */
            device_id: string;
            /** @description Warnings associated with the device. */
            device_warnings: {
                /**
                 * Format: date-time
                 * @description Date and time at which Seam created the warning.
                 */
                created_at: string;
                /** @description Detailed description of the warning. Provides insights into the issue and potentially how to rectify it. */
                message: string;
                /** @description Unique identifier of the type of warning. Enables quick recognition and categorization of the issue. */
                warning_code: string;
            }[];
            /** @description Human-readable description of the event. Persisted when the event is created (so the creating code, including a provider, can supply a tailored description) and otherwise derived from the event. */
            event_description?: string;
            /**
             * Format: uuid
             * @description ID of the event.
             */
            event_id: string;
            /**
             * @description Type of the event. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            event_type: "access_code.failed_to_set_on_device";
            /**
             * Format: date-time
             * @description Date and time at which the event occurred.
             */
            occurred_at: string;
            /**
             * Format: uuid
             * @description ID of the workspace associated with the event.
             */
            workspace_id: string;
        };
    };
    responses: {
        /** @description The update was accepted; the action attempt tracks it. */
        UpdateAccessCodeOk: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UpdateAccessCodeResponse"];
            };
        };
        /** @description Every access code in the group was updated. */
        UpdateMultipleAccessCodesOk: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OkResponse"];
            };
        };
        /** @description One page of access codes. */
        ListAccessCodesOk: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description This page's access codes. */
                    access_codes: components["schemas"]["access_code"][];
                    pagination: components["schemas"]["pagination"];
                    /** @description Always true. */
                    ok: boolean;
                };
            };
        };
        /** @description The request body is not valid; `validation_errors` says which fields and why. */
        InvalidInput: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InvalidInputErrorResponse"];
            };
        };
        /** @description The token is missing, unknown, or not allowed in this workspace. */
        Unauthorized: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description No access code, device or linked group matches the given ID or key:
         *     `access_code_not_found` for an unknown `access_code_id` or `common_code_key`,
         *     `device_not_found` for an unknown `device_id`.
         */
        NotFound: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No action attempt has the given ID. */
        ActionAttemptNotFound: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests; wait for `Retry-After` before trying again. */
        RateLimited: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                /**
                 * @description Seconds to wait, or an HTTP date after which to try again.
                 * @example 2
                 */
                "retry-after"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API failed or is unavailable; 502, 503 and 504 are worth retrying. */
        ServerError: {
            headers: {
                "seam-request-id": components["headers"]["SeamRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: {
        /** @description The access code to change, and the properties to change on it. */
        UpdateAccessCode: {
            content: {
                "application/json": components["schemas"]["UpdateAccessCodeRequest"];
            };
        };
        /** @description The group of linked access codes to change, and the properties to change on them. */
        UpdateMultipleAccessCodes: {
            content: {
                "application/json": components["schemas"]["UpdateMultipleAccessCodesRequest"];
            };
        };
        /** @description Which access codes to list, and which page. */
        ListAccessCodes: {
            content: {
                "application/json": components["schemas"]["ListAccessCodesRequest"];
            };
        };
    };
    headers: {
        /**
         * @description ID of this request; quote it when reporting a problem.
         * @example ec56770c-b45e-4faa-9614-d987d793d684
         */
        SeamRequestId: string;
    };
    pathItems: never;
}
export type SchemaUpdateAccessCodeRequest = components["schemas"]["UpdateAccessCodeRequest"];
export type SchemaUpdateMultipleAccessCodesRequest = components["schemas"]["UpdateMultipleAccessCodesRequest"];
export type SchemaListAccessCodesRequest = components["schemas"]["ListAccessCodesRequest"];
export type SchemaPagination = components["schemas"]["pagination"];
export type SchemaGetActionAttemptRequest = components["schemas"]["GetActionAttemptRequest"];
export type SchemaGetActionAttemptResponse = components["schemas"]["GetActionAttemptResponse"];
export type SchemaOkResponse = components["schemas"]["OkResponse"];
export type SchemaUpdateAccessCodeResponse = components["schemas"]["UpdateAccessCodeResponse"];
export type SchemaActionAttempt = components["schemas"]["action_attempt"];
export type SchemaUpdateAccessCodeActionAttemptPending = components["schemas"]["UpdateAccessCodeActionAttemptPending"];
export type SchemaUpdateAccessCodeActionAttemptSuccess = components["schemas"]["UpdateAccessCodeActionAttemptSuccess"];
export type SchemaUpdateAccessCodeActionAttemptError = components["schemas"]["UpdateAccessCodeActionAttemptError"];
export type SchemaActionAttemptError = components["schemas"]["ActionAttemptError"];
export type SchemaAccessCode = components["schemas"]["access_code"];
export type SchemaErrorResponse = components["schemas"]["ErrorResponse"];
export type SchemaInvalidInputErrorResponse = components["schemas"]["InvalidInputErrorResponse"];
export type SchemaInvalidInputError = components["schemas"]["InvalidInputError"];
export type SchemaApiError = components["schemas"]["ApiError"];
export type SchemaValidationErrors = components["schemas"]["ValidationErrors"];
export type SchemaEvent = components["schemas"]["event"];
export type SchemaAccessCodeChangedEvent = components["schemas"]["access_code_changed_event"];
export type SchemaAccessCodeCodeChangedEvent = components["schemas"]["access_code_code_changed_event"];
export type SchemaAccessCodeSetOnDeviceEvent = components["schemas"]["access_code_set_on_device_event"];
export type SchemaAccessCodeDelayInSettingOnDeviceEvent = components["schemas"]["access_code_delay_in_setting_on_device_event"];
export type SchemaAccessCodeFailedToSetOnDeviceEvent = components["schemas"]["access_code_failed_to_set_on_device_event"];
export type ResponseUpdateAccessCodeOk = components["responses"]["UpdateAccessCodeOk"];
export type ResponseUpdateMultipleAccessCodesOk = components["responses"]["UpdateMultipleAccessCodesOk"];
export type ResponseListAccessCodesOk = components["responses"]["ListAccessCodesOk"];
export type ResponseInvalidInput = components["responses"]["InvalidInput"];
export type ResponseUnauthorized = components["responses"]["Unauthorized"];
export type ResponseNotFound = components["responses"]["NotFound"];
export type ResponseActionAttemptNotFound = components["responses"]["ActionAttemptNotFound"];
export type ResponseRateLimited = components["responses"]["RateLimited"];
export type ResponseServerError = components["responses"]["ServerError"];
export type RequestBodyUpdateAccessCode = components["requestBodies"]["UpdateAccessCode"];
export type RequestBodyUpdateMultipleAccessCodes = components["requestBodies"]["UpdateMultipleAccessCodes"];
export type RequestBodyListAccessCodes = components["requestBodies"]["ListAccessCodes"];
export type HeaderSeamRequestId = components["headers"]["SeamRequestId"];
export type $defs = Record<string, never>;
export interface operations {
    accessCodesUpdatePut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateAccessCode"];
        responses: {
            200: components["responses"]["UpdateAccessCodeOk"];
            400: components["responses"]["InvalidInput"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    accessCodesUpdate: operations["accessCodesUpdatePut"];
    accessCodesUpdatePatch: operations["accessCodesUpdatePut"];
    accessCodesUpdateMultiple: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateMultipleAccessCodes"];
        responses: {
            200: components["responses"]["UpdateMultipleAccessCodesOk"];
            400: components["responses"]["InvalidInput"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    accessCodesUpdateMultiplePatch: operations["accessCodesUpdateMultiple"];
    accessCodesListGet: {
        parameters: {
            query?: {
                /**
                 * @description ID of the device whose access codes to list. Specify `device_id` or `access_code_ids`.
                 * @example 2b5d3f8e-4a1c-4f3e-9d2b-7c6a5e4d3c2b
                 */
                device_id?: string;
                /** @description IDs of the access codes to list. Specify `device_id` or `access_code_ids`. */
                access_code_ids?: string[];
                /** @description Numerical limit on the number of access codes to return. */
                limit?: number;
                /** @description Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`. */
                page_cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListAccessCodesOk"];
            400: components["responses"]["InvalidInput"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    accessCodesListPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ListAccessCodes"];
        responses: operations["accessCodesListGet"]["responses"];
    };
    actionAttemptsGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action attempt to look up. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetActionAttemptRequest"];
            };
        };
        responses: {
            /** @description The action attempt. */
            200: {
                headers: {
                    "seam-request-id": components["headers"]["SeamRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetActionAttemptResponse"];
                };
            };
            400: components["responses"]["InvalidInput"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ActionAttemptNotFound"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    eventWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Any event, signed with the svix-id, svix-timestamp and svix-signature headers. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_id": "8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70",
                 *       "workspace_id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 *       "created_at": "2030-06-19T08:26:42.000Z",
                 *       "occurred_at": "2030-06-19T08:26:41.000Z",
                 *       "access_code_id": "b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5",
                 *       "device_id": "a1b2c3d4-0000-4000-8000-000000000002",
                 *       "connected_account_id": "c0ffee00-1234-4abc-8def-0123456789ab",
                 *       "event_type": "access_code.set_on_device",
                 *       "code": "4444"
                 *     }
                 */
                "application/json": components["schemas"]["event"];
            };
        };
        responses: {
            /** @description Any 2xx answer acknowledges the event; any other answer is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the event; it is retried on Seam's schedule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    accessCodeChangedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `access_code.changed` event, signed with the svix-id, svix-timestamp and svix-signature headers. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_id": "8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70",
                 *       "workspace_id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 *       "created_at": "2030-06-19T08:26:42.000Z",
                 *       "occurred_at": "2030-06-19T08:26:41.000Z",
                 *       "access_code_id": "b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5",
                 *       "device_id": "a1b2c3d4-0000-4000-8000-000000000002",
                 *       "connected_account_id": "c0ffee00-1234-4abc-8def-0123456789ab",
                 *       "event_type": "access_code.changed",
                 *       "changed_properties": [
                 *         {
                 *           "property": "code",
                 *           "from": "1234",
                 *           "to": "4444"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["access_code_changed_event"];
            };
        };
        responses: operations["eventWebhook"]["responses"];
    };
    accessCodeCodeChangedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `access_code.code_changed` event, signed with the svix-id, svix-timestamp and svix-signature headers. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_id": "8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70",
                 *       "workspace_id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 *       "created_at": "2030-06-19T08:26:42.000Z",
                 *       "occurred_at": "2030-06-19T08:26:41.000Z",
                 *       "access_code_id": "b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5",
                 *       "device_id": "a1b2c3d4-0000-4000-8000-000000000002",
                 *       "connected_account_id": "c0ffee00-1234-4abc-8def-0123456789ab",
                 *       "event_type": "access_code.code_changed",
                 *       "from": {
                 *         "code": "1234"
                 *       },
                 *       "to": {
                 *         "code": "4444"
                 *       },
                 *       "description": "The code changed from 1234 to 4444."
                 *     }
                 */
                "application/json": components["schemas"]["access_code_code_changed_event"];
            };
        };
        responses: operations["eventWebhook"]["responses"];
    };
    accessCodeSetOnDeviceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `access_code.set_on_device` event, signed with the svix-id, svix-timestamp and svix-signature headers. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_id": "8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70",
                 *       "workspace_id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 *       "created_at": "2030-06-19T08:26:42.000Z",
                 *       "occurred_at": "2030-06-19T08:26:41.000Z",
                 *       "access_code_id": "b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5",
                 *       "device_id": "a1b2c3d4-0000-4000-8000-000000000002",
                 *       "connected_account_id": "c0ffee00-1234-4abc-8def-0123456789ab",
                 *       "event_type": "access_code.set_on_device",
                 *       "code": "4444"
                 *     }
                 */
                "application/json": components["schemas"]["access_code_set_on_device_event"];
            };
        };
        responses: operations["eventWebhook"]["responses"];
    };
    accessCodeDelayInSettingOnDeviceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `access_code.delay_in_setting_on_device` event, signed with the svix-id, svix-timestamp and svix-signature headers. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_id": "8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70",
                 *       "workspace_id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 *       "created_at": "2030-06-19T08:26:42.000Z",
                 *       "occurred_at": "2030-06-19T08:26:41.000Z",
                 *       "access_code_id": "b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5",
                 *       "device_id": "a1b2c3d4-0000-4000-8000-000000000002",
                 *       "connected_account_id": "c0ffee00-1234-4abc-8def-0123456789ab",
                 *       "event_type": "access_code.delay_in_setting_on_device",
                 *       "connected_account_errors": [],
                 *       "connected_account_warnings": [],
                 *       "device_errors": [],
                 *       "device_warnings": [
                 *         {
                 *           "warning_code": "device_offline",
                 *           "message": "The device is offline.",
                 *           "created_at": "2030-06-19T08:26:40.000Z"
                 *         }
                 *       ],
                 *       "access_code_errors": [],
                 *       "access_code_warnings": []
                 *     }
                 */
                "application/json": components["schemas"]["access_code_delay_in_setting_on_device_event"];
            };
        };
        responses: operations["eventWebhook"]["responses"];
    };
    accessCodeFailedToSetOnDeviceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `access_code.failed_to_set_on_device` event, signed with the svix-id, svix-timestamp and svix-signature headers. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_id": "8f3b1c2a-6d4e-4f50-9a1b-2c3d4e5f6a70",
                 *       "workspace_id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 *       "created_at": "2030-06-19T08:26:42.000Z",
                 *       "occurred_at": "2030-06-19T08:26:41.000Z",
                 *       "access_code_id": "b854d7c9-d0d8-40a7-8a7c-cd3d167a6ce5",
                 *       "device_id": "a1b2c3d4-0000-4000-8000-000000000002",
                 *       "connected_account_id": "c0ffee00-1234-4abc-8def-0123456789ab",
                 *       "event_type": "access_code.failed_to_set_on_device",
                 *       "connected_account_errors": [],
                 *       "connected_account_warnings": [],
                 *       "device_errors": [],
                 *       "device_warnings": [],
                 *       "access_code_errors": [
                 *         {
                 *           "error_code": "failed_to_set_on_device",
                 *           "message": "The lock refused the code.",
                 *           "created_at": "2030-06-19T08:26:40.000Z"
                 *         }
                 *       ],
                 *       "access_code_warnings": []
                 *     }
                 */
                "application/json": components["schemas"]["access_code_failed_to_set_on_device_event"];
            };
        };
        responses: operations["eventWebhook"]["responses"];
    };
}
