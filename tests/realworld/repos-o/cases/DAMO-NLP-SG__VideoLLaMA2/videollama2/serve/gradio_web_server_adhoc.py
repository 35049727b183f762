stub: upstream file of 12444 bytes
