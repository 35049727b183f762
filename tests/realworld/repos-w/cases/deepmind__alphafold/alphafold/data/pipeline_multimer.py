stub: upstream file of 11126 bytes
