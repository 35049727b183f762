stub: upstream file of 6625 bytes
