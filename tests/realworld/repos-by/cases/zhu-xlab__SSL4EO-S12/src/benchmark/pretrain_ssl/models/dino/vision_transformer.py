stub: upstream file of 11162 bytes
