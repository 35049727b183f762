stub: upstream file of 607 bytes
