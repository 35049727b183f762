stub: upstream file of 12601 bytes
