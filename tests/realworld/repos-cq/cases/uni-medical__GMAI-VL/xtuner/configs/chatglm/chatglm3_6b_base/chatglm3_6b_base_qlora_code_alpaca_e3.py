stub: upstream file of 7425 bytes
