stub: upstream file of 2228 bytes
