stub: upstream file of 15155 bytes
