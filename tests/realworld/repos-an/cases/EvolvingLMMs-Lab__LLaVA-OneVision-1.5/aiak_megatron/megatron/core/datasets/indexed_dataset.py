stub: upstream file of 30493 bytes
