stub: upstream file of 2275 bytes
