stub: upstream file of 98 bytes
