/**
 * The "Role comparison" block in the editor: both roles and the theme in the
 * block's sidebar, and the card previewed as the page will show it (the
 * server renders it; the pre-rendered card's shadow root is attached here,
 * since markup set through innerHTML leaves a declarative shadow root as an
 * inert <template>). The preview takes itself over like any card when the
 * pointer enters it, and a pick in it sets the block's roles.
 *
 * Plain JavaScript over the wp.* globals: no build step.
 */
(function (wp, data) {
  "use strict";

  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment, useEffect, useRef, useState } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, Notice, Spinner } = wp.components;
  const { __, sprintf } = wp.i18n;
  const { addQueryArgs } = wp.url;
  const apiFetch = wp.apiFetch;

  const roles = (data && data.roles) || [];
  const titles = new Map(roles.map((role) => [role.id, role.title]));
  const order = new Map(roles.map((role, index) => [role.id, index]));
  const THEMES = [
    { value: "auto", label: __("Auto (follows the reader's system)", "role-compare") },
    { value: "light", label: __("Light", "role-compare") },
    { value: "dark", label: __("Dark", "role-compare") },
  ];

  /** The options of a role picker, with the current value kept visible even if it is not a role. */
  const roleOptions = (value) => {
    const options = roles.map((role) => ({ value: role.id, label: role.title }));
    if (value && !titles.has(value)) {
      options.unshift({ value, label: sprintf(__("%s (not a role)", "role-compare"), value) });
    }
    return options;
  };

  /**
   * Moves every declarative shadow root in `root` (a <template shadowrootmode>
   * that the HTML parser left inert) into a real shadow root of its parent.
   */
  const attachShadowRoots = (root) => {
    for (const template of root.querySelectorAll("template[shadowrootmode]")) {
      const host = template.parentElement;
      if (!host || host.shadowRoot) continue;
      const shadow = host.attachShadow({ mode: template.getAttribute("shadowrootmode") === "closed" ? "closed" : "open" });
      shadow.append(template.content);
      template.remove();
      attachShadowRoots(shadow);
    }
  };

  /**
   * Puts server-rendered markup into `container` with its shadow roots
   * attached before the elements reach the document, so role-compare.js
   * finds a pre-rendered card (and waits for the author to reach for it).
   */
  const showMarkup = (container, html) => {
    const parsed = container.ownerDocument.createElement("template");
    parsed.innerHTML = html;
    attachShadowRoots(parsed.content);
    container.replaceChildren(parsed.content);
  };

  /** The server-rendered card for these attributes (the page's markup, with notes on bad input). */
  const fetchCard = (attributes, postId) =>
    apiFetch({
      path: addQueryArgs("/wp/v2/block-renderer/role-compare/card", {
        context: "edit",
        attributes,
        ...(postId ? { post_id: postId } : {}),
      }),
    }).then((response) => response.rendered);

  const currentPostId = () => {
    const editor = wp.data && wp.data.select("core/editor");
    return editor && editor.getCurrentPostId ? editor.getCurrentPostId() : null;
  };

  /** The preview: the card as the page shows it; a pick inside it sets the block's roles. */
  function Preview({ attributes, setAttributes }) {
    const { roleA, roleB, theme } = attributes;
    const container = useRef(null);
    // The pair the card itself reported: no need to fetch it again.
    const picked = useRef(null);
    const [state, setState] = useState("loading");
    const [error, setError] = useState("");

    useEffect(() => {
      const key = `${roleA}|${roleB}|${theme}`;
      if (picked.current === key) return undefined;
      picked.current = null;
      let current = true;
      setState("loading");
      fetchCard({ roleA, roleB, theme }, currentPostId()).then(
        (html) => {
          if (!current || !container.current) return;
          showMarkup(container.current, html);
          setState("ready");
        },
        (failure) => {
          if (!current) return;
          setError((failure && failure.message) || String(failure));
          setState("error");
        },
      );
      return () => {
        current = false;
      };
    }, [roleA, roleB, theme]);

    useEffect(() => {
      const node = container.current;
      if (!node) return undefined;
      const onChange = (event) => {
        const detail = event.detail || {};
        if (!titles.has(detail.roleA) || !titles.has(detail.roleB)) return;
        picked.current = `${detail.roleA}|${detail.roleB}|${theme}`;
        setAttributes({ roleA: detail.roleA, roleB: detail.roleB });
      };
      node.addEventListener("role-compare:change", onChange);
      return () => node.removeEventListener("role-compare:change", onChange);
    }, [theme, setAttributes]);

    return el(
      Fragment,
      null,
      state === "loading" ? el(Spinner) : null,
      state === "error"
        ? el(Notice, { status: "error", isDismissible: false }, sprintf(__("The preview could not load: %s", "role-compare"), error))
        : null,
      el("div", { ref: container, className: "role-compare-preview" }),
    );
  }

  /** Notes in the sidebar on what the page will show. */
  function Notes({ roleA, roleB, theme }) {
    const notes = [];
    for (const id of [roleA, roleB]) {
      if (id && !titles.has(id)) {
        notes.push(
          el(
            Notice,
            { key: `unknown-${id}`, status: "warning", isDismissible: false },
            sprintf(__('"%s" is not one of the roles: the page shows the nearest valid pair\'s summary. Pick a role above.', "role-compare"), id),
          ),
        );
      }
    }
    if (roleA && roleA === roleB) {
      notes.push(
        el(Notice, { key: "same", status: "warning", isDismissible: false }, __("Pick two different roles.", "role-compare")),
      );
    }
    if (theme && !THEMES.some((option) => option.value === theme)) {
      notes.push(
        el(
          Notice,
          { key: "theme", status: "warning", isDismissible: false },
          sprintf(__('"%s" is not a theme: the card follows the reader\'s system.', "role-compare"), theme),
        ),
      );
    }
    return notes;
  }

  /** The page shows each pair in the order of its page; say so when the picks are the other way round. */
  const orderHelp = (roleA, roleB) =>
    order.has(roleA) && order.has(roleB) && order.get(roleA) > order.get(roleB)
      ? sprintf(__("Shown as %1$s vs %2$s, the order of the pair's page.", "role-compare"), titles.get(roleB), titles.get(roleA))
      : undefined;

  function Edit({ attributes, setAttributes }) {
    const { roleA, roleB, theme } = attributes;
    const blockProps = useBlockProps();
    return el(
      "div",
      blockProps,
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __("Roles", "role-compare"), initialOpen: true },
          el(SelectControl, {
            label: __("First role", "role-compare"),
            value: roleA,
            options: roleOptions(roleA),
            onChange: (value) => setAttributes({ roleA: value }),
            __nextHasNoMarginBottom: true,
          }),
          el(SelectControl, {
            label: __("Second role", "role-compare"),
            value: roleB,
            options: roleOptions(roleB),
            onChange: (value) => setAttributes({ roleB: value }),
            help: orderHelp(roleA, roleB),
            __nextHasNoMarginBottom: true,
          }),
          el(SelectControl, {
            label: __("Theme", "role-compare"),
            value: THEMES.some((option) => option.value === theme) ? theme : "auto",
            options: THEMES,
            onChange: (value) => setAttributes({ theme: value }),
            __nextHasNoMarginBottom: true,
          }),
          el(Notes, { roleA, roleB, theme }),
        ),
      ),
      data && data.built === false
        ? el(
            Notice,
            { status: "warning", isDismissible: false },
            __("This copy of the plugin has no card files: install it from its built zip file.", "role-compare"),
          )
        : el(Preview, { attributes, setAttributes }),
    );
  }

  registerBlockType("role-compare/card", {
    edit: Edit,
    // Dynamic: the server renders the card, the post keeps only the block's comment.
    save: () => null,
    transforms: {
      from: [
        {
          type: "shortcode",
          tag: "role-compare",
          attributes: {
            roleA: { type: "string", shortcode: (shortcode) => shortcode.named.a },
            roleB: { type: "string", shortcode: (shortcode) => shortcode.named.b },
            theme: { type: "string", shortcode: (shortcode) => shortcode.named.theme },
          },
        },
      ],
    },
  });
})(window.wp, window.roleCompareEditor);
