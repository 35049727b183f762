stub: upstream file of 6033 bytes
