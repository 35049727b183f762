stub: upstream file of 53312 bytes
