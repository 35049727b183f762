stub: upstream file of 35215 bytes
