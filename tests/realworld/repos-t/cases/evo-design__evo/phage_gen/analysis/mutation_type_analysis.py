stub: upstream file of 38240 bytes
