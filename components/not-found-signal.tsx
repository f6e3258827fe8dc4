"use client";

import { Component, type ReactNode } from "react";

/**
 * Catches the not-found signal once it reaches the browser, so the 404 page the
 * server already drew stays on screen instead of being redrawn client-side.
 */
export class NotFoundSignal extends Component<{ children: ReactNode }, { caught: boolean }> {
  state = { caught: false };

  static getDerivedStateFromError() {
    return { caught: true };
  }

  render() {
    return this.state.caught ? null : this.props.children;
  }
}
