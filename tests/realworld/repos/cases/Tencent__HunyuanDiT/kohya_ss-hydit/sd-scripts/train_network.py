stub: upstream file of 69438 bytes
