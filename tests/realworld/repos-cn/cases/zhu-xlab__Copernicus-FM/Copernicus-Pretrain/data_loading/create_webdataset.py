stub: upstream file of 8215 bytes
