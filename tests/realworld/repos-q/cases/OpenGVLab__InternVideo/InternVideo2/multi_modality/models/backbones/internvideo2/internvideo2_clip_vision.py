stub: upstream file of 21800 bytes
