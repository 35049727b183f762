stub: upstream file of 1162 bytes
