stub: upstream file of 30669 bytes
