stub: upstream file of 207 bytes
