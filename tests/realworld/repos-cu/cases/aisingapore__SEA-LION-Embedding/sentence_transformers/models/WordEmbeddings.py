stub: upstream file of 7214 bytes
