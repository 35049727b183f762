stub: upstream file of 1403 bytes
