stub: upstream file of 29413 bytes
