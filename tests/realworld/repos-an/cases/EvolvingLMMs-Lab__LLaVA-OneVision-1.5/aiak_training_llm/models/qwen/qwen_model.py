stub: upstream file of 14505 bytes
