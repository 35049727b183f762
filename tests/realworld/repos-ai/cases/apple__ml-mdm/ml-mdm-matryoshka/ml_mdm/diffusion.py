stub: upstream file of 13565 bytes
