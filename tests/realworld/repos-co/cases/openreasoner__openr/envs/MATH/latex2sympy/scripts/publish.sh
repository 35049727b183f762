stub: upstream file of 61 bytes
