// PanelActions: what the main window's Apply (Ctrl+S), Revert (Esc) and Find (Ctrl+F) actions
// ask of the page or panel in front. Panels implement it next to QWidget; the shell forwards.
#pragma once

#include <functional>
#include <utility>

class PanelActions
{
public:
    virtual ~PanelActions() = default;

    // Whether there are edits to apply (also enables Revert).
    virtual bool canApply() const { return false; }
    virtual void apply() {}
    virtual void revert() {}
    // Moves the keyboard focus to the panel's filter field; false when it has none.
    virtual bool focusFilter() { return false; }

    // Set by the host: called by the panel whenever canApply() may have changed, so the shell
    // can enable or disable its actions without polling.
    void setActionsChangedHandler(std::function<void()> handler)
    {
        m_actionsChanged = std::move(handler);
    }

protected:
    void notifyActionsChanged() const
    {
        if (m_actionsChanged)
            m_actionsChanged();
    }

private:
    std::function<void()> m_actionsChanged;
};
