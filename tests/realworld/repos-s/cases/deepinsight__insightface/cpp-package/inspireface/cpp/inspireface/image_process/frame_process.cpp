stub: upstream file of 16907 bytes
