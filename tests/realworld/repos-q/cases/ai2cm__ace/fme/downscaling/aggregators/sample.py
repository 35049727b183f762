stub: upstream file of 11304 bytes
