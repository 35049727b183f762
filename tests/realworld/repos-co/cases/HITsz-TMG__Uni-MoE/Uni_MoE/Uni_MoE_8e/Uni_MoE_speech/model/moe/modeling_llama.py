stub: upstream file of 48362 bytes
