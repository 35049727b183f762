stub: upstream file of 11565 bytes
