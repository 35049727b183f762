stub: upstream file of 28255 bytes
