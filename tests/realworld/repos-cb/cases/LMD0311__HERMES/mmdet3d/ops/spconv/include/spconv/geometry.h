stub: upstream file of 10215 bytes
