stub: upstream file of 114 bytes
