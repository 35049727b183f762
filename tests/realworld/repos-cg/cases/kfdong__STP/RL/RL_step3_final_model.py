stub: upstream file of 9421 bytes
