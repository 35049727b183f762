stub: upstream file of 19179 bytes
