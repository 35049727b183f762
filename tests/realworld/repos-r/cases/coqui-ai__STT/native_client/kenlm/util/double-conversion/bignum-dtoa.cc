stub: upstream file of 27629 bytes
