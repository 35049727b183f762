stub: upstream file of 26505 bytes
