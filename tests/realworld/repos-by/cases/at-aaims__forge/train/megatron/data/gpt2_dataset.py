stub: upstream file of 11986 bytes
