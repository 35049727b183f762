stub: upstream file of 11389 bytes
