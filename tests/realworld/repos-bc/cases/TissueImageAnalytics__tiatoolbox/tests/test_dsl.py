stub: upstream file of 17607 bytes
