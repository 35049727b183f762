stub: upstream file of 24054 bytes
