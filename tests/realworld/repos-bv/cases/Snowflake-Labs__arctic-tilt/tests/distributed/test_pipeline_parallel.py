stub: upstream file of 17378 bytes
