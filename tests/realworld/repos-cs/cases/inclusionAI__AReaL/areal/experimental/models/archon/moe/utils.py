stub: upstream file of 10206 bytes
