stub: upstream file of 268761 bytes
