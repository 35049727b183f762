stub: upstream file of 14131 bytes
