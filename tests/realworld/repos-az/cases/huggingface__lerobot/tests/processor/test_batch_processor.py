stub: upstream file of 41744 bytes
