stub: upstream file of 8440 bytes
