stub: upstream file of 57505 bytes
