stub: upstream file of 148446 bytes
