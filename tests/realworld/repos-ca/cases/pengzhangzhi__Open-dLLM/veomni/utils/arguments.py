stub: upstream file of 29573 bytes
