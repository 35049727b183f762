stub: upstream file of 8275 bytes
