stub: upstream file of 66505 bytes
