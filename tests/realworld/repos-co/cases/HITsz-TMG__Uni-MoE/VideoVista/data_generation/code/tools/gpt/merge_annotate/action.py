stub: upstream file of 12215 bytes
