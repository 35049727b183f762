stub: upstream file of 14042 bytes
