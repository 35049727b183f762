stub: upstream file of 21183 bytes
