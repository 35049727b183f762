stub: upstream file of 1257 bytes
