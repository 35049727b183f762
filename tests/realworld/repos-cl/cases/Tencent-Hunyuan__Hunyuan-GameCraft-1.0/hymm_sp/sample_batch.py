stub: upstream file of 12413 bytes
