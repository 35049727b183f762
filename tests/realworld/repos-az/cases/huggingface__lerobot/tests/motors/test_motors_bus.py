stub: upstream file of 12330 bytes
