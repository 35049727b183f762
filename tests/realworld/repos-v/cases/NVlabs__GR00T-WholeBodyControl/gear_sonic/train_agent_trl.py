stub: upstream file of 19277 bytes
