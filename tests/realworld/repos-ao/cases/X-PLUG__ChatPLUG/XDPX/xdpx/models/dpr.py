stub: upstream file of 8988 bytes
