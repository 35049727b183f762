stub: upstream file of 7539 bytes
