stub: upstream file of 8348 bytes
