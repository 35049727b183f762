stub: upstream file of 11713 bytes
