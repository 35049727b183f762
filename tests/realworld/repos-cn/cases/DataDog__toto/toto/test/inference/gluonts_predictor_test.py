stub: upstream file of 13507 bytes
