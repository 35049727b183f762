stub: upstream file of 12044 bytes
