stub: upstream file of 22066 bytes
