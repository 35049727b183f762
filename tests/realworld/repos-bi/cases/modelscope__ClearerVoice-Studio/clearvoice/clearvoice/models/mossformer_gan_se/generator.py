stub: upstream file of 36421 bytes
