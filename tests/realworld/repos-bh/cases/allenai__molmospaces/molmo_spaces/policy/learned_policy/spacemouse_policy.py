stub: upstream file of 11504 bytes
