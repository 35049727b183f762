stub: upstream file of 33012 bytes
