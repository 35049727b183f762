stub: upstream file of 425 bytes
