stub: upstream file of 6425 bytes
