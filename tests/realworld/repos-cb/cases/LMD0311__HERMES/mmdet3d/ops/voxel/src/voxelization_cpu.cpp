stub: upstream file of 5987 bytes
