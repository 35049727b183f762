stub: upstream file of 9565 bytes
