stub: upstream file of 3215 bytes
