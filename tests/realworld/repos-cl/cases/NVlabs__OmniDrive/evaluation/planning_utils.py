stub: upstream file of 16434 bytes
