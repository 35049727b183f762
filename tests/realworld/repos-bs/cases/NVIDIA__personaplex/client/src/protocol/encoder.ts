stub: upstream file of 2150 bytes
