stub: upstream file of 16432 bytes
