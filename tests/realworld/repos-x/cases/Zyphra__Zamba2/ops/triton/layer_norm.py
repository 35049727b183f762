stub: upstream file of 35020 bytes
