stub: upstream file of 14986 bytes
