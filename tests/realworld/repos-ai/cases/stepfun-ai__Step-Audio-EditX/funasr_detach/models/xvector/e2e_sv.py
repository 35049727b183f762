stub: upstream file of 9965 bytes
