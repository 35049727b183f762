stub: upstream file of 6986 bytes
