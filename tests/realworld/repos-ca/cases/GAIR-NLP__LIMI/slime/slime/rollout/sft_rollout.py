stub: upstream file of 1579 bytes
