stub: upstream file of 44499 bytes
