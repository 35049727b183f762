stub: upstream file of 6987 bytes
