stub: upstream file of 3555 bytes
