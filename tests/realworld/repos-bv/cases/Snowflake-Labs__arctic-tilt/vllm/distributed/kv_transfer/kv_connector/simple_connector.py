stub: upstream file of 16585 bytes
