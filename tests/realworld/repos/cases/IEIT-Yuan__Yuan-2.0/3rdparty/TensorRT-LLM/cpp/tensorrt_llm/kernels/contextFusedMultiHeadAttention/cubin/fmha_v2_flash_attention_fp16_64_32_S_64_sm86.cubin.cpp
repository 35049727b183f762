stub: upstream file of 325215 bytes
