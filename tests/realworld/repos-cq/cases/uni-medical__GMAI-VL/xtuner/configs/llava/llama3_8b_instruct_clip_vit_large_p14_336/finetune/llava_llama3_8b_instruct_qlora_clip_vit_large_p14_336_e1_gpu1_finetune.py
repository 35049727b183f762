stub: upstream file of 7682 bytes
