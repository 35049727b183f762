stub: upstream file of 565 bytes
