stub: upstream file of 53595 bytes
