stub: upstream file of 13425 bytes
