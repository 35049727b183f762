stub: upstream file of 27755 bytes
