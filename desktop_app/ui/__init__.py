"""The Qt desktop interface. Only this package and ``desktop_app.app`` import Qt."""
