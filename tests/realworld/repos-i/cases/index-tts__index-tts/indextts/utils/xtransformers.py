stub: upstream file of 41986 bytes
