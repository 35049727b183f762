stub: upstream file of 1505 bytes
