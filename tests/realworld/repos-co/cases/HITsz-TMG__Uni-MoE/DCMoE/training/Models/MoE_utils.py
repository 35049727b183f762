stub: upstream file of 4425 bytes
