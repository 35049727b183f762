stub: upstream file of 18425 bytes
