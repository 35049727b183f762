stub: upstream file of 17215 bytes
