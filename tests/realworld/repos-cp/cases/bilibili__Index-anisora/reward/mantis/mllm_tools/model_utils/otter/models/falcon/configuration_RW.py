stub: upstream file of 2607 bytes
