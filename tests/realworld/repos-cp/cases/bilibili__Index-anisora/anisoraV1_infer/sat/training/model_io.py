stub: upstream file of 29545 bytes
