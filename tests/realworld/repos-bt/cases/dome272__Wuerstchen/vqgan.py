stub: upstream file of 5401 bytes
