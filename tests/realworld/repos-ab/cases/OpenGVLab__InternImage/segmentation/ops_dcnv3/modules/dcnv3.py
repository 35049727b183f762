stub: upstream file of 13446 bytes
