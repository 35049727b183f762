stub: upstream file of 6666 bytes
