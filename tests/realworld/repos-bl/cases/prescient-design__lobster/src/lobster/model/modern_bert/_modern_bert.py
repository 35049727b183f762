stub: upstream file of 12292 bytes
