stub: upstream file of 43 bytes
