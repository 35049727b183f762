stub: upstream file of 9992 bytes
