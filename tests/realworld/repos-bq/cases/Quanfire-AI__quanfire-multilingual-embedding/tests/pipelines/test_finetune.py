stub: upstream file of 22413 bytes
