stub: upstream file of 11545 bytes
