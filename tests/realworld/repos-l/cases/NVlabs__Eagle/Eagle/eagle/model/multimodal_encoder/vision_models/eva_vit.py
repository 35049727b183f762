stub: upstream file of 45817 bytes
