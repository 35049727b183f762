stub: upstream file of 13162 bytes
