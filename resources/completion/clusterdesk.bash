# bash completion for clusterdesk: commands, actions, each command's options, and the saved
# cluster names (from `clusterdesk cluster list --json`) after --cluster and `cluster edit` or
# `cluster remove`.

_clusterdesk_saved_clusters()
{
    # The objects' own "name" keys sit at the JSON's second indentation level (8 spaces).
    local -a args=(cluster list --json)
    [[ -n $1 ]] && args+=(--data-dir "$1")
    clusterdesk "${args[@]}" 2>/dev/null |
        sed -n 's/^        "name": "\(.*\)",\{0,1\}$/\1/p' |
        sed -e 's/\\"/"/g' -e 's/\\\\/\\/g'
}

_clusterdesk()
{
    local cur prev words cword
    _init_completion || return

    local command="" action="" data_dir="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --data-dir) data_dir=${words[i + 1]}; ((i++)) ;;
        -*) ;;
        *)
            if [[ -z $command ]]; then
                command=${words[i]}
            elif [[ -z $action ]]; then
                action=${words[i]}
            fi
            ;;
        esac
    done

    case $prev in
    --cluster)
        local IFS=$'\n'
        COMPREPLY=($(compgen -W "$(_clusterdesk_saved_clusters "$data_dir")" -- "$cur"))
        compopt -o filenames 2>/dev/null # quote names with spaces
        return
        ;;
    --data-dir)
        _filedir -d
        return
        ;;
    --password-file | --token-file | --ca | --file | --secret-file | --output | --web.config.file | --stats-password-file)
        _filedir
        return
        ;;
    --format)
        if [[ $command == history || $command == activity ]]; then
            COMPREPLY=($(compgen -W "text csv json" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "html pdf csv json" -- "$cur"))
        fi
        return
        ;;
    --paper)
        COMPREPLY=($(compgen -W "a4 letter" -- "$cur"))
        return
        ;;
    --password-command)
        COMPREPLY=($(compgen -c -- "$cur"))
        return
        ;;
    --resource)
        # A type, then type/name by hand.
        COMPREPLY=($(compgen -W "database/ jdbc/ fileserver/ webservice/" -- "$cur"))
        compopt -o nospace 2>/dev/null
        return
        ;;
    --url | --stats-url | --user | --name | --timeout | --poll-interval | --since | --until | --type | --listen | --node | --stats-user)
        return
        ;;
    esac

    local options=""
    case $command in
    "")
        options="--help --version --data-dir --url"
        if [[ $cur != -* ]]; then
            COMPREPLY=($(compgen -W "status cluster report resources node history exporter activity" -- "$cur"))
            return
        fi
        ;;
    status)
        options="--help --data-dir --url --cluster --user --password-file --token-file --ca
                 --stats-url --json --timeout"
        ;;
    cluster)
        case $action in
        "")
            COMPREPLY=($(compgen -W "add edit list show remove --help" -- "$cur"))
            return
            ;;
        add) options="--help --data-dir --name --url --user --password-file --password-command
                      --ca --stats-url --poll-interval --environment --environment-colour
                      --read-only --read-write --group --node-url --token --stats-user" ;;
        list) options="--help --data-dir --json" ;;
        edit | show | remove)
            if [[ $cur != -* ]]; then
                local IFS=$'\n'
                COMPREPLY=($(compgen -W "$(_clusterdesk_saved_clusters "$data_dir")" -- "$cur"))
                compopt -o filenames 2>/dev/null
                return
            fi
            options="--help --data-dir"
            [[ $action == edit ]] && options+=" --password-file --password-command --keychain
                --environment --environment-colour --read-only --read-write --group --node-url
                --token --stats-user"
            [[ $action == show ]] && options+=" --json"
            ;;
        esac
        ;;
    report)
        options="--help --data-dir --url --cluster --all --user --password-file --ca --stats-url
                 --format --since --paper --output --timeout"
        ;;
    resources)
        if [[ -z $action && $cur != -* ]]; then
            COMPREPLY=($(compgen -W "diff export apply" -- "$cur"))
            return
        fi
        options="--help --data-dir --cluster --url --user --password-file --type --json --output
                 --file --dry-run --create-only --secret-file --confirm"
        ;;
    node)
        if [[ -z $action && $cur != -* ]]; then
            COMPREPLY=($(compgen -W "drain maint ready" -- "$cur"))
            return
        fi
        options="--help --data-dir --cluster --node --stats-url --stats-user --stats-password-file
                 --force --confirm --json"
        ;;
    history) options="--help --data-dir --cluster --resource --user --since --until --format" ;;
    exporter) options="--help --data-dir --listen --cluster --all --web.config.file" ;;
    activity) options="--help --data-dir --cluster --since --format" ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
}
complete -F _clusterdesk clusterdesk
