stub: upstream file of 6330 bytes
