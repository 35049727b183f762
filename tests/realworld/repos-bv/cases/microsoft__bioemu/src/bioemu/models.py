stub: upstream file of 15742 bytes
