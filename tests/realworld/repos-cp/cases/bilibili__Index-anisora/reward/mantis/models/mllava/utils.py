stub: upstream file of 8207 bytes
