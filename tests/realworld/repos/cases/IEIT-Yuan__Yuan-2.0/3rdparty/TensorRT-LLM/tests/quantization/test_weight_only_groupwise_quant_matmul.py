stub: upstream file of 11800 bytes
